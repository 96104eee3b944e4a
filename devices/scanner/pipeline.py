"""From bytes to scans: framing, validation and debounce together, still pure and clock-driven.

The serial reader thread and the simulated scanner both feed a `ScanPipeline`, so the demo and
the real scanner behave the same.
"""

from __future__ import annotations

import time

from devices.scanner.framing import Clock, Frame, FrameParser
from devices.scanner.noise import frame_results
from devices.scanner.validation import ScanResult
from devices.settings import ScannerSettings


class Debouncer:
    """Drops a card scanned again within `interval_s` (a double read or a nervous trigger)."""

    def __init__(self, interval_s: float, clock: Clock = time.monotonic) -> None:
        self._interval_s = interval_s
        self._clock = clock
        self._last_code: str | None = None
        self._last_at = 0.0

    def accept(self, code: str) -> bool:
        """Return False if the same code was accepted less than the interval ago."""
        now = self._clock()
        repeated = code == self._last_code and now - self._last_at < self._interval_s
        if not repeated:
            self._last_code = code
            self._last_at = now
        return not repeated


class ScanPipeline:
    """Turns scanner bytes into validated scans, dropping repeats within the debounce interval."""

    def __init__(self, settings: ScannerSettings, clock: Clock = time.monotonic) -> None:
        self._parser = FrameParser(
            settings.terminator,
            idle_gap_s=settings.idle_gap_ms / 1000,
            incomplete_timeout_s=settings.incomplete_timeout_ms / 1000,
            clock=clock,
        )
        self._debouncer = Debouncer(settings.debounce_ms / 1000, clock)
        self._prefix = settings.prefix
        self._suffix = settings.suffix
        self._aim_ids = settings.aim_ids

    def feed(self, data: bytes) -> list[ScanResult]:
        """Add bytes just read; return the scans they complete."""
        return self._results(self._parser.feed(data))

    def poll(self) -> list[ScanResult]:
        """Return scans closed by the clock (idle gap, or an incomplete read timing out)."""
        return self._results(self._parser.poll())

    def flush(self) -> list[ScanResult]:
        """Return whatever is buffered, e.g. when the scanner was unplugged mid-scan."""
        return self._results(self._parser.flush())

    def _results(self, frames: list[Frame]) -> list[ScanResult]:
        results = [
            result
            for frame in frames
            for result in frame_results(frame, self._prefix, self._suffix, aim_ids=self._aim_ids)
        ]
        return [r for r in results if r.code is None or self._debouncer.accept(r.code)]
