"""Stand-ins for devices: a pty pair as a serial device, a TCP server as a network printer, and
a recorder of scanner callbacks that tests wait on without sleeping."""

from __future__ import annotations

import os
import queue
import select
import socket
import threading
from pathlib import Path

from devices.scanner.validation import ScanResult

WAIT_S = 2.0


class FakeSerialDevice:
    """A pty pair reachable through a symlink, like /dev/serial/by-id/...; unplug and replug it."""

    def __init__(self, link: Path) -> None:
        self.link = link
        self.master = -1
        self.plug_in()

    def plug_in(self) -> None:
        """Create a new pty and point the link at its slave end."""
        master, slave = os.openpty()
        slave_path = os.ttyname(slave)
        os.close(slave)
        temporary = self.link.with_name(self.link.name + ".new")
        temporary.unlink(missing_ok=True)
        temporary.symlink_to(slave_path)
        os.replace(temporary, self.link)
        self.master = master

    def unplug(self) -> None:
        """Close the master end: the slave reports a hang-up, like a pulled USB cable."""
        if self.master >= 0:
            os.close(self.master)
            self.master = -1

    def write(self, data: bytes) -> None:
        os.write(self.master, data)

    def read_available(self, size: int, timeout_s: float = WAIT_S) -> bytes:
        """Read what the program sent to the device, waiting until `size` bytes or the timeout."""
        out = b""
        while len(out) < size:
            ready, _, _ = select.select([self.master], [], [], timeout_s)
            if not ready:
                break
            out += os.read(self.master, size - len(out))
        return out


class Events:
    """Collects the callbacks of a scanner so tests can wait for them without sleeping."""

    def __init__(self) -> None:
        self.scans: queue.Queue[ScanResult] = queue.Queue()
        self.statuses: queue.Queue[tuple[str, str]] = queue.Queue()

    def on_scan(self, result: ScanResult) -> None:
        self.scans.put(result)

    def on_status(self, state: str, message: str) -> None:
        self.statuses.put((state, message))

    def next_scan(self, timeout_s: float = WAIT_S) -> ScanResult:
        return self.scans.get(timeout=timeout_s)

    def wait_for(self, state: str, timeout_s: float = WAIT_S) -> str:
        """Return the message of the next status `state`, skipping others."""
        while True:
            got, message = self.statuses.get(timeout=timeout_s)
            if got == state:
                return message


class PrinterServer:
    """A TCP server on 127.0.0.1 that collects what each connection sent, like a 9100 printer."""

    def __init__(self, status_reply: bytes = b"") -> None:
        self.status_reply = status_reply
        self.jobs: queue.Queue[bytes] = queue.Queue()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.1)
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            with conn:
                self.jobs.put(self._collect(conn))

    def _collect(self, conn: socket.socket) -> bytes:
        conn.settimeout(WAIT_S)
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
            if self.status_reply and data.endswith(b"\x10\x04\x04"):
                conn.sendall(self.status_reply)
        return data

    def next_job(self, timeout_s: float = WAIT_S) -> bytes:
        return self.jobs.get(timeout=timeout_s)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(WAIT_S)
        self._sock.close()
