#!/usr/bin/env python3
"""Logs in to a running Meldpunt with demo data as one role and prints its session cookies as the value of a
"Cookie:" header, for the scanners (scan.sh). Staff roles use the demo password and, where the role needs one,
a TOTP code from the demo secret; "reporter" uses the demo case code and solves the login form's proof of work
as the page's script does. Standard library only.

Usage: scan_login.py <login name | reporter> [base URL, default http://localhost:8080]
"""
import base64
import hashlib
import hmac
import html.parser
import http.cookiejar
import re
import struct
import sys
import time
import urllib.parse
import urllib.request

DEMO_PASSWORD = "demo-Meldpunt-2026"
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
DEMO_CASE_CODE = "DEMV-2345-KMPE"


class LoginForm(html.parser.HTMLParser):
    """The action and the inputs of the form with id "login"."""

    def __init__(self):
        super().__init__()
        self.action = None
        self.fields = {}
        self._inside = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == "login":
            self._inside = True
            self.action = a.get("action")
        elif tag == "input" and self._inside and a.get("name"):
            self.fields[a["name"]] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._inside = False


def totp(secret, at=None):
    """RFC 6238, as the server checks it: HMAC-SHA1, 6 digits, 30-second steps."""
    step = int((at or time.time()) // 30)
    digest = hmac.new(base64.b32decode(secret), struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


def solve(challenge):
    """The first n with SHA-256(challenge + ":" + n) starting with the asked zero bits (expiry.bits.random.hmac)."""
    bits = int(challenge.split(".")[1])
    n = 0
    while True:
        head = int.from_bytes(hashlib.sha256(("%s:%d" % (challenge, n)).encode()).digest()[:4], "big")
        if head >> (32 - bits) == 0:
            return str(n)
        n += 1


def login(who, base):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = "/melder/login.xhtml?org=demo" if who == "reporter" else "/staff/login.xhtml"
    with opener.open(base + page) as answer:
        csp = answer.headers.get("Content-Security-Policy", "")
        form = LoginForm()
        form.feed(answer.read().decode("utf-8"))
    fields = dict(form.fields)
    if who == "reporter":
        fields.update({"login:caseCode": DEMO_CASE_CODE, "login:password": DEMO_PASSWORD})
        fields["login:solution"] = solve(fields["login:challenge"])
    else:
        fields.update({"login:username": who, "login:password": DEMO_PASSWORD, "login:code": totp(DEMO_TOTP_SECRET)})
    fields["login:submit"] = ""
    nonce = re.search(r"'nonce-([^']+)'", csp)
    if nonce:
        fields["primefaces.nonce"] = nonce.group(1)
    body = urllib.parse.urlencode(fields).encode()
    with opener.open(urllib.parse.urljoin(base + page, form.action), body) as answer:
        landed = answer.geturl()
    if "login.xhtml" in landed:
        sys.exit("scan_login: logging in as %s failed (still on %s)" % (who, landed))
    return "; ".join("%s=%s" % (c.name, c.value) for c in jar)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    print(login(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "http://localhost:8080"))
