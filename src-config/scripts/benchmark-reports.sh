#!/usr/bin/env bash
# Benchmark: HR's reports at a million reports (issue 12, "How fast"). Starts a private PostgreSQL,
# runs the application on it (run.sh), generates reports over many organisations with plain SQL, times
# a raw SQL baseline (the GROUP BY the trend report needs, the select the register needs) and then the
# real register and trend jobs for one quarter for every organisation, started by the application's own
# timer from QUEUED publication_run rows. Samples the server's used heap every second meanwhile.
# Prints a table; docs/benchmarks.md keeps the figures.
#
#   flock /tmp/meldpunt-it.lock src-config/scripts/benchmark-reports.sh [reports] [organisations]
#                                                             (default 1000000 reports, 500 organisations)
# Environment (optional):
#   BENCH_PHASES   which job runs, in order, each waited for before the next (default "both trend register"):
#                  both = REGISTER and TREND for every organisation at once (the figure the issue asks for),
#                  trend / register = only that kind (to see what each kind costs on its own)
#   BENCH_PROFILE  1 (default) records a Java Flight Recording during the first phase and tells where the
#                  server's CPU time went (counting, PDF, XLSX, CSV, charts, ...); 0 leaves it out. The
#                  recording stays in .run/benchmark-reports.jfr
#   BENCH_TIMEOUT  seconds to wait for one phase (default 3600)
#   BENCH_BATCH_THREADS  unset (default): the jobs run on Payara's default managed executor, as the
#                  application ships. A number: the batch runtime gets an executor of its own with that many
#                  threads for this run (asadmin; put back at the end), to measure a bounded pool.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
COUNT="${1:-1000000}"
ORGS="${2:-500}"
PHASES="${BENCH_PHASES:-both trend register}"
PROFILE="${BENCH_PROFILE:-1}"
TIMEOUT="${BENCH_TIMEOUT:-3600}"
PG_PORT=55433
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
PG_DIR="$(mktemp -d /tmp/meldpunt-bench.XXXXXX)"
DOMAIN="$ROOT/.run/payara6/glassfish/domains/domain1"
ORG_BASE=100000          # organisation, question set and tip set ids of the generated organisations
REPORT_BASE=10000000     # report ids (the application's own sequences stay far below)
RUN_BASE=900000000       # publication_run ids: phase n uses RUN_BASE + n * 100000 + ...
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
SAMPLER=""
ASADMIN="$ROOT/.run/payara6/bin/asadmin"
BENCH_EXECUTOR=concurrent/meldpunt-bench-batch
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  if [ -n "${BENCH_BATCH_THREADS:-}" ]; then
    "$ASADMIN" set-batch-runtime-configuration --executorservicelookupname concurrent/__defaultManagedExecutorService >/dev/null 2>&1 || true
    "$ASADMIN" delete-managed-executor-service "$BENCH_EXECUTOR" >/dev/null 2>&1 || true
  fi
  "$ROOT/src-config/scripts/stop.sh" >/dev/null 2>&1 || true
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap cleanup EXIT
now() { date +%s.%N; }

