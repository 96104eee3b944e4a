"""File or device-node transport: /dev/usb/lp0, a parallel port, or a plain file for tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from devices.errors import DeviceError, PrinterError
from devices.transports.base import error_from_oserror


class _FileConnection:
    def __init__(self, handle: BinaryIO, transport: FileTransport) -> None:
        self._handle = handle
        self._transport = transport

    def write(self, data: bytes) -> None:
        """Send all of `data`."""
        try:
            self._handle.write(data)
            self._handle.flush()
        except OSError as exc:
            raise error_from_oserror(
                self._transport.error, self._transport.label, exc, during="printing"
            ) from exc

    def read(self, size: int, timeout_s: float) -> bytes:
        """Return up to `size` bytes sent back, b'' if none came in time."""
        return b""


class FileTransport:
    """Appends bytes to a file or writes them to a printer's device node."""

    def __init__(
        self, path: str, *, device: str = "receipt printer", error: type[DeviceError] = PrinterError
    ) -> None:
        self.path = path
        self.label = f"{device} at {path}"
        self.error = error

    @contextmanager
    def open(self) -> Iterator[_FileConnection]:
        """Open the file for appending, hand out the connection, then close it."""
        try:
            handle = open(self.path, "ab", buffering=0)  # noqa: SIM115 - closed below
        except OSError as exc:
            raise error_from_oserror(self.error, self.label, exc) from exc
        try:
            yield _FileConnection(handle, self)
        finally:
            handle.close()
