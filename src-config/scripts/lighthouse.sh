#!/usr/bin/env bash
# Lighthouse (mobile simulation, performance only) on the reporter's and staff's entry pages of the
# running application (start it with run.sh first): the wizard, the staff login, the reporter login
# and the reporter's personal page (logged in with the demo report's case code). Prints the score and
# the main metrics per page; the full reports stay in $OUT. Needs Node.js (npx) and Chromium.
# See docs/benchmarks.md.
set -uo pipefail
LH="${LIGHTHOUSE:-npx --yes lighthouse@12}"
OUT="${OUT:-$(mktemp -d /tmp/meldpunt-lighthouse.XXXXXX)}"
mkdir -p "$OUT"
B="${MELDPUNT_URL:-http://localhost:8080}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
run() { # $1 name, $2 url, [$3 extra headers json]
  local extra=()
  [ -n "${3:-}" ] && extra=(--extra-headers="$3")
  $LH "$2" --only-categories=performance --form-factor=mobile --chrome-flags="--headless=new --no-sandbox" \
    --output=json --output-path="$OUT/$1.json" --quiet "${extra[@]}" >/dev/null 2>"$OUT/$1.err"
  node -e '
    const r=require(process.argv[1]); const a=r.audits;
    const f=(k)=>a[k]&&a[k].displayValue||"-";
    console.log(process.argv[2].padEnd(16), "perf", Math.round(r.categories.performance.score*100),
      "FCP", f("first-contentful-paint"), "LCP", f("largest-contentful-paint"), "TBT", f("total-blocking-time"),
      "CLS", f("cumulative-layout-shift"), "SI", f("speed-index"), "transfer", f("total-byte-weight"));' "$OUT/$1.json" "$1"
}
run wizard "$B/melden.xhtml?org=demo"
run staff-login "$B/staff/login.xhtml"
run reporter-login "$B/melder/login.xhtml?org=demo"
# The personal page needs a reporter's login: log in with the demo report's credentials through the
# real form (curl), then give Lighthouse the session cookie.
JAR=$(mktemp); PAGE=$(curl -s -c "$JAR" -D "$JAR.h" "$B/melder/login.xhtml?org=demo")
NONCE=$(grep -i '^content-security-policy' "$JAR.h" | sed -E "s/.*'nonce-([^']+)'.*/\1/" | tr -d '\r')
VS=$(echo "$PAGE" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)"/\1/')
ACTION=$(echo "$PAGE" | grep -o '<form id="login"[^>]*action="[^"]*"' | sed -E 's/.*action="([^"]*)"/\1/' | sed 's/&amp;/\&/g')
curl -s -b "$JAR" -c "$JAR" -o /dev/null -D "$JAR.p" "$B$ACTION" \
  --data-urlencode "login=login" --data-urlencode "login:org=demo" --data-urlencode "login:caseCode=DEMV-2345-KMPE" \
  --data-urlencode "login:password=demo-Meldpunt-2026" --data-urlencode "login:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$VS" --data-urlencode "primefaces.nonce=$NONCE"
COOKIE=$(awk '$6=="MELDPUNT_SESSION"{print $7}' "$JAR" | tail -1)
if grep -q "melder/index.xhtml" "$JAR.p"; then
  run personal-page "$B/melder/index.xhtml" "{\"Cookie\":\"MELDPUNT_SESSION=$COOKIE\"}"
else
  echo "personal-page: reporter login failed"; head -5 "$JAR.p"
fi
