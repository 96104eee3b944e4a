"""The devices at the counter, opened from the station's settings (or simulated in the demo).

The scanner reports through the `DeviceBridge`; a keyboard-wedge scanner is read by a
`WedgeFilter` on the window. `print_slip` and `show_on_display` do device I/O and are meant to be
called from the worker's threads, never from the GUI thread.

The demo opens what the settings say like any station (the demo store starts with simulated
devices; a scanner, printer or display chosen in Settings is used from the next start).

Display updates are numbered on the GUI thread in the order the counter's state changed. The
worker may run two of them at once, so one that arrives after a newer one was shown is not sent:
the display never falls back to an older state (a sale's figures after Esc).

Where a slip went is told in the app's language ("simulated printer"): translating is safe on
the worker's threads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from devices import (
    CustomerDisplay,
    KeyboardWedgeDetector,
    Paper,
    PrinterSettings,
    SerialScanner,
    SimulatedDisplay,
    SimulatedPrinter,
    SimulatedScanner,
    render_text,
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
        self.printer: SimulatedPrinter | None = None
        self.display: CustomerDisplay | None = None
        self.display_lines: tuple[str, str] = ("", "")
        self.last_slip_text = ""
        self._lock = threading.Lock()
        self._updates = 0
        self._shown = 0

    def open(self, station: Station, window: QWidget) -> None:
        """Open the devices the station describes (closing the ones open before)."""
        self.close()
        self.station = station
        self.printer = _simulated_printer(station.printer)
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
        if station.display.connection == "simulated":
            display = SimulatedDisplay(station.display.command_set)
            display.width = station.display.width
            return display
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

    @property
    def scanner_simulated(self) -> bool:
        """True if scans come from the demo panel rather than a device."""
        return isinstance(self.scanner, SimulatedScanner)

    @property
    def paper(self) -> Paper:
        """The printer's paper, which sets how wide a slip is on paper and on screen."""
        return Paper(self.station.printer.paper_mm if self.station else Paper.MM80)

    @property
    def display_width(self) -> int:
        """Characters per line of the customer display."""
        return self.display.width if self.display is not None else 20

    def print_slip(self, slip: Slip) -> str:
        """Print a slip (worker thread); return where it went; raise PrinterError if it failed."""
        self.last_slip_text = render_text(slip, self.paper)
        if self.printer is not None:
            with self._lock:
                self.printer.print_slip(slip)
            return QCoreApplication.translate("CounterDevices", "simulated printer")
        assert self.station is not None
        return print_slip(self.station, slip)

    def next_display_update(self) -> int:
        """Number the next display update (GUI thread), in the order the state changed."""
        self._updates += 1
        return self._updates

    def show_on_display(self, update: int, lines: tuple[str, str] | None) -> tuple[str, str]:
        """Show two lines, or blank the display for None (worker thread); return what it shows.

        An update older than one already shown is skipped: it no longer tells the truth.
        """
        with self._lock:
            if update < self._shown:
                return self.display_lines
            self._shown = update
            self.display_lines = ("", "") if lines is None else lines
            if self.display is not None:
                if lines is None:
                    self.display.clear()
                else:
                    self.display.show(*lines)
            return self.display_lines


def _simulated_printer(settings: PrinterSettings) -> SimulatedPrinter | None:
    """The demo's printer, at the paper width chosen in the settings (None for a real one)."""
    if settings.connection != "simulated":
        return None
    return SimulatedPrinter(paper=Paper(settings.paper_mm))
