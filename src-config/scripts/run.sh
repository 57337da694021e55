#!/usr/bin/env bash
# Builds Meldpunt, provisions Payara Server 6 into .run/, starts it, deploys the EAR and prints
# the URLs and demo logins. Runs on the embedded database unless APP_DB_URL etc. are set (README).
# Stop with: src-config/scripts/stop.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
RUN_DIR="$ROOT/.run"
PAYARA="$RUN_DIR/payara6"
ASADMIN="$PAYARA/bin/asadmin"
HTTP_PORT="${MELDPUNT_HTTP_PORT:-8080}"
export APP_DEMO_ENABLED="${APP_DEMO_ENABLED:-true}"

echo "==> Building the EAR and unpacking Payara Server into .run/ (first time: a few minutes)"
mvn -B -q -DskipTests -Dpayara.unpack.dir="$RUN_DIR" -f "$ROOT/pom.xml" package

# (configure-domain.sh ran as part of the build)

if ! "$ASADMIN" list-domains 2>/dev/null | grep -q "domain1 running"; then
  echo "==> Starting Payara Server"
  "$ASADMIN" start-domain domain1 >/dev/null
fi

echo "==> Deploying meldpunt.ear"
"$ASADMIN" deploy --force=true --name meldpunt "$ROOT/ear/target/meldpunt.ear" >/dev/null

echo -n "==> Waiting for the application"
for _ in $(seq 1 90); do
  if curl -fs -o /dev/null "http://localhost:$HTTP_PORT/m/demo"; then break; fi
  echo -n "."; sleep 1
done
echo
curl -fs -o /dev/null "http://localhost:$HTTP_PORT/m/demo" || { echo "The application did not answer; see $PAYARA/glassfish/domains/domain1/logs/server.log"; exit 1; }

cat <<TXT

Meldpunt is running.

  Reporter entry page (demo organisation):  http://localhost:$HTTP_PORT/m/demo
  Second demo organisation:                 http://localhost:$HTTP_PORT/m/noord
  Staff login:                              http://localhost:$HTTP_PORT/staff/login.xhtml

  Demo logins (password for all: demo-Meldpunt-2026)
    vertrouwenspersoon   confidant of Gemeente Voorbeeldstad
    beheerder            organisation admin of Gemeente Voorbeeldstad
    hr                   HR / management of Gemeente Voorbeeldstad
    platform             platform admin

  Server log: $PAYARA/glassfish/domains/domain1/logs/server.log
  Stop:       src-config/scripts/stop.sh
TXT
