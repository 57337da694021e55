#!/usr/bin/env bash
# Server settings Meldpunt relies on, applied to a Payara domain before it starts (idempotent).
# Everything else (datasource, mail session, settings) the application declares itself.
set -euo pipefail
PAYARA="$1"
DOMAIN_XML="$PAYARA/glassfish/domains/domain1/config/domain.xml"
# No IP addresses in logs: keep HTTP access logging off (Payara's default), and say so explicitly.
if ! grep -q 'access-logging-enabled="false"' "$DOMAIN_XML"; then
  sed -i 's|<http-service>|<http-service access-logging-enabled="false">|' "$DOMAIN_XML"
fi
