"""Raw TCP printing (port 9100, "JetDirect"), the usual way to reach a network receipt printer."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from devices.errors import DeviceError, DeviceProblem, PrinterError
from devices.transports.base import error_from_oserror


class _TcpConnection:
    def __init__(self, sock: socket.socket, transport: TcpTransport) -> None:
        self._sock = sock
        self._transport = transport

    def write(self, data: bytes) -> None:
        """Send all of `data`."""
        try:
            self._sock.sendall(data)
        except OSError as exc:
            raise self._transport.failure(exc, "printing") from exc

    def read(self, size: int, timeout_s: float) -> bytes:
        """Return up to `size` bytes sent back, b'' if none came in time."""
        self._sock.settimeout(timeout_s)
        try:
            return self._sock.recv(size)
        except TimeoutError:
            return b""
        except OSError as exc:
            raise self._transport.failure(exc, "reading its status") from exc
        finally:
            self._sock.settimeout(self._transport.timeout_s)


class TcpTransport:
    """Sends bytes to host:port over TCP, one connection per job, with a short timeout."""

    def __init__(
        self,
        host: str,
        port: int = 9100,
        *,
        timeout_s: float = 3.0,
        device: str = "receipt printer",
        error: type[DeviceError] = PrinterError,
    ) -> None:
        self.host = host
        self.port = port
        self.timeout_s = timeout_s
        self.label = f"{device} at {host}:{port}"
        self._error = error

    @contextmanager
    def open(self) -> Iterator[_TcpConnection]:
        """Connect, hand out the connection, then close it cleanly."""
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout_s)
        except OSError as exc:
            raise self.failure(exc, "connecting") from exc
        try:
            yield _TcpConnection(sock, self)
            _close_gracefully(sock)
        finally:
            sock.close()

    def failure(self, exc: OSError, during: str) -> DeviceError:
        """Map a socket error to the transport's DeviceError."""
        if isinstance(exc, ConnectionRefusedError):
            return self._error(
                f"The {self.label} refused the connection: it is off or busy. Switch it on, "
                "check its network cable and IP address, then print again.",
                DeviceProblem.OFFLINE,
            )
        if isinstance(exc, socket.gaierror):
            return self._error(
                f"The {self.label} cannot be found: '{self.host}' is not a known host name. "
                "Check the printer address in the device settings.",
                DeviceProblem.MISCONFIGURED,
            )
        return error_from_oserror(self._error, self.label, exc, during=during)


def _close_gracefully(sock: socket.socket) -> None:
    """Half-close so the printer sees the end of the job before the socket goes away."""
    with suppress(OSError):
        sock.shutdown(socket.SHUT_WR)
