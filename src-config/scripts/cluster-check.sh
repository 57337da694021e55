#!/usr/bin/env bash
# Cluster check (issue 16): Meldpunt on a Payara deployment group of two instances on this machine, against one
# PostgreSQL, set up with the same steps as README.md "Running on a Payara cluster", then checked by itself
# (nl.meldpunt.it.ClusterCheck):
#   - a report sent through instance 1 is read by a confidant on instance 2, and its reporter logs in there;
#   - over ten timer ticks every outbox mail is sent exactly once (both instances have the timer);
#   - a staff session survives stopping the instance that made it (its cookies passed to the other);
#   - a report run started on instance 1 and killed there (kill -9) is finished by instance 2, with one output.
# Cleans up after itself (MELDPUNT_CLUSTER_KEEP=1 leaves .cluster/ and everything running, to look around) and
# exits non-zero on any failure. Not part of the test command: about 10 minutes on 2 cores (passed 2026-12-05 in
# 9 min 50 s), too close to the 10 minutes the CI budget allows it.
#
# Needs: the ports 4848, 8080 (the domain's own server), 28080, 29080 (the instances, with the rest of their
# port bases 28000 and 29000), 55434 (PostgreSQL) and 3025 (the check's mail server) free; PostgreSQL from Debian
# (installed when missing).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="$ROOT/.cluster"
PAYARA="$DIR/payara6"
ASADMIN="$PAYARA/bin/asadmin"
PG_PORT=55434
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ -z "$PG_BIN" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q postgresql
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi
for port in 4848 8080 28080 29080 "$PG_PORT" 3025; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is in use (run.sh's or the tests' server? stop it first: src-config/scripts/stop.sh)." >&2
    exit 1
  fi
done

