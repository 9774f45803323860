#!/usr/bin/env python3
"""Hold many connections open against a server on 127.0.0.1, bounded in time.

  idle N SECONDS PORT       open N keep-alive connections, one GET each, then hold them idle
  slowloris N SECONDS PORT  open N connections that trickle header bytes (one line per second),
                            reconnecting whenever the server closes one (408), until SECONDS pass

Prints one JSON line with what happened. Only ever contacts 127.0.0.1.
"""
import json
import resource
import socket
import sys
import time

HOST = "127.0.0.1"
REQUEST = b"GET /static/app.css HTTP/1.1\r\nHost: bench\r\n\r\n"


def raise_fd_limit(needed):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < needed:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, needed), hard))


def connect(port):
    s = socket.create_connection((HOST, port), timeout=5)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def read_response(s):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = s.recv(65536)
        if not chunk:
            return None
        body += chunk
    return int(head.split(b" ")[1])


def idle(count, seconds, port):
    deadline = time.monotonic() + seconds
    conns, failures = [], 0
    started = time.monotonic()
    for _ in range(count):
        if time.monotonic() > deadline:
            break
        try:
            s = connect(port)
            s.sendall(REQUEST)
            if read_response(s) == 200:
                conns.append(s)
            else:
                failures += 1
                s.close()
        except OSError:
            failures += 1
    opened = time.monotonic() - started
    print(json.dumps({"phase": "opened", "open": len(conns), "failures": failures,
                      "seconds_to_open": round(opened, 2)}), flush=True)
    while time.monotonic() < deadline:
        time.sleep(0.2)
    alive = 0
    for s in conns:
        try:
            s.settimeout(2)
            s.sendall(REQUEST)
            if read_response(s) == 200:
                alive += 1
        except OSError:
            pass
        s.close()
    print(json.dumps({"phase": "done", "still_alive_and_answering": alive}), flush=True)


def slowloris(count, seconds, port):
    deadline = time.monotonic() + seconds
    conns = []
    opened = closed_by_server = 0

    def open_one():
        nonlocal opened
        s = connect(port)
        s.setblocking(False)
        s.send(b"GET /static/app.css HTTP/1.1\r\nHost: bench\r\n")
        opened += 1
        return s

    for _ in range(count):
        try:
            conns.append(open_one())
        except OSError:
            pass
    line = 0
    while time.monotonic() < deadline:
        time.sleep(1)
        line += 1
        for index, s in enumerate(conns):
            try:
                s.send(b"X-Slow-%d: %d\r\n" % (line, line))
                try:
                    if s.recv(4096) == b"":
                        raise OSError("closed")
                    raise OSError("answered")
                except BlockingIOError:
                    pass
            except OSError:
                closed_by_server += 1
                s.close()
                try:
                    conns[index] = open_one()
                except OSError:
                    pass
    for s in conns:
        s.close()
    print(json.dumps({"opened": opened, "closed_by_server": closed_by_server}), flush=True)


if __name__ == "__main__":
    mode, n, secs, port = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
    raise_fd_limit(n + 1024)
    {"idle": idle, "slowloris": slowloris}[mode](n, min(secs, 120), port)
