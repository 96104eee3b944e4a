"""In-memory transport: keeps every job's bytes, or fails on demand (demo mode and tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from devices.errors import DeviceError


class _MemoryConnection:
    def __init__(self, transport: MemoryTransport) -> None:
        self._transport = transport
        self._chunks: list[bytes] = []

    def write(self, data: bytes) -> None:
        """Send all of `data`."""
        if self._transport.fail_with is not None:
            raise self._transport.fail_with
        self._chunks.append(bytes(data))

    def read(self, size: int, timeout_s: float) -> bytes:
        """Return up to `size` bytes sent back, b'' if none came in time."""
        reply, self._transport.reply = self._transport.reply[:size], self._transport.reply[size:]
        return reply

    def job(self) -> bytes:
        """Return everything written on this connection."""
        return b"".join(self._chunks)


class MemoryTransport:
    """Collects the bytes of each job in `jobs`; set `fail_with` to simulate a failure."""

    def __init__(self, label: str = "simulated device") -> None:
        self.label = label
        self.jobs: list[bytes] = []
        self.fail_with: DeviceError | None = None
        self.reply = b""

    @contextmanager
    def open(self) -> Iterator[_MemoryConnection]:
        """Open a connection; what it received becomes one job when it closes."""
        if self.fail_with is not None:
            raise self.fail_with
        connection = _MemoryConnection(self)
        try:
            yield connection
        finally:
            self.jobs.append(connection.job())

    @property
    def output(self) -> bytes:
        """Everything received so far, all jobs joined."""
        return b"".join(self.jobs)
