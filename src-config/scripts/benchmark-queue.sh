#!/usr/bin/env bash
# Benchmark: the confidant's work queue with 10,000+ reports on PostgreSQL (issue 5: "fast with
# 10,000+ cases"). Starts a private PostgreSQL, runs the application on it (run.sh), seeds reports
# with plain SQL, and times the queue page over HTTP. Prints the figures; docs/benchmarks.md keeps them.
#
#   src-config/scripts/benchmark-queue.sh [number-of-reports]     (default 10000)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
COUNT="${1:-10000}"
PG_PORT=55433
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
PG_DIR="$(mktemp -d /tmp/meldpunt-bench.XXXXXX)"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
cleanup() {
  "$ROOT/src-config/scripts/stop.sh" >/dev/null 2>&1 || true
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap cleanup EXIT

"$ROOT/src-config/scripts/stop.sh" >/dev/null 2>&1 || true
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U meldpunt --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U meldpunt meldpunt
PSQL=("$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U meldpunt -d meldpunt -v ON_ERROR_STOP=1)

export APP_DB_CLASSNAME=org.postgresql.ds.PGSimpleDataSource
export APP_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/meldpunt"
export APP_DB_USER=meldpunt APP_DB_PASSWORD=benchmark # trust authentication on loopback; not the shipped default, which only the embedded database may use
"$ROOT/src-config/scripts/run.sh" >/dev/null
curl -fs -o /dev/null "http://localhost:8080/melden.xhtml?org=demo"   # stores the demo's question set

echo "==> Seeding $COUNT reports"
"${PSQL[@]}" <<SQL
INSERT INTO report (id, organisation_id, case_code, password_hash, question_set_id, tip_set_id, status, channel, language,
                    category, subcategory, relation, ongoing, needs, sharing_consent, data_key, submitted_at)
SELECT 1000000 + g, o.id, 'BENCH-' || g, 'x', q.id, t.id,
       (ARRAY['NEW','ACKNOWLEDGED','IN_PROGRESS','AFTERCARE','CLOSED'])[1 + g % 5], 'WEB', 'nl',
       CASE WHEN g % 3 = 0 THEN 'INTEGRITY' ELSE 'UNWANTED_BEHAVIOUR' END,
       CASE WHEN g % 3 = 0 THEN 'FRAUD' ELSE 'BULLYING' END, 'COLLEAGUE', 'YES', 'ADVICE', 'ASK_FIRST', '\x01'::bytea,
       now() - (g % 400) * interval '1 day'
FROM generate_series(1, $COUNT) g,
     (SELECT id FROM organisation WHERE slug = 'demo') o,
     (SELECT id FROM question_set ORDER BY id LIMIT 1) q,
     (SELECT id FROM tip_set ORDER BY id LIMIT 1) t;
ANALYZE report;
SQL

# The demo confidant's one-time code (RFC 6238: HMAC-SHA1 over the 30-second step, dynamic truncation).
totp() {
  local key counter mac offset
  key="$(printf '%s' "$1" | base32 -d | od -An -tx1 | tr -d ' \n')"
  counter="$(printf '%016x' $(( $(date +%s) / 30 )))"
  mac="$(printf '%s' "$counter" | sed 's/../\\x&/g' | xargs -0 printf | openssl dgst -sha1 -mac HMAC -macopt "hexkey:$key" | awk '{print $NF}')"
  offset=$(( 16#${mac:39:1} * 2 ))
  printf '%06d' $(( (16#${mac:offset:8} & 0x7fffffff) % 1000000 ))
}

echo "==> Logging in as the confidant"
JAR="$(mktemp)"
PAGE="$(curl -s -c "$JAR" -b "$JAR" -D "$JAR.h" http://localhost:8080/staff/login.xhtml)"
VIEWSTATE="$(echo "$PAGE" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
NONCE="$(grep -o "nonce-[^']*" "$JAR.h" | head -1 | cut -c7-)"
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "login=login" --data-urlencode "login:username=vertrouwenspersoon" \
  --data-urlencode "login:password=demo-Meldpunt-2026" --data-urlencode "login:code=$(totp JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP)" \
  --data-urlencode "login:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$VIEWSTATE" --data-urlencode "primefaces.nonce=$NONCE" http://localhost:8080/staff/login.xhtml

echo "==> Timing the queue page (first page of 25, with deadlines) 30 times"
if ! curl -s -b "$JAR" http://localhost:8080/console/index.xhtml | grep -q "BENCH-"; then   # warm up, and check
  echo "The queue page did not show the seeded reports (login failed?)" >&2; exit 1
fi
TIMES=()
for _ in $(seq 1 30); do
  TIMES+=("$(curl -s -o /dev/null -w '%{time_total}' -b "$JAR" http://localhost:8080/console/index.xhtml)")
done
printf '%s\n' "${TIMES[@]}" | sort -n | awk -v n="$COUNT" '{ t[NR] = $1 } END {
  printf "reports: %d  queue page: median %.0f ms, p90 %.0f ms, max %.0f ms (n=%d)\n", n, t[int(NR/2)] * 1000, t[int(NR*0.9)] * 1000, t[NR] * 1000, NR }'
TOTAL="$("${PSQL[@]}" -At -c "select count(*) from report")"
echo "reports in the database: $TOTAL"
rm -f "$JAR" "$JAR.h"
