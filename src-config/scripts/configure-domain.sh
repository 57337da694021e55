#!/usr/bin/env bash
# Server settings Meldpunt relies on, written into a Payara domain before it starts (idempotent).
# Everything else (datasource, mail session, settings) the application declares itself.
#
# - No version banners: the HTTP listeners send no Server and no X-Powered-By header.
# - No IP addresses in logs: HTTP access logging stays off (Payara's default; not switched on here).
# - 1 GiB heap instead of Payara's 512 MiB: every login and report hashes a password with Argon2id,
#   which takes 19 MiB while it runs, and a busy server does several at once.
# - Compression: HTML, CSS, JavaScript, SVG and JSF's Ajax answers (XML) leave gzip-compressed when
#   the browser accepts it (responses from 1 KiB on). The session cookie is SameSite=Strict, so a
#   cross-site request carries no session and no secret of the victim to measure (BREACH).
set -euo pipefail
PAYARA="$1"
HERE="$(cd "$(dirname "$0")" && pwd)"
DOMAIN_XML="$PAYARA/glassfish/domains/domain1/config/domain.xml"
sed -i -E '/<http [^>]*default-virtual-server="server"/{/xpowered-by=/!s/<http /<http xpowered-by="false" server-header="false" /}' "$DOMAIN_XML"
MIME_TYPES="text/html,text/css,text/javascript,application/javascript,image/svg+xml,text/xml,application/xml,text/plain"
sed -i -E '/<http [^>]*default-virtual-server="server"/{/compression=/!s#<http #<http compression="on" compression-min-size-bytes="1024" compressable-mime-type="'"$MIME_TYPES"'" #}' "$DOMAIN_XML"
# Heap: 1 GiB (Argon2id needs memory); the test command asks for 2 GiB, because the tests redeploy the EAR some
# seventy times and Payara keeps part of every earlier deployment (its class loaders) until the server stops.
sed -i -E 's/<jvm-options>-Xmx[0-9]+[mg]<\/jvm-options>/<jvm-options>-Xmx'"${MELDPUNT_SERVER_HEAP:-1g}"'<\/jvm-options>/' "$DOMAIN_XML"
# - Jakarta Batch keeps its job repository (executions, checkpoints) in the application's own database,
#   in the schema "batch" that Flyway does not manage, so that a run survives a restart and any node of a
#   cluster can continue it. The batch runtime needs a server-level datasource for that: this pool
#   reads the same APP_DB_* environment variables as the application (run.sh sets them for the default
#   embedded database; for PostgreSQL you set them, README "Configuration").
# (Payara rewrites domain.xml at its first start: indentation and attribute order differ before and after.)
if ! grep -q 'jndi-name="jdbc/meldpunt-batch"' "$DOMAIN_XML"; then
  POOL='    <jdbc-connection-pool name="MeldpuntBatchPool" datasource-classname="${ENV=APP_DB_CLASSNAME}" res-type="javax.sql.DataSource" steady-pool-size="1" max-pool-size="8" is-connection-validation-required="true" connection-validation-method="custom-validation" validation-classname="org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation" fail-all-connections="true" max-wait-time-in-millis="3000">\n      <property name="URL" value="${ENV=APP_DB_URL}"></property>\n      <property name="User" value="${ENV=APP_DB_USER}"></property>\n      <property name="Password" value="${ENV=APP_DB_PASSWORD}"></property>\n    </jdbc-connection-pool>\n    <jdbc-resource pool-name="MeldpuntBatchPool" jndi-name="jdbc/meldpunt-batch"></jdbc-resource>'
  sed -i -E "s#^([[:space:]]*)</resources>#${POOL}\n\1</resources>#" "$DOMAIN_XML"
  sed -i -E 's#(<server [^>]*name="server"[^>]*>)#\1\n      <resource-ref ref="jdbc/meldpunt-batch"></resource-ref>#' "$DOMAIN_XML"
