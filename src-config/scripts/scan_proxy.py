#!/usr/bin/env python3
"""A reverse proxy on loopback that lets security scanners post JSF forms the way a browser does.

PrimeFaces refuses a postback that lacks the page's script nonce (the hidden field `primefaces.nonce`, which its
script `PrimeFaces.csp.init(nonce)` adds to every form in a browser). Scanners run no script, so without help
every POST they send is refused before a single field is read, and only GET parameters get attacked. This proxy
does the browser's part and nothing else:

- in every HTML answer it adds the hidden field, with the nonce of that answer's Content-Security-Policy header,
  to each form, and remembers which nonce belongs to which JSF view state;
- in every form post it sets `primefaces.nonce` to the nonce of the view state posted (sqlmap fetches a fresh
  view state for each request; the nonce must belong to it), so that the fields themselves reach the application.

Usage: scan_proxy.py LISTEN_PORT TARGET_PORT   (both on 127.0.0.1; the Host header passes unchanged)
"""
import collections
import html
import http.client
import http.server
import re
import sys
import threading
import urllib.parse

NONCE_FIELD = "primefaces.nonce"
CSP_NONCE = re.compile(r"'nonce-([^']+)'")
VIEW_STATE_INPUT = re.compile(rb'<input[^>]*name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"', re.I)
FORM_END = re.compile(rb"</form>", re.I)
# Headers that belong to one connection, or that this proxy sets itself.
HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "trailers",
       "transfer-encoding", "upgrade", "content-length", "accept-encoding"}
MAX_VIEWS = 50_000


class Views:
    """view state -> nonce, the most recent MAX_VIEWS."""

    def __init__(self):
        self.lock = threading.Lock()
        self.nonces = collections.OrderedDict()

    def remember(self, view_state, nonce):
        with self.lock:
            self.nonces[view_state] = nonce
            self.nonces.move_to_end(view_state)
            while len(self.nonces) > MAX_VIEWS:
                self.nonces.popitem(last=False)

    def nonce_of(self, view_state):
        with self.lock:
            return self.nonces.get(view_state)


VIEWS = Views()


def with_nonce_in_forms(page, nonce):
    field = ('<input type="hidden" name="%s" value="%s"/></form>' % (NONCE_FIELD, nonce)).encode("ascii")
    return FORM_END.sub(lambda _: field, page)


def urlencoded_with_nonce(body):
    text = body.decode("latin-1")
    pairs = text.split("&")
    view_state = None
    for pair in pairs:
        name, _, value = pair.partition("=")
        if urllib.parse.unquote_plus(name) == "jakarta.faces.ViewState":
            view_state = urllib.parse.unquote_plus(value)
    nonce = VIEWS.nonce_of(view_state) if view_state is not None else None
    if nonce is None:
        return body
    kept = [pair for pair in pairs if urllib.parse.unquote_plus(pair.partition("=")[0]) != NONCE_FIELD]
    kept.append(NONCE_FIELD + "=" + urllib.parse.quote_plus(nonce))
    return "&".join(kept).encode("latin-1")


def multipart_with_nonce(body):
    view_state = re.search(rb'name="jakarta\.faces\.ViewState"\r\n\r\n([^\r]*)\r\n', body)
    nonce = VIEWS.nonce_of(view_state.group(1).decode("latin-1")) if view_state else None
    if nonce is None:
        return body
    return re.sub(rb'(name="primefaces\.nonce"\r\n\r\n)[^\r]*(\r\n)',
                  lambda m: m.group(1) + nonce.encode("ascii") + m.group(2), body)


class Proxy(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    target_port = 8080
    listen_port = 8090

    def log_message(self, fmt, *args):
        pass

    def forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        content_type = self.headers.get("Content-Type") or ""
        if body and content_type.startswith("application/x-www-form-urlencoded"):
            body = urlencoded_with_nonce(body)
        elif body and content_type.startswith("multipart/form-data"):
            body = multipart_with_nonce(body)
        headers = {name: value for name, value in self.headers.items() if name.lower() not in HOP}
        if body is not None:
            headers["Content-Length"] = str(len(body))
        upstream = http.client.HTTPConnection("127.0.0.1", self.target_port, timeout=300)
        try:
            upstream.request(self.command, self.path, body=body, headers=headers)
            answer = upstream.getresponse()
            data = answer.read()
        except (OSError, http.client.HTTPException) as e:
            self.send_error(502, "upstream: %s" % e)
            return
        finally:
            upstream.close()
        nonce = CSP_NONCE.search(answer.getheader("Content-Security-Policy") or "")
        if nonce and "html" in (answer.getheader("Content-Type") or ""):
            for view_state in VIEW_STATE_INPUT.findall(data):
                VIEWS.remember(html.unescape(view_state.decode("latin-1")), nonce.group(1))
            data = with_nonce_in_forms(data, nonce.group(1))
        self.send_response(answer.status, answer.reason)
        for name, value in answer.getheaders():
            if name.lower() in HOP:
                continue
            if name.lower() == "location":
                value = value.replace(":%d/" % self.target_port, ":%d/" % self.listen_port)
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = do_OPTIONS = do_PATCH = do_TRACE = forward


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # Scanners drop kept-alive connections all the time; anything else is worth a line.
        error = sys.exc_info()[1]
        if not isinstance(error, (ConnectionResetError, BrokenPipeError)):
            print("scan_proxy: %r" % (error,), file=sys.stderr)


def main():
    listen, target = int(sys.argv[1]), int(sys.argv[2])
    Proxy.listen_port, Proxy.target_port = listen, target
    server = Server(("127.0.0.1", listen), Proxy)
    server.serve_forever()


if __name__ == "__main__":
    main()
