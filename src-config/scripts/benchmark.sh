#!/usr/bin/env bash
# The benchmark command (issue 16): every speed and memory figure as a ratio against a baseline measured in the
# same run, because absolute numbers move from machine to machine. Not part of the test command.
#
#   src-config/scripts/benchmark.sh
#
# 1. The web figures (nl.meldpunt.it.SpeedBenchmark): the test command's own set-up (a private PostgreSQL with
#    pg_stat_statements, the EAR in a real Payara with -Xmx1g as in production), then the entry page against a
#    static file (wrk), the HTTP sessions it leaves, the wizard against the intake service in-process, staff and
#    reporter logins against Argon2id in the same JVM, the work queue and a case file at 10,000 and 100,000
#    reports against the entry page's latency (with SQL statements per page), heap per staff session with 1,000
#    sessions; a confidant's login against an HR login, one at a time, and a case file opened with the confidant's
#    key (issue 17: keys). Each figure three times; the median is kept.
#    MELDPUNT_BENCH_ONLY=entry,wizard,logins,keys,queue,heap measures only those (while working on one figure).
# 2. HR's scheduled reports at 1,000,000 reports / 500 organisations (benchmark-reports.sh, about 10 minutes;
#    MELDPUNT_BENCH_REPORTS=0 leaves it out).
# Prints one table with the machine, the date and the versions, and writes it into docs/benchmarks.md between the
# markers "benchmark.sh: start" and "benchmark.sh: end". Needs the ports of the test command (8080, 4848, 55432) and
# of benchmark-reports.sh (55433) free; installs Debian's wrk when it is missing. Takes about 25 minutes on 2 cores.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DOC="$ROOT/docs/benchmarks.md"

if ! command -v wrk >/dev/null; then
  echo "==> Installing wrk"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q wrk
fi

WEB_TABLE="$(mktemp)"
LOG="${TMPDIR:-/tmp}/meldpunt-benchmark.log" # the whole build and server output, kept for a look afterwards
trap 'rm -f "$WEB_TABLE"' EXIT

echo "==> The web figures (SpeedBenchmark, on PostgreSQL; build, server start and measuring: about 15 minutes)"
set +e
MELDPUNT_TEST_PG_STATEMENTS=1 MELDPUNT_SERVER_HEAP=1g MELDPUNT_FUZZ_SECONDS=0 \
  "$ROOT/src-config/scripts/test.sh" -Dit.test=SpeedBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmeldpunt.skipEmbedded=true -Dspotbugs.skip=true -Dmeldpunt.benchmark.out="$WEB_TABLE" \
  -Dmeldpunt.benchmark.only="${MELDPUNT_BENCH_ONLY:-}" 2>&1 \
  | tee "$LOG" | grep --line-buffered '^BENCHMARK ' | sed -u 's/^BENCHMARK /    /' # each figure as it is measured
STATUS="${PIPESTATUS[0]}"
set -e
if [ "$STATUS" -ne 0 ]; then
  tail -n 80 "$LOG" >&2
  echo "The web benchmark failed; the last lines of its output are above (all of it: $LOG)." >&2
  exit 1
fi
[ -s "$WEB_TABLE" ] || { tail -n 80 "$LOG" >&2; echo "The web benchmark wrote no table (its output: $LOG)." >&2; exit 1; }

REPORTS_ROW=""
if [ "${MELDPUNT_BENCH_REPORTS:-1}" != 0 ]; then
  echo "==> HR's reports at 1,000,000 reports / 500 organisations (benchmark-reports.sh, both kinds at once; about 10 minutes)"
  REPORTS_OUT="$(BENCH_PHASES=both BENCH_PROFILE=0 "$ROOT/src-config/scripts/benchmark-reports.sh" 1000000 500 2>&1)" || {
    echo "$REPORTS_OUT" | tail -n 40 >&2; echo "benchmark-reports.sh failed." >&2; exit 1; }
  # Its summary line: phase, raw SQL ms, jobs s, ratio, count ms, max heap MiB, files, jobs/s.
  read -r _ RAW JOBS RATIO _ HEAP FILES RATE <<<"$(echo "$REPORTS_OUT" | grep -E '^both ' | tail -n 1)"
  REPORTS_ROW="| HR's reports: register and trend of one quarter for 500 organisations, 1,000,000 reports (1,000 jobs) | ${JOBS} s (${RATE} jobs/s), at most ${HEAP} MiB heap | one raw SQL query of the same counts: ${RAW} ms | ${RATIO}× | (issue 12: ≤ 2×; see \"HR's reports\") | | |"
fi

MACHINE="$(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB memory ($(uname -m))"
JAVA="$(java -version 2>&1 | head -n 1 | sed 's/"//g')"
PAYARA="Payara Server $(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)"
PG="PostgreSQL $("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/postgres" --version | awk '{print $3}')"
{
  echo "<!-- benchmark.sh: start (written by src-config/scripts/benchmark.sh; do not edit by hand) -->"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $MACHINE; $JAVA, $PAYARA (-Xmx1g), $PG; application at \`$(git -C "$ROOT" rev-parse --short HEAD)\`."
  echo
  cat "$WEB_TABLE"
  [ -n "$REPORTS_ROW" ] && echo "$REPORTS_ROW"
  echo
  echo "<!-- benchmark.sh: end -->"
} > "$WEB_TABLE.section"

echo
cat "$WEB_TABLE.section"
python3 - "$DOC" "$WEB_TABLE.section" <<'PY'
import re, sys
doc, section = sys.argv[1], open(sys.argv[2], encoding="utf-8").read().strip()
text = open(doc, encoding="utf-8").read()
pattern = re.compile(r"<!-- benchmark\.sh: start.*?<!-- benchmark\.sh: end -->", re.S)
if pattern.search(text):
    text = pattern.sub(lambda _: section, text)
else:
    text = text.replace("\n## ", "\n## All figures at once (benchmark.sh)\n\n" + section + "\n\n## ", 1)
open(doc, "w", encoding="utf-8").write(text)
PY
rm -f "$WEB_TABLE.section"
echo "==> Written into docs/benchmarks.md"
