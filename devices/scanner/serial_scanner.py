"""The serial scanner reader: a thread that reads the port and calls back with each scan.

`on_scan(ScanResult)` and `on_status(state, message)` are called on the reader thread; a UI turns
them into its own signals. Unplugging is detected (the read fails), reported as 'disconnected',
and the port is reopened when it comes back, by path or by USB identity, reported as
'reconnected': a scan made while the port was away or reopening is lost (opening a port empties
its input), so the cashier is asked to scan again. Bytes of a scan cut off by the unplugging are
reported as an incomplete read.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import serial

from devices.errors import DeviceProblem, ScannerError
from devices.ports import PortLister, list_serial_ports, scanner_port
from devices.scanner.framing import Clock
from devices.scanner.pipeline import ScanPipeline
from devices.scanner.validation import ScanResult
from devices.serial_framing import pyserial_options
from devices.settings import ScannerSettings

log = logging.getLogger(__name__)

ScanCallback = Callable[[ScanResult], None]
StatusCallback = Callable[[str, str], None]


class ScannerState(enum.StrEnum):
    """What `on_status` reports."""

    CONNECTED = "connected"
    RECONNECTED = "reconnected"
    """Connected again after the port went away: what was scanned meanwhile is lost."""
    DISCONNECTED = "disconnected"
    STOPPED = "stopped"


class SerialScanner:
    """Reads a serial (or USB virtual COM) scanner on a background thread."""

    def __init__(
        self,
        settings: ScannerSettings,
        *,
        on_scan: ScanCallback,
        on_status: StatusCallback,
        clock: Clock = time.monotonic,
        lister: PortLister = list_serial_ports,
        read_timeout_s: float = 0.02,
    ) -> None:
        if settings.kind != "serial":
            raise ScannerError(
                f"The scanner is set up as '{settings.kind}', not 'serial': choose 'serial' and "
                "its port in the device settings to read it from a serial port.",
                DeviceProblem.MISCONFIGURED,
            )
        self.settings = settings
        self._on_scan = on_scan
        self._on_status = on_status
        self._clock = clock
        self._lister = lister
        self._read_timeout_s = read_timeout_s
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_status: tuple[str, str] | None = None
        self.state = ScannerState.STOPPED

    def start(self) -> None:
        """Start the reader thread (does nothing if it is already running)."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()
        self._last_status = None
        self._thread = threading.Thread(target=self._run, name="serial-scanner", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 2.0) -> None:
        """Stop the reader thread, close the port and wait for the thread to end."""
        self._stopping.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout_s)
            if thread.is_alive():
                log.warning("the scanner thread did not stop within %.1f s", timeout_s)
        self._report(ScannerState.STOPPED, "Scanner stopped")

    @property
    def running(self) -> bool:
        """True while the reader thread runs."""
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        pipeline = ScanPipeline(self.settings, self._clock)
        was_lost = False
        while not self._stopping.is_set():
            port, where = self._open()
            if port is None:
                self._stopping.wait(self.settings.reconnect_ms / 1000)
                continue
            if was_lost:
                self._report(
                    ScannerState.RECONNECTED, f"Scanner reconnected on {where}: scan again"
                )
            else:
                self._report(ScannerState.CONNECTED, f"Scanner connected on {where}")
            try:
                reason = self._read_until_gone(port, pipeline, where)
            finally:
                port.close()
            # a scan cut off by the unplugging is reported as incomplete, never dropped
            self._deliver(pipeline.flush())
            if reason:
                was_lost = True
                self._report(ScannerState.DISCONNECTED, reason)

    def _open(self) -> tuple[Any, str]:
        where = scanner_port(self.settings, self._lister)
        if where is None:
            self._report(ScannerState.DISCONNECTED, _not_found_message(self.settings))
            return None, ""
        options = pyserial_options(
            self.settings.baudrate,
            self.settings.bytesize,
            self.settings.parity,
            self.settings.stopbits,
        )
        try:
            port = serial.serial_for_url(
                where, do_not_open=True, timeout=self._read_timeout_s, exclusive=True, **options
            )
            port.open()
        except (serial.SerialException, OSError, ValueError) as exc:
            self._report(ScannerState.DISCONNECTED, _open_failure_message(where, exc))
            return None, ""
        return port, where

    def _read_until_gone(self, port: Any, pipeline: ScanPipeline, where: str) -> str:
        """Read until stopped (returns '') or until the port fails (returns why)."""
        while not self._stopping.is_set():
            try:
                data = port.read(port.in_waiting or 1)
                if data and port.in_waiting:
                    # the rest of the burst that woke the read: one scan, one feed, one time
                    data += port.read(port.in_waiting)
            except (serial.SerialException, OSError) as exc:
                log.info("scanner port %s went away: %s", where, exc)
                return (
                    f"Scanner on {where} was disconnected: plug it back in "
                    "(it reconnects by itself)"
                )
            results = pipeline.feed(data) if data else []
            self._deliver(results + pipeline.poll())
        return ""

    def _deliver(self, results: list[ScanResult]) -> None:
        for result in results:
            try:
                self._on_scan(result)
            except Exception:  # a failing callback must not kill the reader
                log.exception("on_scan callback failed for %r", result)

    def _report(self, state: ScannerState, message: str) -> None:
        self.state = state
        if self._last_status == (state, message):
            return
        self._last_status = (state, message)
        try:
            self._on_status(state.value, message)
        except Exception:
            log.exception("on_status callback failed for %s", state)


def _not_found_message(settings: ScannerSettings) -> str:
    if settings.usb_vid is not None:
        ident = f"USB {settings.usb_vid:04x}:{settings.usb_pid or 0:04x}"
        return f"Scanner {ident} is not plugged in: plug it in (it connects by itself)"
    return "No scanner port is configured: choose the scanner's port in the device settings"


def _open_failure_message(where: str, exc: Exception) -> str:
    text = str(exc)
    if "exclusively lock" in text:
        return f"Scanner port {where} is used by another program: close it to use the scanner"
    if "ermission denied" in text:
        return (
            f"No permission to open the scanner on {where}: on Linux add this user to the "
            "'dialout' group and log in again"
        )
    if isinstance(exc, ValueError):
        return f"Scanner settings are not valid for {where} ({exc}): check baud rate and framing"
    return f"Scanner not found on {where}: plug it in (it connects by itself)"
