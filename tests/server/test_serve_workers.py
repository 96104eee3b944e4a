"""`pos-loyalty-server serve --workers N`: every worker listens on a socket of its own.

With one socket shared by all workers, the worker that happened to be awake took the
connections (ten terminals connecting at once went nine or ten to one worker of two). Here the
real command runs in its own process group; the test reads from /proc which socket each
worker listens on and which worker holds each connection, kills a worker and sees it replaced,
and stops the server with SIGTERM.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from server import workers as server_workers

pytestmark = pytest.mark.skipif(
    not server_workers.can_share_port() or not Path("/proc/net/tcp").exists(),
    reason="needs SO_REUSEPORT and Linux's /proc to see which worker holds which socket",
)

LISTEN, ESTABLISHED = "0A", "01"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _sockets(port: int, state: str, local: bool = True) -> set[int]:
    """Inodes of the IPv4 TCP sockets in `state` whose local (or remote) port is `port`."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        address = fields[1] if local else fields[2]
        if int(address.split(":")[1], 16) == port and fields[3] == state:
            inodes.add(int(fields[9]))
    return inodes


def _held_by(pid: int) -> set[int]:
    held = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            held.add(int(target[8:-1]))
    return held


def _workers(server: subprocess.Popen[bytes], port: int) -> dict[int, set[int]]:
    """Each worker process of the server and the listening sockets it holds on `port`."""
    listening = _sockets(port, LISTEN)
    found = {}
    for pid in _children(server.pid):
        held = _held_by(pid) & listening
        if held:
            found[pid] = held
    return found


def _wait_for(check: object, what: str, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {seconds:.0f} s for {what}")
        time.sleep(0.1)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    port = _free_port()
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    command = [sys.executable, "-c", "from server.cli import main; main()", "--db", url]
    command += ["serve", "--port", str(port), "--workers", "2"]
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(command, stdout=log, stderr=log, start_new_session=True)
    try:
        _wait_for(lambda: len(_workers(server, port)) == 2, "two workers listening")
        yield server, port
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()


def test_each_worker_listens_on_its_own_socket_and_takes_its_share(
    served: tuple[subprocess.Popen[bytes], int],
) -> None:
    server, port = served
    workers = _workers(server, port)
    first, second = workers.values()
    assert first.isdisjoint(second), "the workers share one listening socket"
    clients = [httpx.Client(base_url=f"http://127.0.0.1:{port}") for _ in range(40)]
    try:
        for client in clients:
            assert client.get("/health").status_code == 200
        # Every client keeps its connection open: see which worker holds its far end.
        connections = _sockets(port, ESTABLISHED)
        share = {pid: len(_held_by(pid) & connections) for pid in workers}
        assert sum(share.values()) == 40
        # The kernel spreads them by address: 40 coin tosses, never 36 or more on one side
        # unless something pins them (p < 1e-7).
        assert min(share.values()) >= 5, share
    finally:
        for client in clients:
            client.close()


def test_a_worker_that_dies_is_replaced_and_sigterm_stops_them_all(
    served: tuple[subprocess.Popen[bytes], int],
) -> None:
    server, port = served
    victim, survivor = _workers(server, port)
    os.kill(victim, signal.SIGKILL)
    _wait_for(
        lambda: len(_workers(server, port)) == 2 and victim not in _workers(server, port),
        "a new worker in place of the one killed",
    )
    assert survivor in _workers(server, port)
    with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
        assert client.get("/health").status_code == 200
    everyone = [server.pid, *_workers(server, port)]
    server.send_signal(signal.SIGTERM)
    assert server.wait(timeout=60) == 0
    _wait_for(lambda: not any(Path(f"/proc/{pid}").exists() for pid in everyone), "exit")
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)


def test_a_port_something_listens_on_is_refused_before_any_worker_starts(
    tmp_path: Path,
) -> None:
    with socket.socket() as taken:
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
        command = [sys.executable, "-c", "from server.cli import main; main()", "--db", url]
        command += ["serve", "--port", str(port), "--workers", "2"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr
    assert "serve on another --port" in done.stderr


def test_workers_that_cannot_start_stop_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    # An application that cannot be loaded: each worker exits at once. The server gives up
    # after QUICK_DEATHS of them instead of starting new ones for ever.
    monkeypatch.setattr(server_workers, "RESTART_PAUSE", 0.1)
    settings = {"app": "server.no_such_module:build", "host": "127.0.0.1", "port": _free_port()}
    handler = signal.getsignal(signal.SIGTERM)
    started = time.monotonic()
    with pytest.raises(server_workers.WorkersFailing, match="5 workers in a row stopped"):
        server_workers.run_workers(settings, 2)
    assert time.monotonic() - started < server_workers.QUICK * server_workers.QUICK_DEATHS
    assert multiprocessing.active_children() == []
    assert signal.getsignal(signal.SIGTERM) is handler
