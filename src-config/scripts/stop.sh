#!/usr/bin/env bash
# Stops the Payara Server started by run.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
"$ROOT/.run/payara6/bin/asadmin" stop-domain domain1