"$ROOT/src-config/scripts/stop.sh" >/dev/null 2>&1 || true
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U meldpunt --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# pg_stat_statements: how much of the jobs' time the database spent on their counting queries.
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_stat_statements" start >/dev/null
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U meldpunt meldpunt
PSQL=("$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U meldpunt -d meldpunt -v ON_ERROR_STOP=1)
"${PSQL[@]}" -c "CREATE EXTENSION pg_stat_statements"

export APP_DB_CLASSNAME=org.postgresql.ds.PGSimpleDataSource
export APP_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/meldpunt"
export APP_DB_USER=meldpunt APP_DB_PASSWORD=benchmark # trust authentication on loopback; not the shipped default, which only the embedded database may use
mkdir -p "$ROOT/.run"
echo "==> Starting the application on it (run.sh; its output: $ROOT/.run/benchmark-run.log)"
"$ROOT/src-config/scripts/run.sh" > "$ROOT/.run/benchmark-run.log" 2>&1 || { tail -n 20 "$ROOT/.run/benchmark-run.log" >&2; exit 1; }
curl -fs -o /dev/null "http://localhost:8080/melden.xhtml?org=demo" \
  || { echo "The wizard did not answer (it stores the demo's question set, which the generated organisations copy)" >&2; exit 1; }
if [ -n "${BENCH_BATCH_THREADS:-}" ]; then
  echo "==> The batch runtime on an executor of its own with $BENCH_BATCH_THREADS threads (then a restart)"
  "$ASADMIN" delete-managed-executor-service "$BENCH_EXECUTOR" >/dev/null 2>&1 || true
  "$ASADMIN" create-managed-executor-service --corepoolsize "$BENCH_BATCH_THREADS" \
    --maximumpoolsize "$BENCH_BATCH_THREADS" "$BENCH_EXECUTOR" >/dev/null
  "$ASADMIN" set-batch-runtime-configuration --executorservicelookupname "$BENCH_EXECUTOR" >/dev/null
  "$ASADMIN" restart-domain domain1 >/dev/null
  for _ in $(seq 1 180); do curl -fs -o /dev/null "http://localhost:8080/m/demo" && break; sleep 1; done
  curl -fs -o /dev/null "http://localhost:8080/m/demo" || { echo "The application did not come back after the restart" >&2; exit 1; }
  grep -o '<batch-runtime-configuration[^>]*>' "$DOMAIN/config/domain.xml"
fi
PAYARA_PID="$(cat "$DOMAIN/config/pid")"
LOG_LINES_BEFORE="$(wc -l < "$DOMAIN/logs/server.log")"

# The quarter: the last complete one (Dutch time); the trend report also reads the quarter before and
# the same quarter a year earlier.
Q_FROM="$("${PSQL[@]}" -At -c "select (date_trunc('quarter', now() at time zone 'Europe/Amsterdam') - interval '3 months')::date")"
Q_TO="$("${PSQL[@]}" -At -c "select ('$Q_FROM'::date + interval '3 months')::date")"
echo "==> Quarter $Q_FROM .. $Q_TO (exclusive); $COUNT reports over $ORGS organisations"

echo "==> Generating $ORGS organisations and $COUNT reports (plain SQL)"
T0="$(now)"
"${PSQL[@]}" <<SQL
\o /dev/null
SELECT setseed(0.12);
\o
INSERT INTO organisation (id, slug, name, primary_colour, accent_colour, created_at, departments)
SELECT $ORG_BASE + o, 'bench-' || o, 'Benchmark organisatie ' || o, '#1f4e79', '#c55a11', now() - interval '3 years',
       'Afdeling 1' || chr(10) || 'Afdeling 2' || chr(10) || 'Afdeling 3' || chr(10) || 'Afdeling 4' || chr(10)
       || 'Afdeling 5' || chr(10) || 'Afdeling 6' || chr(10) || 'Afdeling 7' || chr(10) || 'Afdeling 8'
FROM generate_series(1, $ORGS) o;
-- Every organisation answers with the demo's (default) question set and tips, as a copy of its own.
INSERT INTO question_set (id, organisation_id, version, content, created_at)
SELECT $ORG_BASE + o, $ORG_BASE + o, 1, q.content, now() - interval '3 years'
FROM generate_series(1, $ORGS) o,
     (SELECT content FROM question_set WHERE organisation_id = (SELECT id FROM organisation WHERE slug = 'demo')
      ORDER BY version DESC LIMIT 1) q;
INSERT INTO tip_set (id, organisation_id, version, content, created_at)
SELECT $ORG_BASE + o, $ORG_BASE + o, 1, t.content, now() - interval '3 years'
FROM generate_series(1, $ORGS) o,
     (SELECT content FROM tip_set WHERE organisation_id = (SELECT id FROM organisation WHERE slug = 'demo')
      ORDER BY version DESC LIMIT 1) t;

-- One row of dice per report, so that category, status and dates are drawn once and agree.
CREATE UNLOGGED TABLE bench_dice AS
SELECT g, 1 + (g % $ORGS) AS o,
       random() AS r_kind, random() AS r_status, random() AS r_rel, random() AS r_dept, random() AS r_adv,
       random() AS r_out, random() AS r_misc,
       now() - random() * interval '730 days' AS submitted
FROM generate_series(1, $COUNT) g;

INSERT INTO report (id, organisation_id, case_code, password_hash, question_set_id, tip_set_id, status, channel, language,
                    category, subcategory, relation, ongoing, needs, sharing_consent, data_key, submitted_at,
                    track, acknowledged_at, closed_at, withdrawn_at, checkin_asked_at)
SELECT $REPORT_BASE + g, $ORG_BASE + o, 'BENCH-' || g, 'x', $ORG_BASE + o, $ORG_BASE + o, s.status,
       CASE WHEN r_misc < 0.1 THEN 'ORAL' ELSE 'WEB' END, CASE WHEN r_misc > 0.95 THEN 'en' ELSE 'nl' END,
       CASE WHEN k.sub < 5 THEN 'UNWANTED_BEHAVIOUR' ELSE 'INTEGRITY' END,
       CASE WHEN r_kind > 0.97 THEN NULL   -- a few reports without a subcategory: counted under their category
            ELSE (ARRAY['BULLYING','SEXUAL_HARASSMENT','AGGRESSION_VIOLENCE','DISCRIMINATION','OTHER_UNWANTED',
                        'FRAUD','BRIBERY_CORRUPTION','THEFT','ABUSE_OF_POWER','OTHER_WRONGDOING'])[1 + k.sub] END,
       (ARRAY['MANAGER','COLLEAGUE','SUBORDINATE','CLIENT_EXTERNAL','OTHER'])[1 + floor(r_rel * 5)::int],
       (ARRAY['YES','NO','UNKNOWN'])[1 + floor(r_misc * 3)::int], 'TO_BE_HEARD,ADVICE', 'ASK_FIRST', '\x01'::bytea,
       submitted,
       CASE WHEN s.status = 'NEW' THEN NULL WHEN k.sub < 5 THEN 'PERSONAL_INTEGRITY' ELSE 'BUSINESS_INTEGRITY' END,
       CASE WHEN s.status = 'NEW' THEN NULL ELSE submitted + interval '2 days' END,
       CASE WHEN s.status = 'CLOSED' THEN least(submitted + (3 + r_out * 90) * interval '1 day', now() - interval '1 hour') END,
       CASE WHEN s.status = 'WITHDRAWN' THEN submitted + interval '5 days' END,
       CASE WHEN s.status = 'CLOSED' AND r_misc > 0.7 THEN submitted + interval '200 days' END
FROM bench_dice,
     LATERAL (SELECT CASE WHEN r_status < 0.60 THEN 'CLOSED' WHEN r_status < 0.68 THEN 'NEW'
                          WHEN r_status < 0.76 THEN 'ACKNOWLEDGED' WHEN r_status < 0.88 THEN 'IN_PROGRESS'
                          WHEN r_status < 0.96 THEN 'AFTERCARE' ELSE 'WITHDRAWN' END AS status) s,
     -- unwanted behaviour is the larger part, as in practice: bullying most of all
     LATERAL (SELECT CASE WHEN r_kind < 0.25 THEN 0 WHEN r_kind < 0.40 THEN 1 WHEN r_kind < 0.52 THEN 2
                          WHEN r_kind < 0.62 THEN 3 WHEN r_kind < 0.70 THEN 4 WHEN r_kind < 0.78 THEN 5
                          WHEN r_kind < 0.82 THEN 6 WHEN r_kind < 0.87 THEN 7 WHEN r_kind < 0.94 THEN 8 ELSE 9 END AS sub) k;

-- The registration form of every closed case (and of half the cases in aftercare).
INSERT INTO case_registration (report_id, department, advice_given, referrals, formal_steps, sanction_considered,
                               police_report_considered, outcome, updated_at)
SELECT $REPORT_BASE + g,
       CASE WHEN r_dept > 0.96 THEN NULL ELSE 'Afdeling ' || (1 + floor(r_dept * 8.33)::int % 8) END,
       (ARRAY['LISTENED','INFORMATION','INFORMAL_SOLUTION','MEDIATION','FORMAL_COMPLAINT_GUIDANCE',
              'LISTENED,INFORMATION','REPORT_TO_MANAGEMENT','OTHER'])[1 + floor(r_adv * 8)::int],
       CASE WHEN r_adv > 0.8 THEN 'COACH' WHEN r_adv > 0.7 THEN 'GP_OR_COMPANY_DOCTOR,PSYCHOLOGIST' END,
       CASE WHEN r_out > 0.9 THEN 'COMPLAINTS_COMMITTEE' WHEN r_out > 0.85 THEN 'MANAGEMENT,POLICE_REPORT' END,
       r_misc > 0.9, r_out > 0.85,
       CASE WHEN r_status >= 0.60 THEN NULL
            ELSE (ARRAY['RESOLVED_INFORMALLY','FORMAL_COMPLAINT','REPORTED_TO_MANAGEMENT','REFERRED','REPORTER_STOPPED',
                        'NO_FURTHER_ACTION','OTHER'])[1 + floor(r_out * 7)::int] END,
       submitted + interval '30 days'
FROM bench_dice
WHERE r_status < 0.60 OR (r_status >= 0.88 AND r_status < 0.92);
DROP TABLE bench_dice;
ANALYZE;
SQL
T1="$(now)"
"${PSQL[@]}" -At -F ' ' -c "select 'reports:', count(*), 'closed:', count(closed_at), 'in the quarter (closed):',
  count(*) filter (where closed_at >= ('$Q_FROM'::timestamp at time zone 'Europe/Amsterdam') and closed_at < ('$Q_TO'::timestamp at time zone 'Europe/Amsterdam'))
  from report where id > $REPORT_BASE"
printf '    generated in %.0f s\n' "$(echo "$T1 - $T0" | bc)"

# The raw SQL the jobs stand for, over all organisations at once, best of 3. The trend report reads the
# quarter, the quarter before and the same quarter a year earlier (RunPlan.months()); the baseline reads
# the same months. Boundaries and months are Dutch time, as in TrendCounting.
at() { echo "('$1'::timestamp at time zone 'Europe/Amsterdam')"; }
TREND_SQL="SELECT r.organisation_id, coalesce(r.subcategory, r.category), g.department,
       date_trunc('month', r.submitted_at at time zone 'Europe/Amsterdam') AS month, count(*)
FROM report r LEFT JOIN case_registration g ON g.report_id = r.id
WHERE (r.submitted_at >= $(at "$Q_FROM") AND r.submitted_at < $(at "$Q_TO"))
   OR (r.submitted_at >= $(at "$Q_FROM") - interval '3 months' AND r.submitted_at < $(at "$Q_FROM"))
   OR (r.submitted_at >= $(at "$Q_FROM") - interval '1 year' AND r.submitted_at < $(at "$Q_TO") - interval '1 year')
GROUP BY 1, 2, 3, 4"
TREND_Q_SQL="SELECT r.organisation_id, coalesce(r.subcategory, r.category), g.department,
       date_trunc('month', r.submitted_at at time zone 'Europe/Amsterdam') AS month, count(*)
FROM report r LEFT JOIN case_registration g ON g.report_id = r.id
WHERE r.submitted_at >= $(at "$Q_FROM") AND r.submitted_at < $(at "$Q_TO")
GROUP BY 1, 2, 3, 4"
REGISTER_SQL="SELECT r.organisation_id, date_trunc('month', r.closed_at at time zone 'Europe/Amsterdam') AS month,
       r.category, r.subcategory, r.relation, r.track, r.channel, g.department, g.advice_given, g.referrals,
       g.formal_steps, g.sanction_considered, g.police_report_considered, g.outcome, r.checkin_asked_at IS NOT NULL
FROM report r LEFT JOIN case_registration g ON g.report_id = r.id
WHERE r.closed_at >= $(at "$Q_FROM") AND r.closed_at < $(at "$Q_TO")
ORDER BY r.organisation_id, r.id"
best_of_3() { # $1 = SQL; prints the best time in ms (rows fetched by psql, thrown away)
  for _ in 1 2 3; do
    "${PSQL[@]}" <<SQL | grep -o 'Time: [0-9.]*' | awk '{print $2}'
\o /dev/null
\timing on
$1;
SQL
  done | sort -n | head -n 1
}
rows_of() { "${PSQL[@]}" -At -c "select count(*) from ($1) x"; }
echo "==> Raw SQL baseline (best of 3)"
RAW_TREND="$(best_of_3 "$TREND_SQL")"
RAW_TREND_Q="$(best_of_3 "$TREND_Q_SQL")"
RAW_REGISTER="$(best_of_3 "$REGISTER_SQL")"
printf '    trend GROUP BY (9 months the job reads): %8.1f ms, %s groups\n' "$RAW_TREND" "$(rows_of "$TREND_SQL")"
printf '    trend GROUP BY (the quarter only):       %8.1f ms, %s groups\n' "$RAW_TREND_Q" "$(rows_of "$TREND_Q_SQL")"
printf '    register select (closed in the quarter): %8.1f ms, %s lines\n' "$RAW_REGISTER" "$(rows_of "$REGISTER_SQL")"

# Used heap of the server (KiB, jstat: survivors + eden + old), once a second, from here to the end.
HEAP_LOG="$PG_DIR/heap.log"
jstat -gc "$PAYARA_PID" 1000 > "$HEAP_LOG" 2>&1 &
SAMPLER=$!
max_heap_mib() { # the largest used heap in the samples so far (what the issue asks for)
  awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
       $1 ~ /^[0-9]/ { u = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (u > m) m = u }
       END { printf "%.0f", m / 1024 }' "$HEAP_LOG"
}
gc_summary() { # old generation at most, collections and time in them over the samples
  awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
       $1 ~ /^[0-9]/ { if ($col["OU"] > o) o = $col["OU"]; if (!seen) { y0 = $col["YGC"]; f0 = $col["FGC"]; t0 = $col["GCT"]; seen = 1 }
                       y = $col["YGC"]; f = $col["FGC"]; t = $col["GCT"]; n++ }
       END { printf "old generation at most %.0f MiB; %d young and %d full collections, %.1f s in GC, over %d samples",
             o / 1024, y - y0, f - f0, t - t0, n }' "$HEAP_LOG"
}

# One phase: queue runs for every organisation, wait for the last DONE; the application's own timer
# (PublicationScheduler, every 10 s) starts them. Sets PHASE_S (insert to last DONE, measured here),
# PHASE_DB_S (first created_at to last finished_at, the database's clock), PHASE_FILES.
run_phase() { # $1 = phase number, $2 = kinds ('REGISTER','TREND')
  local base=$((RUN_BASE + $1 * 100000)) kinds="$2" expected start state done bad
  expected=$(( ORGS * $(echo "$kinds" | tr ',' '\n' | wc -l) ))
  "${PSQL[@]}" -c "select pg_stat_statements_reset()" >/dev/null
  start="$(now)"
  "${PSQL[@]}" -c "INSERT INTO publication_run (id, organisation_id, kind, period_from, period_to, status, created_at)
    SELECT $base + o * 10 + k.n, $ORG_BASE + o, k.kind, '$Q_FROM', '$Q_TO', 'QUEUED', clock_timestamp()
    FROM generate_series(1, $ORGS) o, unnest(ARRAY[$kinds]) WITH ORDINALITY AS k(kind, n)"
  while :; do
    state="$("${PSQL[@]}" -At -F ' ' -c "select count(*) filter (where status = 'DONE'),
      count(*) filter (where status in ('FAILED', 'GIVEN_UP')) from publication_run where id > $base and id < $base + 100000")"
    done="${state% *}"; bad="${state#* }"
    if [ "$bad" -gt 0 ]; then
      echo "FAILED: $bad run(s) failed; their reasons:" >&2
      "${PSQL[@]}" -c "select id, kind, organisation_id, status, attempts, failure_reason from publication_run
        where id > $base and id < $base + 100000 and status in ('FAILED', 'GIVEN_UP') order by id limit 20" >&2
      echo "Server log: $DOMAIN/logs/server.log" >&2
      exit 1
    fi
    if [ "$done" -ge "$expected" ]; then break; fi
    if [ "$(echo "$(now) - $start > $TIMEOUT" | bc)" -eq 1 ]; then
      echo "TIMEOUT: $done of $expected runs done after $TIMEOUT s" >&2; exit 1
    fi
    sleep 1
  done
  PHASE_S="$(echo "$(now) - $start" | bc)"
  "${PSQL[@]}" -At -F ' ' -c "select round(extract(epoch from max(finished_at) - min(created_at))::numeric, 1),
      round(extract(epoch from max(finished_at) - min(started_at))::numeric, 1),
      round(avg(extract(epoch from finished_at - started_at))::numeric, 2),
      round(max(extract(epoch from finished_at - started_at))::numeric, 2)
    from publication_run where id > $base and id < $base + 100000" > "$PG_DIR/phase"
  read -r PHASE_DB_S PHASE_BUSY_S PHASE_AVG_S PHASE_MAX_S < "$PG_DIR/phase"
  PHASE_FILES="$("${PSQL[@]}" -At -F ' ' -c "select count(*), coalesce(sum(size_bytes), 0) from publication_file f
    where f.run_id > $base and f.run_id < $base + 100000")"
  # The database's share: the counting queries (TrendCounting, PublicationWork#closedCases) as the
  # jobs sent them, and everything else they sent (bookkeeping, files, job repository).
  "${PSQL[@]}" -At -F ' ' -c "select
      coalesce(round(sum(total_exec_time) filter (where counting))::bigint, 0),
      coalesce(sum(calls) filter (where counting), 0),
      coalesce(round(sum(total_exec_time) filter (where not counting and query not ilike '%publication_run where id >%'))::bigint, 0)
    from (select *, query ilike '%from report%' and query ilike '%case_registration%' as counting from pg_stat_statements) s" > "$PG_DIR/db"
  read -r PHASE_COUNT_MS PHASE_COUNT_CALLS PHASE_OTHER_MS < "$PG_DIR/db"
}

JFR_FILE="$ROOT/.run/benchmark-reports.jfr"   # kept for a closer look: jfr print --events jdk.ExecutionSample
rm -f "$JFR_FILE"
RESULTS=()
N=0
for phase in $PHASES; do
  N=$((N + 1))
  case "$phase" in
    both) kinds="'REGISTER','TREND'"; raw="$(echo "$RAW_TREND + $RAW_REGISTER" | bc)" ;;
    trend) kinds="'TREND'"; raw="$RAW_TREND" ;;
    register) kinds="'REGISTER'"; raw="$RAW_REGISTER" ;;
    *) echo "Unknown phase $phase (both, trend, register)" >&2; exit 2 ;;
  esac
  if [ "$PROFILE" = 1 ] && [ "$N" = 1 ]; then
    jcmd "$PAYARA_PID" JFR.start name=bench settings=profile filename="$JFR_FILE" >/dev/null
  fi
  echo "==> Phase $N ($phase): queueing $kinds for $ORGS organisations, waiting for every run to be DONE"
  run_phase "$N" "$kinds"
  if [ "$PROFILE" = 1 ] && [ "$N" = 1 ]; then
    jcmd "$PAYARA_PID" JFR.stop name=bench >/dev/null
  fi
  printf '    %.1f s from insert to the last DONE (database: %s s from the first created_at, %s s from the first start);\n' \
    "$PHASE_S" "$PHASE_DB_S" "$PHASE_BUSY_S"
  printf '    one run took %s s on average (started to finished), %s s at most; files: %s (count, bytes)\n' \
    "$PHASE_AVG_S" "$PHASE_MAX_S" "$PHASE_FILES"
  printf '    database time of the counting queries: %s ms in %s statements; other statements: %s ms\n' \
    "$PHASE_COUNT_MS" "$PHASE_COUNT_CALLS" "$PHASE_OTHER_MS"
  RESULTS+=("$(printf '%-9s %10.1f %10.1f %9.0f %9.0f %12s %8s %s' "$phase" "$raw" "$PHASE_S" \
    "$(echo "$PHASE_S * 1000 / $raw" | bc)" "$(echo "$PHASE_COUNT_MS" | bc)" "$(max_heap_mib)" "${PHASE_FILES% *}" \
    "$(echo "$ORGS * $(echo "$kinds" | tr ',' '\n' | wc -l) / $PHASE_S" | bc -l | xargs printf '%.2f')")")
