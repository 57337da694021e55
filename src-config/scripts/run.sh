#!/usr/bin/env bash
# Builds Meldpunt, provisions Payara Server 6 into .run/, starts it, deploys the EAR and prints
# the URLs and demo logins. Runs on the embedded database unless APP_DB_URL etc. are set (README).
# Stop with: src-config/scripts/stop.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
RUN_DIR="${MELDPUNT_RUN_DIR:-$ROOT/.run}" # another directory: a second, separate application (the scanners use .scan/)
PAYARA="$RUN_DIR/payara6"
ASADMIN="$PAYARA/bin/asadmin"
HTTP_PORT="${MELDPUNT_HTTP_PORT:-8080}"
export APP_DEMO_ENABLED="${APP_DEMO_ENABLED:-true}"

# The key-encryption key that protects every case's data key. Generated once for this machine and
# kept outside the database (.run/kek); in production supply your own (README, "Configuration").
# The same for the e-mail vault's sealing key and link key.
local_key() { # $1 = variable name, $2 = file name in .run/
  if [ -z "${!1:-}" ]; then
    mkdir -p "$RUN_DIR"
    [ -s "$RUN_DIR/$2" ] || (umask 077; head -c 32 /dev/urandom | base64 > "$RUN_DIR/$2")
    export "$1=$(cat "$RUN_DIR/$2")"
  fi
}
local_key APP_CRYPTO_KEK kek
local_key APP_VAULT_KEY vault-key
local_key APP_VAULT_LINKKEY vault-link-key

# Without APP_DB_URL, the embedded database in the domain (the application's own default). Set here as
# well, because the batch runtime's job repository reads the same variables (configure-domain.sh).
if [ -z "${APP_DB_URL:-}" ]; then
  export APP_DB_CLASSNAME=org.h2.jdbcx.JdbcDataSource
  export APP_DB_URL="jdbc:h2:$PAYARA/glassfish/domains/domain1/lib/databases/meldpunt;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  export APP_DB_USER=meldpunt APP_DB_PASSWORD=meldpunt
fi

echo "==> Building the EAR and unpacking Payara Server into .run/ (first time: a few minutes)"
mvn -B -q -DskipTests -Dpayara.unpack.dir="$RUN_DIR" -f "$ROOT/pom.xml" package

# (configure-domain.sh ran as part of the build)

# Without a mail server of your own (APP_MAIL_HOST), every mail goes to a local mail catcher, MailDev:
# SMTP on 2525, the mails on http://localhost:1080. Reporter mails then wait at most a minute
# instead of two hours, so that the demo shows them soon.
MAIL_CATCHER=""
if [ -z "${APP_MAIL_HOST:-}" ]; then
  export APP_MAIL_PORT="${APP_MAIL_PORT:-2525}"
  export APP_MAIL_REPORTER_MAX_DELAY_MINUTES="${APP_MAIL_REPORTER_MAX_DELAY_MINUTES:-1}"
  MAIL_CATCHER="http://localhost:1080"
  if ! curl -fs -o /dev/null "$MAIL_CATCHER"; then
    echo "==> Starting the local mail catcher (MailDev)"
    npm install --silent --no-audit --no-fund --prefix "$ROOT/src-config/mailcatcher" >/dev/null 2>&1 \
      || echo "    (npm install of MailDev failed: mails wait in the outbox until a mail server listens on port $APP_MAIL_PORT)"
    if [ -x "$ROOT/src-config/mailcatcher/node_modules/.bin/maildev" ]; then
      nohup "$ROOT/src-config/mailcatcher/node_modules/.bin/maildev" --ip 127.0.0.1 --smtp "$APP_MAIL_PORT" --web 1080 \
        > "$RUN_DIR/maildev.log" 2>&1 &
      echo $! > "$RUN_DIR/maildev.pid"
    fi
  fi
fi

wait_for_app() { # $1 = seconds
  for _ in $(seq 1 "$1"); do
    if curl -fs -o /dev/null "http://localhost:$HTTP_PORT/m/demo"; then return 0; fi
    echo -n "."; sleep 1
  done
  return 1
}

if ! "$ASADMIN" list-domains 2>/dev/null | grep -q "domain1 running"; then
  echo "==> Starting Payara Server"
  "$ASADMIN" start-domain domain1 >/dev/null
  # start-domain returns before a previously deployed EAR has finished loading; redeploying in
  # the middle of that leaves it broken, so wait for it first.
  if "$ASADMIN" list-applications 2>/dev/null | grep -q "^meldpunt "; then
    echo -n "==> Waiting for the previous deployment to finish loading"
    wait_for_app 60 || true
    echo
  fi
fi

echo "==> Deploying meldpunt.ear"
"$ASADMIN" deploy --force=true --name meldpunt "$ROOT/ear/target/meldpunt.ear" >/dev/null

echo -n "==> Waiting for the application"
wait_for_app 90 || { echo; echo "The application did not answer; see $PAYARA/glassfish/domains/domain1/logs/server.log"; exit 1; }
echo

cat <<TXT

Meldpunt is running.

  Reporter entry page (demo organisation):  http://localhost:$HTTP_PORT/m/demo
  Second demo organisation:                 http://localhost:$HTTP_PORT/m/noord
  Staff login:                              http://localhost:$HTTP_PORT/staff/login.xhtml

  Demo report (reporter's personal page: http://localhost:$HTTP_PORT/melder/login.xhtml?org=demo)
    case code DEMV-2345-KMPE, password demo-Meldpunt-2026

  Demo staff logins (password for all: demo-Meldpunt-2026). Confidants and admins also need a code
  from an authenticator app: add the secret JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP to one (or run
  oathtool --totp -b JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP). beheerder.noord has none yet: its first
  login shows how a second factor is set up. HR logs in without a code.
    vertrouwenspersoon         confidant of Gemeente Voorbeeldstad
    kader                      external confidant of both demo organisations
    beheerder                  organisation admin of Gemeente Voorbeeldstad
    hr                         HR / management of Gemeente Voorbeeldstad
    vertrouwenspersoon.noord   confidant of Zorggroep Noord
    beheerder.noord            organisation admin of Zorggroep Noord (no second factor yet)
    hr.noord                   HR / management of Zorggroep Noord
    platform                   platform admin

  Guides per role: docs/ (docs/product.md to start)

  Mails sent by the demo (local mail catcher):  ${MAIL_CATCHER:-your own mail server}

  Server log: $PAYARA/glassfish/domains/domain1/logs/server.log
  Stop:       src-config/scripts/stop.sh
TXT
