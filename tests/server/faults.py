"""A TCP proxy on 127.0.0.1 that misbehaves on purpose, one HTTP request per connection.

Each connection carries one request (the clients it serves keep no connections alive). The
proxy reads the request, then, as `plan()` decides: forwards it; drops the connection before
forwarding; forwards it and cuts the answer after the server committed; delays it; or sends
it to the server twice at once and answers with the first reply.
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable

import httpx

FAULTS = ("forward", "drop", "cut", "delay", "duplicate")


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\nConnection: close\r\n\r\n" + body


def _exchange(upstream: tuple[str, int], request: bytes) -> bytes:
    with socket.create_connection(upstream, timeout=30) as conn:
        conn.sendall(request)
        reply = b""
        while chunk := conn.recv(65536):
            reply += chunk
        return reply


class FaultyProxy:
    """Listens on 127.0.0.1 and relays to `upstream` with faults chosen by a seeded plan."""

    def __init__(
        self, upstream_port: int, seed: int = 0, weights: dict[str, int] | None = None
    ) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.random = random.Random(seed)
        self.weights = weights or {"forward": 4, "drop": 1, "cut": 2, "delay": 1, "duplicate": 2}
        self.healthy = False
        self.seen: Counter[str] = Counter()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        """The proxy's base URL."""
        return f"http://127.0.0.1:{self.port}"

    def plan(self) -> str:
        """The fault for the next request."""
        with self._lock:
            if self.healthy:
                return "forward"
            kinds, weights = zip(*self.weights.items(), strict=True)
            return self.random.choices(kinds, weights)[0]

    def close(self) -> None:
        """Stop accepting connections."""
        self._closed = True
        self._sock.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            request = _read_request(conn)
            fault = self.plan()
            self.seen[fault] += 1
            if fault == "drop" or not request:
                return
            if fault == "delay":
                time.sleep(self.random.uniform(0.05, 0.3))
            if fault == "duplicate":
                twin = threading.Thread(target=self._quietly, args=(request,), daemon=True)
                twin.start()
            try:
                reply = _exchange(self.upstream, request)
            except OSError:
                return
            if fault == "cut":
                conn.sendall(reply[: len(reply) // 3])
                return
            conn.sendall(reply)

    def _quietly(self, request: bytes) -> None:
        with contextlib.suppress(OSError):
            _exchange(self.upstream, request)


def one_shot_transport() -> httpx.HTTPTransport:
    """An httpx transport that opens a new connection for every request."""
    return httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))


def retry(action: Callable[[], object], attempts: int) -> int:
    """Call `action` until it succeeds; return the failures it took (bounded)."""
    from sync import SyncError

    for failures in range(attempts):
        try:
            action()
            return failures
        except SyncError:
            continue
    raise AssertionError(f"no success in {attempts} attempts")
