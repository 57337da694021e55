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
DOMAIN_XML="$PAYARA/glassfish/domains/domain1/config/domain.xml"
sed -i -E '/<http [^>]*default-virtual-server="server"/{/xpowered-by=/!s/<http /<http xpowered-by="false" server-header="false" /}' "$DOMAIN_XML"
MIME_TYPES="text/html,text/css,text/javascript,application/javascript,image/svg+xml,text/xml,application/xml,text/plain"
sed -i -E '/<http [^>]*default-virtual-server="server"/{/compression=/!s#<http #<http compression="on" compression-min-size-bytes="1024" compressable-mime-type="'"$MIME_TYPES"'" #}' "$DOMAIN_XML"
sed -i -E 's/<jvm-options>-Xmx512m<\/jvm-options>/<jvm-options>-Xmx1g<\/jvm-options>/' "$DOMAIN_XML"
