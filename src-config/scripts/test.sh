#!/usr/bin/env bash
# Runs every test: unit tests, Arquillian tests inside a real Payara Server 6, browser tests in
# headless Chromium, mail tests against GreenMail, all on a real PostgreSQL that this script starts
# (a private cluster on port 55432, removed afterwards).
#
# Needs: JDK 17, Maven, Node.js with npm (for axe-core), and Debian's chromium, chromium-driver,
# postgresql, poppler-utils (pdftoppm renders HR's PDFs in the tests) and clamav-daemon (the virus
# scanner the upload tests ask) packages, which this script installs when they are missing (as root,
# or through sudo).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PG_PORT="${MELDPUNT_TEST_PG_PORT:-55432}"

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
[ -x /usr/sbin/clamd ] || need+=(clamav-daemon)
if [ ${#need[@]} -gt 0 ]; then
  echo "==> Installing ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need[@]}"
fi

echo "==> Installing axe-core (accessibility checks in the browser tests)"
npm install --prefix "$ROOT/ear" --no-audit --no-fund --no-package-lock --silent

if curl -s -o /dev/null "http://localhost:8080/" || curl -s -o /dev/null "http://localhost:4848/"; then
  echo "Port 8080 or 4848 is in use (is the application from run.sh still running? stop it with src-config/scripts/stop.sh)." >&2
  exit 1
fi

PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
PG_DIR="$(mktemp -d /tmp/meldpunt-pg.XXXXXX)"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
CLAMD_DIR="$(mktemp -d /tmp/meldpunt-clamd.XXXXXX)"
stop_pg() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  # VirusScanIT stops and starts clamd: the pid file names whichever runs now.
  [ -f "$CLAMD_DIR/clamd.pid" ] && kill "$(cat "$CLAMD_DIR/clamd.pid")" 2>/dev/null || true
  rm -rf "$CLAMD_DIR"
}
trap stop_pg EXIT

echo "==> Starting PostgreSQL ($("$PG_BIN/postgres" --version | awk '{print $3}')) on port $PG_PORT"
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U pgadmin --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# benchmark.sh counts the SQL statements per page with pg_stat_statements (MELDPUNT_TEST_PG_STATEMENTS=1).
PG_EXTRA=""
[ "${MELDPUNT_TEST_PG_STATEMENTS:-0}" = 1 ] && PG_EXTRA="-c shared_preload_libraries=pg_stat_statements"
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_prepared_transactions=20 $PG_EXTRA" start >/dev/null
# As in production: the application's account is no superuser, and the e-mail vault has an account
# and schema of its own that the application's account cannot read.
# Passwords drawn for this run: the application refuses its shipped default against PostgreSQL (ASVS 13.2.3).
DB_PASSWORD="db$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
VAULT_DB_PASSWORD="vault$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
"$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U pgadmin -d postgres -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE meldpunt LOGIN PASSWORD '$DB_PASSWORD';
CREATE ROLE meldpunt_vault LOGIN PASSWORD '$VAULT_DB_PASSWORD';
CREATE DATABASE meldpunt OWNER meldpunt;
SQL
"$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U pgadmin -d meldpunt -v ON_ERROR_STOP=1 <<'SQL'
CREATE SCHEMA vault AUTHORIZATION meldpunt_vault;
REVOKE ALL ON SCHEMA vault FROM PUBLIC;
SQL

# The virus scanner (ASVS 5.4.3): Debian's clamd on loopback with one signature of our own, for the EICAR test file
# (the real signature database comes from freshclam over the internet; this run needs none). Every upload in the
# tests is checked by it; VirusScanIT stops and starts it through this configuration.
CLAMD_PORT="${MELDPUNT_TEST_CLAMD_PORT:-53310}"
mkdir "$CLAMD_DIR/db"
cp "$ROOT/src-config/clamav/meldpunt-test.ndb" "$CLAMD_DIR/db/"
cat > "$CLAMD_DIR/clamd.conf" <<CONF
TCPSocket $CLAMD_PORT
TCPAddr 127.0.0.1
DatabaseDirectory $CLAMD_DIR/db
LogFile $CLAMD_DIR/clamd.log
PidFile $CLAMD_DIR/clamd.pid
StreamMaxLength 11M
CONF
echo "==> Starting clamd ($(/usr/sbin/clamd --version | cut -d/ -f1)) on port $CLAMD_PORT"
/usr/sbin/clamd --config-file="$CLAMD_DIR/clamd.conf"
clamd_answers() {
  python3 -c "import socket,sys; s=socket.create_connection(('127.0.0.1',$CLAMD_PORT),1); s.sendall(b'zPING\\0'); sys.exit(s.recv(5)!=b'PONG\\0')" 2>/dev/null
}
for _ in $(seq 1 100); do clamd_answers && break; sleep 0.2; done
clamd_answers || { echo "clamd did not start; its log: $CLAMD_DIR/clamd.log" >&2; cat "$CLAMD_DIR/clamd.log" >&2; exit 1; }
export APP_ANTIVIRUS_CLAMD="127.0.0.1:$CLAMD_PORT"
export MELDPUNT_TEST_CLAMD_CONFIG="$CLAMD_DIR/clamd.conf" MELDPUNT_TEST_CLAMD_PORT="$CLAMD_PORT"

export APP_DB_CLASSNAME=org.postgresql.ds.PGSimpleDataSource
export APP_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/meldpunt"
export APP_DB_USER=meldpunt
export APP_DB_PASSWORD="$DB_PASSWORD"
export APP_VAULT_DB_USER=meldpunt_vault
export APP_VAULT_DB_PASSWORD="$VAULT_DB_PASSWORD"
# For the fault tests that stop and start this PostgreSQL (DatabaseOutageBrowserIT).
export MELDPUNT_TEST_PG_BIN="$PG_BIN" MELDPUNT_TEST_PG_DIR="$PG_DIR" MELDPUNT_TEST_PG_PORT="$PG_PORT"

# The test server redeploys the EAR about seventy times; Payara keeps part of every earlier deployment until it
# stops, so it gets 2 GiB here instead of the 1 GiB of run.sh and production (configure-domain.sh).
export MELDPUNT_SERVER_HEAP="${MELDPUNT_SERVER_HEAP:-2g}"

echo "==> Building and running all tests"
mvn -B -f "$ROOT/pom.xml" clean verify "$@"

# Fuzzing (issue 15, docs/fuzzing.md): the build above replayed every fuzz test's corpus; here Jazzer fuzzes each
# parser that takes untrusted input for a bounded time, two at a time: 9 fuzz tests x 10 s, about 3-4 minutes
# (each JVM needs 20-40 s to start: Jazzer instruments every class it loads).
# No server needed. A finding fails the run and leaves its input under ejb-module/src/test/resources/**/*Inputs/.
# MELDPUNT_FUZZ_SECONDS=0 skips it (e.g. for a focused -Dit.test run).
if [ "${MELDPUNT_FUZZ_SECONDS:-10}" -gt 0 ]; then
  FUZZ_SECONDS="${MELDPUNT_FUZZ_SECONDS:-10}" "$ROOT/src-config/scripts/fuzz.sh"
fi
