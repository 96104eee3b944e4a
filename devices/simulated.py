"""Simulated devices for the demo mode: a scanner fed from code, a printer and a display in memory.

They share the interfaces of the real ones: `SimulatedScanner` calls the same `on_scan` and
`on_status` callbacks through the same pipeline (framing, validation, debounce), and
`SimulatedPrinter` is a `ReceiptPrinter` whose transport keeps the bytes.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from devices.display.commands import CommandSet
from devices.display.customer_display import CustomerDisplay
from devices.errors import DeviceProblem, PrinterError
from devices.printer.codepages import CP866, CodePage
from devices.printer.escpos_reader import escpos_text
from devices.printer.escpos_render import EscposOptions
from devices.printer.layout import Paper
from devices.printer.receipt_printer import ReceiptPrinter
from devices.scanner.framing import Clock, Terminator, frame_bytes
from devices.scanner.pipeline import ScanPipeline
from devices.scanner.serial_scanner import ScanCallback, ScannerState, StatusCallback
from devices.scanner.validation import ScanResult
from devices.settings import ScannerSettings
from devices.transports import MemoryTransport
from pos_loyalty.domain.slip import ExpiringPoints, Slip

if TYPE_CHECKING:
    from pos_loyalty.services.slips import StoreHeader


class SimulatedScanner:
    """A scanner driven by code: `scan('0420000000013')` or `feed_bytes(b'...')`."""

    def __init__(
        self,
        settings: ScannerSettings | None = None,
        *,
        on_scan: ScanCallback,
        on_status: StatusCallback,
        clock: Clock = time.monotonic,
    ) -> None:
        self.settings = settings or ScannerSettings(kind="simulated")
        self._pipeline = ScanPipeline(self.settings, clock)
        self._on_scan = on_scan
        self._on_status = on_status
        self.state = ScannerState.STOPPED

    def start(self) -> None:
        """Report the scanner as connected."""
        self._set_state(ScannerState.CONNECTED, "Simulated scanner ready")

    def stop(self) -> None:
        """Report the scanner as stopped."""
        self._set_state(ScannerState.STOPPED, "Scanner stopped")

    def unplug(self) -> None:
        """Pretend the cable was pulled out."""
        self._set_state(ScannerState.DISCONNECTED, "Simulated scanner was disconnected")

    def scan(self, code: str) -> list[ScanResult]:
        """Pretend the card `code` was scanned; return (and call back with) the results."""
        terminator = Terminator(self.settings.terminator)
        data = self.settings.prefix + code + self.settings.suffix
        results = self.feed_bytes(frame_bytes(data.encode("utf-8"), terminator))
        if terminator is Terminator.NONE:
            results += self._deliver(self._pipeline.flush())
        return results

    def feed_bytes(self, data: bytes) -> list[ScanResult]:
        """Pretend the scanner sent these raw bytes."""
        if self.state is not ScannerState.CONNECTED:
            return []
        return self._deliver(self._pipeline.feed(data))

    def _deliver(self, results: list[ScanResult]) -> list[ScanResult]:
        for result in results:
            self._on_scan(result)
        return results

    def _set_state(self, state: ScannerState, message: str) -> None:
        self.state = state
        self._on_status(state.value, message)


class SimulatedPrinter(ReceiptPrinter):
    """A receipt printer that keeps every job's bytes in memory; `go_offline()` for the demo."""

    def __init__(
        self,
        *,
        paper: Paper = Paper.MM80,
        codepage: CodePage = CP866,
        options: EscposOptions | None = None,
    ) -> None:
        self.memory = MemoryTransport("simulated receipt printer")
        super().__init__(self.memory, paper=paper, codepage=codepage, options=options)

    @property
    def jobs(self) -> list[bytes]:
        """The bytes of each job, oldest first."""
        return self.memory.jobs

    def last_text(self) -> str:
        """The text of the last job as a printer would print it."""
        return escpos_text(self.memory.jobs[-1]) if self.memory.jobs else ""

    def go_offline(self, offline: bool = True) -> None:
        """Make the next jobs fail as if the printer were switched off (or back on)."""
        self.memory.fail_with = (
            PrinterError(
                "The simulated receipt printer is offline: switch it on in the demo settings, "
                "then reprint. The sale is saved.",
                DeviceProblem.OFFLINE,
            )
            if offline
            else None
        )


class SimulatedDisplay(CustomerDisplay):
    """A customer display that keeps the bytes of each update in memory."""

    def __init__(self, command_set: CommandSet | str = CommandSet.CD5220) -> None:
        self.memory = MemoryTransport("simulated customer display")
        super().__init__(self.memory, command_set=command_set)


class ManualClock:
    """Monotonic seconds that move only when told: drives simulations and tests step by step."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        """Return the current time in seconds."""
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock forward."""
        self.now += seconds


def demo_slip(**overrides: Any) -> Slip:
    """Return a sample slip (for the printer test page and the demo); fields can be overridden."""
    slip = Slip(
        store_name="Магазин Ромашка",
        receipt_number="000123",
        issued_at=datetime(2024, 11, 22, 18, 5),
        total=100_000,
        discount=5_000,
        points_redeemed=149,
        redeemed_value=14_900,
        paid=80_100,
        points_earned=40,
        points_pending=40,
        balance_before=149,
        balance_after=0,
        card_last4="7891",
        tier_name="Серебро",
        next_tier_name="Золото",
        to_next_tier=1_234_550,
        expiring=(ExpiringPoints(50, date(2024, 12, 1)),),
        header_lines=("ул. Ленина, 1",),
        footer="Спасибо за покупку!",
    )
    return replace(slip, **overrides)


def printer_test_slip(store: StoreHeader, now: datetime) -> Slip:
    """Return the test page: the sample figures under the store's own header, dated `now`.

    Whoever sets a printer up checks on it what the customers will see: the store's name,
    header lines, footer, language and currency, and today's date.
    """
    return demo_slip(
        store_name=store.name,
        header_lines=store.header_lines,
        footer=store.footer,
        language=store.language,
        currency=store.currency,
        issued_at=now,
        expiring=(ExpiringPoints(50, now.date() + timedelta(days=30)),),
    )
