"""The devices at the counter, opened from the station's settings (or simulated in the demo).

The scanner reports through the `DeviceBridge`; a keyboard-wedge scanner is read by a
`WedgeFilter` on the window. `print_slip` and `show_sale` do device I/O and are meant to be
called from the worker's threads, never from the GUI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from devices import (
    CustomerDisplay,
    KeyboardWedgeDetector,
    ScannerSettings,
    SerialScanner,
    SimulatedDisplay,
    SimulatedPrinter,
    SimulatedScanner,
    sale_lines,
)
from pos_loyalty.domain.slip import Slip
from ui.device_bridge import DeviceBridge, WedgeFilter
from ui.station import Station, print_slip


class CounterDevices:
    """Scanner, printer and customer display of one station; reopened when settings change."""

    def __init__(
        self,
        bridge: DeviceBridge,
        *,
        demo: bool,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.bridge = bridge
        self.demo = demo
        self._clock = clock
        self.station: Station | None = None
        self.scanner: SerialScanner | SimulatedScanner | None = None
        self.wedge: WedgeFilter | None = None
        self.printer = SimulatedPrinter() if demo else None
        self.display: CustomerDisplay | None = None
        self.display_lines: tuple[str, str] = ("", "")
        self._lock = threading.Lock()

    def open(self, station: Station, window: QWidget) -> None:
        """Open the devices the station describes (closing the ones open before)."""
        self.close()
        if self.demo:
            station = replace(station, scanner=ScannerSettings(kind="simulated"))
        self.station = station
        settings = station.scanner
        if settings.kind == "serial":
            self.scanner = SerialScanner(
                settings, on_scan=self.bridge.on_scan, on_status=self.bridge.on_status
            )
        elif settings.kind == "simulated":
            self.scanner = SimulatedScanner(
                settings, on_scan=self.bridge.on_scan, on_status=self.bridge.on_status
            )
        else:
            detector = KeyboardWedgeDetector.from_settings(
                settings, clock=self._clock, on_scan=self.bridge.on_scan
            )
            self.wedge = WedgeFilter(window, detector, clock=self._clock)
            self.wedge.install()
            self.bridge.on_status("connected", "keyboard")
        if self.scanner is not None:
            self.scanner.start()
        self.display = self._open_display(station)

    def _open_display(self, station: Station) -> CustomerDisplay | None:
        if self.demo or station.display.connection == "simulated":
            return SimulatedDisplay()
        if station.display.connection == "none":
            return None
        return CustomerDisplay.from_settings(station.display)

    def close(self) -> None:
        """Stop the scanner and the key watcher."""
        if self.scanner is not None:
            self.scanner.stop()
            self.scanner = None
        if self.wedge is not None:
            self.wedge.remove()
            self.wedge.deleteLater()
            self.wedge = None

    def simulate_scan(self, code: str) -> None:
        """Feed the demo scanner as if the card `code` was scanned."""
        if isinstance(self.scanner, SimulatedScanner):
            self.scanner.scan(code)

    @property
    def printer_configured(self) -> bool:
        """True if slips go somewhere (a printer, the demo printer or a PDF folder)."""
        station = self.station
        if self.printer is not None:
            return True
        return station is not None and (
            station.printer.connection != "none" or bool(station.pdf_folder)
        )

    def printer_name(self) -> str:
        """Where slips go, in a few words for the status bar."""
        station = self.station
        if self.printer is not None or station is None:
            return "simulated"
        p = station.printer
        if p.connection == "network":
            return f"{p.host}:{p.tcp_port}"
        if p.connection in ("serial", "file"):
            return p.device
        if p.connection == "none" and station.pdf_folder:
            return f"PDF {station.pdf_folder}"
        return p.connection

    def print_slip(self, slip: Slip) -> str:
        """Print a slip (worker thread); return where it went; raise PrinterError if it failed."""
        if self.printer is not None:
            with self._lock:
                self.printer.print_slip(slip)
            return "simulated printer"
        assert self.station is not None
        return print_slip(self.station, slip)

    def show_sale(
        self, first_name: str, discount: int, earned: int, balance: int, language: str
    ) -> tuple[str, str]:
        """Update the customer display (worker thread); return its two lines."""
        lines = sale_lines(first_name, discount, earned, balance, language=language)
        self.display_lines = lines
        if self.display is not None:
            with self._lock:
                self.display.show_sale(first_name, discount, earned, balance, language=language)
        return lines

    def clear_display(self) -> tuple[str, str]:
        """Blank the customer display (worker thread); return its (empty) lines."""
        self.display_lines = ("", "")
        if self.display is not None:
            with self._lock:
                self.display.clear()
        return self.display_lines