done
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=""

if [ "$PROFILE" = 1 ] && [ -s "$JFR_FILE" ]; then
  echo "==> Where the server's CPU went in phase 1 (Java Flight Recorder samples, by the innermost Meldpunt method)"
  jfr print --events jdk.ExecutionSample --stack-depth 96 "$JFR_FILE" | python3 -c '
import re, sys, collections
groups = [("counting (TrendCounting, closedCases)", ("nl.meldpunt.trend.TrendCounting", "nl.meldpunt.publication.PublicationWork.closedCases", "nl.meldpunt.publication.PublicationWork.submittedCounts")),
          ("charts", ("nl.meldpunt.batch.output.Charts", "nl.meldpunt.batch.output.BarChart", "nl.meldpunt.batch.output.LineChart")),
          ("PDF", ("nl.meldpunt.batch.output.PdfWriter",)), ("XLSX", ("nl.meldpunt.batch.output.XlsxWriter",)),
          ("CSV", ("nl.meldpunt.batch.output.CsvWriter",)), ("composing (tables, suppression)", ("nl.meldpunt.batch.compose",)),
          ("storing files (publish)", ("nl.meldpunt.publication.PublicationWork.publish",)),
          ("run bookkeeping (begin, progress)", ("nl.meldpunt.publication.PublicationWork", "nl.meldpunt.publication.PublicationPlanning")),
          ("other Meldpunt batch code", ("nl.meldpunt.batch",))]
