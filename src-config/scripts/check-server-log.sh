#!/usr/bin/env bash
# Fails when the server log holds a stack trace from our code (a frame in nl.meldpunt), the
# complaint of a library without a logging binding, or a case code. The test command runs it after
# all suites, so a failure that only shows in the log (a timer that fails every ten seconds, an error
# page that hides an exception, a message that names a case) fails the build like a failing test.
#
# A case code is the reporter's login name, so no message of ours may carry one (issue 11). Its shape
# is nl.meldpunt...CaseCode's canonical form, three groups of four characters of its alphabet
# (KM7Q-4MZP-X9W3), standing on its own: not part of a longer hyphenated or alphanumeric word, as in
# a UUID. The check names only the lines (file:line), never the codes, and the stack traces it
# prints have every case-code-shaped string masked.
#
# Reviewed: what the EJB container logs when a test calls a service through the test-only probe
# (nl.meldpunt.it.ServiceProbeServlet, never shipped) and the service refuses on purpose: the access
# matrix calls every service with every role ("Client not authorized") and with input it must refuse.
# The probe answers those refusals to the test, which asserts them; the container logs each with its
# stack. Also reviewed: a stack trace whose cause is that the database could not be reached (the fault test
# stops PostgreSQL on purpose; the container logs each failed call), or that the connection was closed under a
# running call (the pool closed at undeployment while a timer was busy). Anything else with a frame of ours fails.
#
# Usage: check-server-log.sh <domain logs directory>
set -euo pipefail
LOGS="${1:?usage: check-server-log.sh <domain logs directory>}"
shopt -s nullglob
files=("$LOGS"/server.log*)
if [ ${#files[@]} -eq 0 ]; then
  echo "check-server-log: no server.log in $LOGS (did the integration tests run?)" >&2
  exit 1
fi

# One record per "[2026-...]" header; print every record that has an nl.meldpunt frame and is not reviewed.
found="$(awk '
  function flush() {
    if (record != "" && ours && !reviewed) { print record; print "----"; count++ }
    record = ""; ours = 0; reviewed = 0; container = 0
  }
  /^\[[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T/ { flush() }
  {
    record = record $0 "\n"
    if ($0 ~ /^[ \t]+at nl\.meldpunt\./) ours = 1
    if ($0 ~ /^\[20.*\[jakarta\.enterprise\.ejb\.container\]/) container = 1
    if (container && $0 ~ /^[ \t]+at nl\.meldpunt\.it\.ServiceProbeServlet\./) reviewed = 1
    # A database outage (DatabaseOutageBrowserIT stops PostgreSQL on purpose): the EJB container logs every call
    # that could not get a connection with its stack; our own timers log one line instead (shared.DatabaseOutage).
    if ($0 ~ /Connection to [^ ]+ refused/ || $0 ~ /Error in allocating a connection/) reviewed = 1
    # The same from the other side: a connection closed under a running call, when the test server undeploys the
    # application (its pool is closed first) while a timer is still in its transaction. Payara logs the failed
    # rollback with the timer'"'"'s stack; the timer itself logs one line (shared.Undeployment, DatabaseOutage).
    if ($0 ~ /This connection has been closed/ || $0 ~ /physical connection is not usable/) reviewed = 1
    # Payara warns at undeployment that the batch runtime left a job XML stream open, with the stack of
    # whoever started a job: that is the scheduler, but the leak is the runtime'"'"'s, not ours.
    if ($0 ~ /NCLS-COMUTIL-00023/) reviewed = 1
  }
  END { flush() }
' "${files[@]}")"
slf4j="$(grep -h "No SLF4J providers were found" "${files[@]}" || true)"

CODE_CHAR='[23456789ABCDEFGHJKMNPQRSTVWXYZ]'
CASE_CODE="$CODE_CHAR{4}-$CODE_CHAR{4}-$CODE_CHAR{4}"
CASE_CODE_ALONE="(^|[^A-Za-z0-9-])$CASE_CODE([^A-Za-z0-9-]|\$)"
# -a: a stray binary byte must not turn the answer into "binary file matches"
case_code_lines="$(LC_ALL=C grep -aHnE "$CASE_CODE_ALONE" "${files[@]}" | cut -d: -f1,2 || true)"

status=0
if [ -n "$found" ]; then
  echo "check-server-log: the server log holds stack traces from our code:" >&2
  # head stops reading after its lines: printf then gets SIGPIPE, which pipefail would turn into this script's exit
  printf '%s\n' "$found" | head -n 200 | LC_ALL=C sed -E "s/$CASE_CODE/<case code>/g" >&2 || true
  status=1
fi
if [ -n "$case_code_lines" ]; then
  echo "check-server-log: the server log holds case codes (the reporter's login name) on $(printf '%s\n' "$case_code_lines" | wc -l) line(s):" >&2
  printf '%s\n' "$case_code_lines" | head -n 50 >&2 || true
  status=1
fi
if [ -n "$slf4j" ]; then
  echo "check-server-log: a library logs through SLF4J without a binding: $slf4j" >&2
  status=1
fi
if [ $status -eq 0 ]; then
  echo "check-server-log: no stack trace from nl.meldpunt and no case code in ${files[*]}"
fi
exit $status
