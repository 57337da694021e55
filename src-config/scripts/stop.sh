#!/usr/bin/env bash
# Stops the Payara Server started by run.sh. The application is undeployed first, so that the next
# start is quick and run.sh deploys the newest build into an idle server.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
ASADMIN="$ROOT/.run/payara6/bin/asadmin"
"$ASADMIN" undeploy meldpunt >/dev/null 2>&1 || true
"$ASADMIN" stop-domain domain1
# The local mail catcher that run.sh started, if any.
if [ -s "$ROOT/.run/maildev.pid" ]; then
  kill "$(cat "$ROOT/.run/maildev.pid")" 2>/dev/null || true
  rm -f "$ROOT/.run/maildev.pid"
fi
