"""USB printer-class transport through python-escpos's `Usb` driver (needs pyusb and libusb).

The escpos driver is used only to move bytes (`_raw`); the bytes are the ones we rendered.
Many USB receipt printers also appear as /dev/usb/lp0 (Linux) and can use `FileTransport`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from devices.errors import DeviceError, DeviceProblem, PrinterError
from devices.printer.escpos_import import import_escpos


class _UsbConnection:
    def __init__(self, printer: Any, transport: UsbTransport) -> None:
        self._printer = printer
        self._transport = transport

    def write(self, data: bytes) -> None:
        """Send all of `data`."""
        try:
            self._printer._raw(data)
        except Exception as exc:  # pyusb raises its own USBError / USBTimeoutError
            raise self._transport.failure(exc, "printing") from exc

    def read(self, size: int, timeout_s: float) -> bytes:
        """Return up to `size` bytes sent back, b'' if none came in time."""
        try:
            return bytes(self._printer._read())[:size]
        except Exception:  # a printer without a status endpoint simply says nothing
            return b""


class UsbTransport:
    """Writes bytes to a USB printer found by vendor and product id."""

    def __init__(
        self,
        vendor_id: int,
        product_id: int,
        *,
        timeout_s: float = 3.0,
        profile: str = "default",
        device: str = "receipt printer",
        error: type[DeviceError] = PrinterError,
    ) -> None:
        self.vendor_id = vendor_id
        self.product_id = product_id
        self.timeout_s = timeout_s
        self.profile = profile
        self.label = f"USB {device} {vendor_id:04x}:{product_id:04x}"
        self._error = error

    @contextmanager
    def open(self) -> Iterator[_UsbConnection]:
        """Find and claim the USB printer, hand out the connection, then release it."""
        printer = self._driver()
        try:
            printer.open()
        except Exception as exc:
            raise self.failure(exc, "opening") from exc
        try:
            yield _UsbConnection(printer, self)
        finally:
            printer.close()

    def _driver(self) -> Any:
        try:
            import usb.core  # noqa: F401 - only to tell whether pyusb is installed

            usb_driver = import_escpos("escpos.printer").Usb
        except ImportError as exc:
            raise self._error(
                "USB printing needs the 'pyusb' package and libusb: install them, or use the "
                "printer's device file (e.g. /dev/usb/lp0) with the 'file' connection.",
                DeviceProblem.MISCONFIGURED,
            ) from exc
        timeout_ms = int(self.timeout_s * 1000)
        return usb_driver(self.vendor_id, self.product_id, timeout=timeout_ms, profile=self.profile)

    def failure(self, exc: Exception, during: str) -> DeviceError:
        """Map an escpos or pyusb error to the transport's DeviceError."""
        text = str(exc).lower()
        if "timeout" in text or "timed out" in text:
            return self._error(
                f"The {self.label} did not take the data in time while {during}: it may be off, "
                "out of paper or have its cover open. Check it, then print again.",
                DeviceProblem.TIMEOUT,
            )
        if "access denied" in text or "permission" in text:
            return self._error(
                f"No permission to use the {self.label}: add a udev rule for it or run as a user "
                "in the 'lp' group.",
                DeviceProblem.NO_PERMISSION,
            )
        return self._error(
            f"The {self.label} was not found or failed while {during} ({exc}): plug it in and "
            "switch it on, then print again.",
            DeviceProblem.NOT_FOUND,
        )
