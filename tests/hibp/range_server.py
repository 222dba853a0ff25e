#!/usr/bin/env python3
"""A local stand-in for the Pwned Passwords range API (tests/breach.rs).

    range_server.py MODE DATA LOG [CERT KEY]

Listens on 127.0.0.1 at a free port and prints the port as the first line of stdout.
GET /range/PREFIX answers as api.pwnedpasswords.com documents it: one SUFFIX:COUNT line
(35 upper-case hex digits) per hash of DATA (HASH:COUNT lines, 40 hex digits) starting
with PREFIX, CRLF line ends, and with `Add-Padding: true` also padding lines of count 0
(random suffixes) up to 800 lines in all. Each request is appended to LOG as
"PATH<TAB>ADD-PADDING<TAB>USER-AGENT".

MODE changes the answer: ok (as above), 404, 500, huge (3 MiB of valid lines), stall
(reads the request, then never answers). With CERT and KEY (PEM files) it speaks HTTPS.
"""

import http.server
import secrets
import ssl
import sys
import time

MODE, DATA, LOG = sys.argv[1], sys.argv[2], sys.argv[3]


def load(path):
    entries = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                hash_hex, count = line.split(":")
                entries.append((hash_hex.upper(), int(count)))
    return entries


ENTRIES = load(DATA)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        with open(LOG, "a") as log:
            log.write("%s\t%s\t%s\n" % (
                self.path,
                self.headers.get("Add-Padding", ""),
                self.headers.get("User-Agent", ""),
            ))
        if MODE == "stall":
            time.sleep(60)
            return
        if MODE in ("404", "500"):
            self.send_error(int(MODE))
            return
        if MODE == "huge":
            line = ("0" * 35 + ":1\r\n").encode()
            body = line * (3 * 1024 * 1024 // len(line) + 1)
        else:
            if not self.path.startswith("/range/") or len(self.path) != len("/range/") + 5:
                self.send_error(400)
                return
            prefix = self.path[len("/range/"):].upper()
            lines = ["%s:%d" % (h[5:], c) for h, c in ENTRIES if h.startswith(prefix)]
            if self.headers.get("Add-Padding", "").lower() == "true":
                while len(lines) < 800:
                    lines.append("%s:0" % secrets.token_hex(18)[:35].upper())
                lines.sort()
            body = "\r\n".join(lines).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
if len(sys.argv) > 5:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(sys.argv[4], sys.argv[5])
    server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
server.serve_forever()