count = collections.Counter(); total = 0; frames = None
for line in sys.stdin:
    s = line.strip()
    if s.startswith("stackTrace = ["): frames = []; continue
    if frames is not None:
        if s.startswith("]") or s == "...":
            if s.startswith("]"):
                total += 1; what = "outside Meldpunt code (batch runtime, timers, JIT, GC threads not sampled)"
                for f in frames:
                    hit = next((name for name, prefixes in groups if f.startswith(prefixes)), None)
                    if hit: what = hit; break
                    if f.startswith("nl.meldpunt"): what = "other Meldpunt code"; break
                count[what] += 1; frames = None
            continue
        frames.append(s)
for what, n in count.most_common():
    print("    %5.1f %%  %s" % (100.0 * n / max(total, 1), what))
print("    (%d samples)" % total)
'
fi

OOM="$(tail -n +"$LOG_LINES_BEFORE" "$DOMAIN/logs/server.log" | grep -c 'OutOfMemoryError' || true)"
SILENT="$(tail -n +"$LOG_LINES_BEFORE" "$DOMAIN/logs/server.log" | grep -c 'was silent too long' || true)"
echo
echo "reports: $COUNT, organisations: $ORGS, quarter $Q_FROM, batch threads: ${BENCH_BATCH_THREADS:-the default executor}, $(date -u '+%Y-%m-%d %H:%M UTC')"
printf '%-9s %10s %10s %9s %9s %12s %8s %s\n' phase "raw SQL ms" "jobs s" ratio "count ms" "max heap MiB" files "jobs/s"
printf '%s\n' "${RESULTS[@]}"
echo "(ratio = jobs time / raw SQL time; count ms = database time of the jobs' counting queries;"
echo " max heap = largest used heap sampled since the first phase began, -Xmx1g)"
echo "heap: at most $(max_heap_mib) MiB used (eden included: G1 fills eden up to the limit before it collects); $(gc_summary)"
echo "OutOfMemoryError in the server log: $OOM; runs restarted as silent: $SILENT; application: $(git -C "$ROOT" rev-parse --short HEAD)"
[ "$OOM" -eq 0 ] || exit 1
