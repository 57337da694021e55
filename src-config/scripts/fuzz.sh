#!/usr/bin/env bash
# Fuzzes the parsers that take untrusted input (docs/fuzzing.md) with Jazzer, each fuzz test for a bounded time.
# A normal build (mvn install/verify) only replays the corpus kept in ejb-module/src/test/resources/.../*Inputs/;
# this script sets JAZZER_FUZZ=1, in which Jazzer fuzzes ONE fuzz test per JVM, so each runs on its own.
#
#   src-config/scripts/fuzz.sh                      every fuzz test, FUZZ_SECONDS (default 10) each: about 3-4 minutes
#   FUZZ_SECONDS=300 src-config/scripts/fuzz.sh     a longer run
#   src-config/scripts/fuzz.sh QuestionnaireFuzzTest#tipSet   one fuzz test
#
# A finding fails the script; its input is written into the test's inputs directory (src/test/resources/.../
# <TestClass>Inputs/<method>/crash-*), so that every later build replays it: fix the code, keep the file.
# Inputs that reach new code are kept in ejb-module/.cifuzz-corpus/ (not in git) and used by the next run.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SECONDS_EACH="${FUZZ_SECONDS:-10}"
TARGETS=(
  AttachmentFuzzTest#decide
  AttachmentFuzzTest#cleanImage
  AttachmentFuzzTest#zipDocument
  AttachmentFuzzTest#legacyOffice
  AttachmentFuzzTest#logoAndPortrait
  AttachmentFuzzTest#storedName
  ConfigurationDocumentFuzzTest#read
  QuestionnaireFuzzTest#questionSet
  QuestionnaireFuzzTest#tipSet
)
[ $# -gt 0 ] && TARGETS=("$@")

JOBS="${FUZZ_JOBS:-2}"
echo "==> Fuzzing ${#TARGETS[@]} parser(s) for ${SECONDS_EACH}s each, $JOBS at a time (Jazzer)"
# Compiled once; each fuzz test then runs in a JVM of its own (about 20 s to start: Jazzer instruments every class
# it loads). The heap is kept near the server's (-Xmx512m in Payara's default domain): an input that needs far more
# memory than that is a finding (OutOfMemoryError).
mvn -B -o -q -f "$ROOT/pom.xml" -pl ejb-module test-compile
mkdir -p "$ROOT/ejb-module/target/fuzz"
fuzz_one() {
  local target="$1" start log result execs
  start=$(date +%s)
  log="$ROOT/ejb-module/target/fuzz/${target//#/-}.log"
  # tempDir: a surefire folder of its own, as the end of one run removes the others' booter jars, which Jazzer reads.
  # -timeout: one input that takes longer than 20 s is a finding (a hang), not a slow test. RegexRoadblocks (guidance
  # through regular expressions) is off: it made Tika's magic-byte patterns a hundred times slower.
  if JAZZER_FUZZ=1 mvn -B -o -q -f "$ROOT/pom.xml" -pl ejb-module surefire:test \
      -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false -DtempDir="surefire-fuzz-${target//#/-}" \
      -Djazzer.max_duration="${SECONDS_EACH}s" \
      -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-timeout=20 \
      -Djazzer.disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexRoadblocks \
      -DargLine="-Xmx768m -XX:-OmitStackTraceInFastThrow -XX:+UseParallelGC -XX:+CriticalJNINatives" \
      >"$log" 2>&1; then
    result=ok
  else
    result=FINDING
  fi
  execs=$(grep -aoE '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)
  echo "    $target: $result after $(( $(date +%s) - start ))s${execs:+, $execs inputs}"
}
export -f fuzz_one
export ROOT SECONDS_EACH
printf '%s\n' "${TARGETS[@]}" | xargs -P "$JOBS" -I{} bash -c 'fuzz_one "$@"' _ {} | tee "$ROOT/ejb-module/target/fuzz/summary.txt"
if grep -q FINDING "$ROOT/ejb-module/target/fuzz/summary.txt"; then
  echo "Fuzzing found problems (logs: ejb-module/target/fuzz/*.log; the inputs are in src/test/resources/**/*Inputs/)." >&2
  exit 1
fi
echo "==> Fuzzing: nothing found"
