"""Serial transport (RS-232 or a USB virtual COM port) through pyserial, opened exclusively."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import serial

from devices.errors import DeviceError, DeviceProblem, PrinterError
from devices.serial_framing import pyserial_options
from devices.transports.base import error_from_oserror


class _SerialConnection:
    def __init__(self, port: Any, transport: SerialTransport) -> None:
        self._port = port
        self._transport = transport

    def write(self, data: bytes) -> None:
        """Send all of `data`."""
        try:
            self._port.write(data)
            self._port.flush()
        except serial.SerialTimeoutException as exc:
            raise self._transport.timed_out() from exc
        except (serial.SerialException, OSError) as exc:
            raise self._transport.failure(exc, "printing") from exc

    def read(self, size: int, timeout_s: float) -> bytes:
        """Return up to `size` bytes sent back, b'' if none came in time."""
        self._port.timeout = timeout_s
        try:
            return bytes(self._port.read(size))
        except (serial.SerialException, OSError) as exc:
            raise self._transport.failure(exc, "reading its status") from exc


class SerialTransport:
    """Writes bytes to a serial port given as a device path or a pyserial URL."""

    def __init__(
        self,
        url: str,
        *,
        baudrate: int = 9600,
        bytesize: int = 8,
        parity: str = "N",
        stopbits: str = "1",
        timeout_s: float = 3.0,
        device: str = "receipt printer",
        error: type[DeviceError] = PrinterError,
    ) -> None:
        self.url = url
        self.timeout_s = timeout_s
        self.label = f"{device} on {url}"
        self._options = pyserial_options(baudrate, bytesize, parity, stopbits)
        self._error = error

    @contextmanager
    def open(self) -> Iterator[_SerialConnection]:
        """Open the port exclusively, hand out the connection, then close it."""
        try:
            port = serial.serial_for_url(
                self.url,
                do_not_open=True,
                timeout=self.timeout_s,
                write_timeout=self.timeout_s,
                exclusive=True,
                **self._options,
            )
            port.open()
        except (serial.SerialException, OSError, ValueError) as exc:
            raise self.failure(exc, "opening the port") from exc
        try:
            yield _SerialConnection(port, self)
        finally:
            port.close()

    def timed_out(self) -> DeviceError:
        """The error for a write the device did not take in time."""
        return self._error(
            f"The {self.label} did not take the data within {self.timeout_s:g} s: it may be "
            "off, out of paper or have its cover open. Check it, then print again.",
            DeviceProblem.TIMEOUT,
        )

    def failure(self, exc: Exception, during: str) -> DeviceError:
        """Map a pyserial or OS error to the transport's DeviceError."""
        if isinstance(exc, ValueError):
            return self._error(
                f"The {self.label} cannot be opened with these settings ({exc}): check the port "
                "name, baud rate and framing in the device settings.",
                DeviceProblem.MISCONFIGURED,
            )
        if isinstance(exc, OSError) and exc.errno is not None:
            return error_from_oserror(self._error, self.label, exc, during=during)
        if "exclusively lock" in str(exc):
            return self._error(
                f"The {self.label} is used by another program: close it, then try again.",
                DeviceProblem.BUSY,
            )
        return self._error(
            f"The {self.label} failed while {during} ({exc}): check that it is plugged in and "
            "switched on, then try again.",
            DeviceProblem.OFFLINE,
        )