cleanup() {
  if [ "${MELDPUNT_CLUSTER_KEEP:-0}" = 1 ]; then
    echo "Left running (MELDPUNT_CLUSTER_KEEP=1): $DIR; stop with: $ASADMIN stop-domain domain1; pkill -f $PAYARA"
    return
  fi
  [ -x "$ASADMIN" ] && "$ASADMIN" stop-deployment-group dg1 >/dev/null 2>&1 || true
  [ -x "$ASADMIN" ] && "$ASADMIN" stop-domain domain1 >/dev/null 2>&1 || true
  pkill -9 -f "$PAYARA/" 2>/dev/null || true
  [ -d "$DIR/pg" ] && as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
cleanup
mkdir -p "$DIR"

echo "==> Building the EAR and unpacking Payara Server into .cluster/"
mvn -B -q -DskipTests -Dspotbugs.skip=true -Dpayara.unpack.dir="$DIR" -f "$ROOT/pom.xml" package

echo "==> PostgreSQL on port $PG_PORT (one database for the application, the batch job repository and the EJB timers)"
mkdir -p "$DIR/pg"
[ "$(id -u)" -eq 0 ] && chown postgres "$DIR/pg"
as_pg "$PG_BIN/initdb" -D "$DIR/pg/data" -U pgadmin --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# max_prepared_transactions: the EJB timer service's pool is an XA pool.
as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/data" -l "$DIR/pg/postgres.log" -w \
  -o "-p $PG_PORT -k $DIR/pg -c listen_addresses=127.0.0.1 -c max_prepared_transactions=20" start >/dev/null
DB_PASSWORD="db$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
PSQL=("$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -v ON_ERROR_STOP=1)
"${PSQL[@]}" -U pgadmin -d postgres <<SQL
CREATE ROLE meldpunt LOGIN PASSWORD '$DB_PASSWORD';
CREATE DATABASE meldpunt OWNER meldpunt;
CREATE DATABASE meldpunt_timers OWNER meldpunt;
SQL
# Payara's own timer table, outside the database Flyway manages.
PGPASSWORD="$DB_PASSWORD" "${PSQL[@]}" -U meldpunt -d meldpunt_timers -f "$PAYARA/glassfish/lib/install/databases/ejbtimer_postgresql.sql"

DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/meldpunt"
key() { head -c 32 /dev/urandom | base64; }
KEK="$(key)"; VAULT_KEY="$(key)"; VAULT_LINKKEY="$(key)"

echo "==> Domain, deployment group dg1, instances i1 (port base 28000) and i2 (29000)"
"$ASADMIN" start-domain domain1 >/dev/null
DRIVER="$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -n 1)"
"$ASADMIN" add-library --type common "$DRIVER" >/dev/null
"$ASADMIN" restart-domain domain1 >/dev/null
"$ASADMIN" create-deployment-group dg1 >/dev/null
for i in 1 2; do
  "$ASADMIN" create-instance --node localhost-domain1 --portbase "$(( 27000 + i * 1000 ))" "i$i" >/dev/null
  "$ASADMIN" add-instance-to-deployment-group --instance "i$i" --deploymentgroup dg1 >/dev/null
done

# The settings every instance needs, at config level: the names the application reads (README "Configuration" gives
# them as environment variables), with dots, and case-sensitive here: app.vault.linkKey, app.db.className.
for i in 1 2; do
  CFG="i$i-config"
  setting() { "$ASADMIN" set-config-property --source config --sourceName "$CFG" --propertyName "$1" --propertyValue "$2" >/dev/null; }
  setting app.db.className org.postgresql.ds.PGSimpleDataSource
  setting app.db.url "$DB_URL"
  setting app.db.user meldpunt
  setting app.db.password "$DB_PASSWORD"
  setting app.crypto.kek "$KEK"
  setting app.vault.key "$VAULT_KEY"
  setting app.vault.linkKey "$VAULT_LINKKEY"
  setting app.demo.enabled true
  setting app.mail.host 127.0.0.1
  setting app.mail.port 3025
  setting app.mail.reporter.max-delay-minutes 1
  setting app.public.url "http://localhost:$(( 27080 + i * 1000 ))"
  # (The heap: configure-domain.sh set -Xmx1g in every config of the domain, default-config too, which the
  # instances' configs are copied from.)
  # HR's report jobs: the job repository (schema "batch") in the application's database, shared by all instances.
  "$ASADMIN" set-batch-runtime-configuration --target "$CFG" --datasourcelookupname jdbc/meldpunt-batch --schemaName batch >/dev/null
  # The EJB timers: one table for all instances, so that each persistent timer fires on one instance only.
  "$ASADMIN" set "configs.config.$CFG.ejb-container.ejb-timer-service.timer-datasource=jdbc/meldpuntTimers" >/dev/null
done
# The job repository's pool (configure-domain.sh defines it for a single server, from APP_DB_*): here with the
# cluster's database, for the group.
"$ASADMIN" set resources.jdbc-connection-pool.MeldpuntBatchPool.datasource-classname=org.postgresql.ds.PGSimpleDataSource >/dev/null
"$ASADMIN" set "resources.jdbc-connection-pool.MeldpuntBatchPool.property.URL=$DB_URL" >/dev/null
"$ASADMIN" set resources.jdbc-connection-pool.MeldpuntBatchPool.property.User=meldpunt >/dev/null
"$ASADMIN" set "resources.jdbc-connection-pool.MeldpuntBatchPool.property.Password=$DB_PASSWORD" >/dev/null
"$ASADMIN" create-resource-ref --target dg1 jdbc/meldpunt-batch >/dev/null
"$ASADMIN" create-jdbc-connection-pool --datasourceclassname org.postgresql.xa.PGXADataSource --restype javax.sql.XADataSource \
  --property "serverName=127.0.0.1:portNumber=$PG_PORT:databaseName=meldpunt_timers:user=meldpunt:password=$DB_PASSWORD" \
  MeldpuntTimerPool >/dev/null
"$ASADMIN" create-jdbc-resource --target dg1 --connectionpoolid MeldpuntTimerPool jdbc/meldpuntTimers >/dev/null

echo "==> Starting the deployment group"
"$ASADMIN" start-deployment-group dg1 >/dev/null

echo "==> The check (ClusterCheck: deploys the EAR to dg1 with availability enabled, then checks)"
export APP_DB_CLASSNAME=org.postgresql.ds.PGSimpleDataSource APP_DB_URL="$DB_URL" APP_DB_USER=meldpunt APP_DB_PASSWORD="$DB_PASSWORD"
# exec.skip: the domain is running, so the build must not configure it again.
mvn -B -f "$ROOT/pom.xml" verify -Dpayara.unpack.dir="$DIR" -Dexec.skip=true -Dspotbugs.skip=true \
  -Dit.test=ClusterCheck -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dmeldpunt.skipEmbedded=true
echo "==> Cluster check passed"
