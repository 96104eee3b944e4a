"""Serving the API from several worker processes, each listening on a socket of its own.

uvicorn's own workers share one listening socket, and the worker that is awake when a terminal
connects takes the connection: ten terminals connecting at once often all went to one of two
workers (19 of 20 pushes on one, in two runs of four), so one core worked while the other
idled. Here every worker opens its own socket on the same address with `SO_REUSEPORT`, and
the kernel hands each new connection to one of them by the connection's addresses, whichever
is awake.

The parent only watches: it starts the workers, starts a new one when one dies, and stops
them all on SIGINT or SIGTERM. Without `SO_REUSEPORT` (not Linux or a BSD) or with one
worker, uvicorn serves as usual.
"""

from __future__ import annotations

import errno
import logging
import multiprocessing
import signal
import socket
import time
from typing import Any

import uvicorn

BACKLOG = 2048
"""Connections the kernel queues for a worker before it accepts them (uvicorn's default)."""
RESTART_PAUSE = 1.0
"""Seconds between starting a worker again after one died (a worker failing at once, as on a
database that refuses it, does not spin)."""
QUICK = 30.0
QUICK_DEATHS = 5
"""Workers that die within QUICK seconds of starting, this many in a row, stop the server."""
STOP_WAIT = 30.0
"""Seconds a worker has to finish its requests after SIGTERM before it is killed."""

log = logging.getLogger("uvicorn.error")


def can_share_port() -> bool:
    """Whether this system gives each worker a socket of its own on one port."""
    return hasattr(socket, "SO_REUSEPORT")


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket listening on host:port that other sockets with `SO_REUSEPORT` may share."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(address)
        sock.listen(BACKLOG)
    except OSError:
        sock.close()
        raise
    return sock


def check_port(host: str, port: int) -> None:
    """Raise OSError if the workers could not listen on host:port, or if something listens
    there already (with `SO_REUSEPORT` a second server of the same user could otherwise
    share the port, and the terminals' requests would be split between the two)."""
    target = "127.0.0.1" if host in ("", "0.0.0.0") else "::1" if host == "::" else host
    try:
        with socket.create_connection((target, port), timeout=1):
            pass
    except OSError:
        listening_socket(host, port).close()
        return
    raise OSError(errno.EADDRINUSE, f"something already listens on port {port}")


def _work(settings: dict[str, Any]) -> None:
    """One worker: its own socket, one uvicorn server on it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the workers with SIGTERM
    sock = listening_socket(settings["host"], settings["port"])
    uvicorn.Server(uvicorn.Config(**settings)).run(sockets=[sock])


class WorkersFailing(RuntimeError):
    """Workers died one after another soon after starting: serving cannot go on."""


def run_workers(settings: dict[str, Any], workers: int) -> None:
    """Serve with `workers` processes until SIGINT or SIGTERM; `settings` are uvicorn.Config's.

    A worker that dies is replaced; if `QUICK_DEATHS` die in a row within `QUICK` seconds of
    their start (an application that cannot start), all are stopped and WorkersFailing raised,
    so the service manager sees the failure instead of a server that never answers.
    """
    uvicorn.Config(**settings)  # sets up uvicorn's logging here too (a worker's death is logged)
    context = multiprocessing.get_context("spawn")
    stopping = False

    def stop(signum: int, _frame: Any) -> None:
        nonlocal stopping
        stopping = True

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}

    def start() -> tuple[Any, float]:
        process = context.Process(target=_work, args=(settings,), daemon=False)
        process.start()
        return process, time.monotonic()

    processes = [start() for _ in range(workers)]
    log.info(
        "Serving on http://%s:%d with %d workers, each on its own socket (press CTRL+C to quit)",
        settings["host"],
        settings["port"],
        workers,
    )
    quick_deaths = 0
    try:
        while not stopping:
            time.sleep(0.2)
            for index, (process, started) in enumerate(processes):
                if process.is_alive() or stopping:
                    continue
                lived = time.monotonic() - started
                quick_deaths = quick_deaths + 1 if lived < QUICK else 0
                if quick_deaths >= QUICK_DEATHS:
                    raise WorkersFailing(
                        f"{quick_deaths} workers in a row stopped within {QUICK:.0f} s of "
                        f"starting (the last with exit code {process.exitcode}): see the "
                        "errors above"
                    )
                log.warning(
                    "worker %s stopped (exit code %s) after %.0f s; starting another",
                    process.pid,
                    process.exitcode,
                    lived,
                )
                time.sleep(RESTART_PAUSE)
                processes[index] = start()
    finally:
        for process, _ in processes:
            if process.is_alive():
                process.terminate()
        deadline = time.monotonic() + STOP_WAIT
        for process, _ in processes:
            process.join(max(deadline - time.monotonic(), 0.1))
            if process.is_alive():
                process.kill()
                process.join()
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def serve(settings: dict[str, Any], workers: int) -> None:
    """Serve with `workers` processes, each on its own socket where the system allows it.

    Raises OSError (before any worker starts) if host:port cannot be listened on.
    """
    if workers == 1 or not can_share_port():
        uvicorn.run(**settings, workers=workers)
        return
    check_port(settings["host"], settings["port"])
    run_workers(settings, workers)
