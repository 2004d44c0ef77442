#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A minimal server-to-server client for comparison: STARTTLS, then Server Dialback
(XEP-0220 with XEP-0185 keys) against a real server on 127.0.0.1, with its own authoritative
server answering the server's <db:verify/> and checking the server's own dialback key over a
verify connection -- the same exchange the inspector makes, with nothing recorded and no
checks beyond what the protocol needs. Prints the milliseconds from connect to the verdict.

  reference_dialback.py HOST PORT FROM TO AUTHORITATIVE_PORT CA_FILE [RUNS]
"""
import hashlib
import hmac
import re
import secrets
import socket
import ssl
import sys
import threading
import time

HOST, PORT, FROM, TO, AS_PORT, CA = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6]
RUNS = int(sys.argv[7]) if len(sys.argv) > 7 else 1
SECRET_HASH = hashlib.sha256(secrets.token_bytes(32)).hexdigest().encode()
TIMEOUT = 10


def key(receiving, originating, stream_id):
    text = f"{receiving} {originating} {stream_id}".encode()
    return hmac.new(SECRET_HASH, text, hashlib.sha256).hexdigest()


def header(frm, to, stream_id=None):
    sid = f" id='{stream_id}'" if stream_id else ""
    return (f"<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
            f"xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback' "
            f"from='{frm}' to='{to}' version='1.0'{sid}>").encode()


class Stream:
    """Reads until a pattern appears in what the peer sent since the last match."""

    def __init__(self, sock):
        self.sock = sock
        self.buf = ""

    def send(self, data):
        self.sock.sendall(data)

    def wait(self, pattern):
        rx = re.compile(pattern, re.S)
        while True:
            m = rx.search(self.buf)
            if m:
                self.buf = self.buf[m.end():]
                return m
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError(f"closed while waiting for {pattern}")
            self.buf += chunk.decode("utf-8", "replace")


def verify_with(origin, their_key, stream_id):
    """As the receiving side of the back-connection: ask the server's authoritative role."""
    raw = socket.create_connection((HOST, PORT), timeout=TIMEOUT)
    s = Stream(raw)
    s.send(header(FROM, origin))
    m = s.wait(r"<stream:features>.*?</stream:features>|<stream:features/>")
    if "urn:ietf:params:xml:ns:xmpp-tls" in m.group(0):  # like the inspector: TLS when offered
        s.send(b"<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
        s.wait(r"<proceed[^>]*/>")
        s = Stream(ssl.create_default_context(cafile=CA).wrap_socket(raw, server_hostname=origin))
        s.send(header(FROM, origin))
        s.wait(r"</stream:features>|<stream:features/>")
    s.send(f"<db:verify from='{FROM}' to='{origin}' id='{stream_id}'>{their_key}</db:verify>".encode())
    m = s.wait(r"<db:verify[^>]*type=['\"](\w+)['\"]")
    s.send(b"</stream:stream>")
    s.sock.close()
    return m.group(1)


def serve_back_connection(conn):
    """The server connects back to our domain: answer its <db:verify/> for our key, and
    check its own <db:result/> through a verify connection."""
    s = Stream(conn)
    try:
        m = s.wait(r"<stream:stream[^>]*>")
        origin = re.search(r"from=['\"]([^'\"]+)", m.group(0)).group(1)
        sid = secrets.token_hex(8)
        s.send(header(FROM, origin, sid)
               + b"<stream:features><dialback xmlns='urn:xmpp:features:dialback'/></stream:features>")
        while True:
            m = s.wait(r"<db:(verify|result)([^>]*)>([^<]*)</db:\1>|</stream:stream>")
            if m.group(0) == "</stream:stream>":
                break
            attrs = dict(re.findall(r"(\w+)=['\"]([^'\"]*)['\"]", m.group(2)))
            if m.group(1) == "verify":
                ok = hmac.compare_digest(m.group(3).strip(), key(attrs["from"], attrs["to"], attrs["id"]))
                s.send(f"<db:verify from='{FROM}' to='{attrs['from']}' id='{attrs['id']}' "
                       f"type='{'valid' if ok else 'invalid'}'/>".encode())
            else:
                verdict = verify_with(attrs["from"], m.group(3).strip(), sid)
                s.send(f"<db:result from='{FROM}' to='{attrs['from']}' type='{verdict}'/>".encode())
    except (ConnectionError, OSError):
        pass
    finally:
        conn.close()


def authoritative_server():
    listener = socket.create_server(("127.0.0.1", AS_PORT), reuse_port=False)
    listener.settimeout(0.2)
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except socket.timeout:
            continue
        conn.settimeout(TIMEOUT)
        threading.Thread(target=serve_back_connection, args=(conn,), daemon=True).start()
    listener.close()


def session():
    tls = ssl.create_default_context(cafile=CA)
    start = time.perf_counter()
    raw = socket.create_connection((HOST, PORT), timeout=TIMEOUT)
    s = Stream(raw)
    s.send(header(FROM, TO))
    s.wait(r"</stream:features>")
    s.send(b"<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
    s.wait(r"<proceed[^>]*/>")
    s = Stream(tls.wrap_socket(raw, server_hostname=TO))
    s.send(header(FROM, TO))
    m = s.wait(r"<stream:stream[^>]*>")
    sid = re.search(r"\sid=['\"]([^'\"]+)", m.group(0)).group(1)
    s.wait(r"</stream:features>")
    s.send(f"<db:result from='{FROM}' to='{TO}'>{key(TO, FROM, sid)}</db:result>".encode())
    m = s.wait(r"<db:result[^>]*type=['\"](\w+)['\"]")
    elapsed = (time.perf_counter() - start) * 1000
    s.send(b"</stream:stream>")
    s.sock.close()
    return m.group(1), elapsed


stop = threading.Event()
server = threading.Thread(target=authoritative_server, daemon=True)
server.start()
time.sleep(0.1)
failed = False
for _ in range(RUNS):
    verdict, ms = session()
    print(f"{verdict} {ms:.1f}")
    failed |= verdict != "valid"
    time.sleep(0.2)  # the server closes its idle back-connection streams in the meantime
stop.set()
server.join()
sys.exit(1 if failed else 0)