fi
BATCH_CONFIG='<batch-runtime-configuration data-source-lookup-name="jdbc/meldpunt-batch" schema-name="batch"></batch-runtime-configuration>'
if grep -q '<batch-runtime-configuration></batch-runtime-configuration>' "$DOMAIN_XML"; then
  sed -i "s#<batch-runtime-configuration></batch-runtime-configuration>#${BATCH_CONFIG}#" "$DOMAIN_XML"
elif ! grep -q 'data-source-lookup-name="jdbc/meldpunt-batch"' "$DOMAIN_XML"; then
  sed -i -E "s#^([[:space:]]*)(<config name=\"server-config\"[^>]*>)#\1\2\n\1    ${BATCH_CONFIG}#" "$DOMAIN_XML"
fi
# - Session ids: 256 random bits (src-config/payara/session-ids/.../RandomSessionIds.java) instead of Payara's
#   28 hexadecimal digits of clock, hash code, address and two random numbers (OWASP ASVS 7.2.3). Compiled against
#   this server's own interface, put into the domain's lib/ and named in every config's session manager.
LIB="$PAYARA/glassfish/domains/domain1/lib"
BUILD="$(mktemp -d)"
javac --release 17 -nowarn -cp "$PAYARA/glassfish/modules/common-util.jar" -d "$BUILD" \
  "$HERE/../payara/session-ids/nl/meldpunt/payara/RandomSessionIds.java"
mkdir -p "$LIB"
jar --create --file "$LIB/meldpunt-session-ids.jar" -C "$BUILD" .
rm -rf "$BUILD"
GENERATOR='session-id-generator-classname="nl.meldpunt.payara.RandomSessionIds"'
sed -i -E "s#<manager-properties ?/>|<manager-properties></manager-properties>#<manager-properties ${GENERATOR}></manager-properties>#" "$DOMAIN_XML"
sed -i -E "s#<manager-properties>#<manager-properties ${GENERATOR}>#" "$DOMAIN_XML"
# A fresh domain has no web-container element in server-config (Payara writes it at its first start).
if ! sed -n '/<config name="server-config"/,/<\/config>/p' "$DOMAIN_XML" | grep -q 'session-id-generator-classname'; then
  WEB="<web-container><session-config><session-manager><manager-properties ${GENERATOR}></manager-properties></session-manager></session-config></web-container>"
  sed -i -E "s#^([[:space:]]*)(<config name=\"server-config\"[^>]*>)#\1\2\n\1    ${WEB}#" "$DOMAIN_XML"
fi
# - No metrics for anyone who asks: MicroProfile Metrics answers /metrics on the public listener, without a login
#   (connection pools, request counts, the JVM). How busy a reporting point is, and when, is nobody's business
#   outside the server (found by scan.sh's second run).
if grep -q '<microprofile-metrics-configuration' "$DOMAIN_XML"; then
  sed -i -E '/<microprofile-metrics-configuration/{s/ enabled="[a-z]*"//;s#<microprofile-metrics-configuration#<microprofile-metrics-configuration enabled="false"#}' "$DOMAIN_XML"
else
  sed -i -E 's#^([[:space:]]*)(<config name="server-config"[^>]*>)#\1\2\n\1    <microprofile-metrics-configuration enabled="false"></microprofile-metrics-configuration>#' "$DOMAIN_XML"
fi
# - No phone home: Payara would send its version, the JVM's, the uptime and the number of servers to Payara's site
#   every day. A confidential reporting point makes no outbound connection but to its database and mail server.
if grep -q '<phone-home-runtime-configuration' "$DOMAIN_XML"; then
  sed -i -E '/<phone-home-runtime-configuration/{s/ enabled="[a-z]*"//;s#<phone-home-runtime-configuration#<phone-home-runtime-configuration enabled="false"#}' "$DOMAIN_XML"
else
  sed -i -E 's#^([[:space:]]*)(<config name="server-config"[^>]*>)#\1\2\n\1    <phone-home-runtime-configuration enabled="false"></phone-home-runtime-configuration>#' "$DOMAIN_XML"
fi
