#!/usr/bin/env bash
# The fault tests on their own (issue 15 item 5), against loopback only: the same integration tests that the full
# test command (test.sh, which .ci/run calls) runs among the others, here without the rest (about 20 minutes).
#
# - PostgreSQL stopped while a reporter sends a report, and started again (DatabaseOutageBrowserIT)
# - the mail server refusing, down for a while, and hanging after it accepted the connection (OutboxIT)
# - 500 reports sent at once (ConcurrentSubmissionsIT)
# - a changed ciphertext and a case key that no longer unwraps (TamperedContentIT)
# - the server restarted with a wrong key-encryption key, then with the right one (WrongKeyIT)
# - the server killed with kill -9 in the middle of HR's report job, and started again (PublicationCrashIT)
# - the same in the middle of the nightly retention run (RetentionCrashIT)
# - uploads that attack: a ZIP bomb, a 50,000 x 50,000 image, a polyglot, too large, a thousand tiny ones (HostileUploadsIT)
# - the virus scanner finding a virus, and stopped while a reporter adds a file (VirusScanIT)
#
# Each runs on PostgreSQL; those that also belong to the default embedded database's list run there too.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
exec "$ROOT/src-config/scripts/test.sh" \
  -Dit.test=DatabaseOutageBrowserIT,OutboxIT,ConcurrentSubmissionsIT,TamperedContentIT,WrongKeyIT,PublicationCrashIT,RetentionCrashIT,HostileUploadsIT,VirusScanIT \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false "$@"
