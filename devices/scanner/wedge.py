"""Tell a keyboard-wedge (USB HID) scanner from a person typing, by the timing of the keys.

A scanner "types" a whole code in a burst (a few ms per key) and usually ends it with Enter; a
person types a key every 100 ms or more. Feed every key with its time; the detector returns a
scan for a fast burst of at least `min_length` characters, and hands the other keys back through
`take_typed()` so the UI can insert them where the person was typing. Plain logic, no toolkit.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from devices.scanner.framing import Clock
from devices.scanner.validation import ScanResult, validate_text
from devices.settings import ScannerSettings

END_KEYS = frozenset("\r\n\t")


class KeyboardWedgeDetector:
    """Feed it key events; it returns (and calls back with) scans, and keeps typed keys apart."""

    def __init__(
        self,
        *,
        max_gap_s: float = 0.03,
        min_length: int = 8,
        prefix: str = "",
        suffix: str = "",
        clock: Clock = time.monotonic,
        on_scan: Callable[[ScanResult], None] | None = None,
    ) -> None:
        self._max_gap_s = max_gap_s
        self._min_length = min_length
        self._prefix = prefix
        self._suffix = suffix
        self._clock = clock
        self._on_scan = on_scan
        self._keys: list[str] = []
        self._last_at = 0.0
        self._typed: list[str] = []

    @classmethod
    def from_settings(
        cls,
        settings: ScannerSettings,
        *,
        clock: Clock = time.monotonic,
        on_scan: Callable[[ScanResult], None] | None = None,
    ) -> KeyboardWedgeDetector:
        """Build a detector from the scanner settings (wedge gap, minimum length, affixes)."""
        return cls(
            max_gap_s=settings.wedge_max_gap_ms / 1000,
            min_length=settings.wedge_min_length,
            prefix=settings.prefix,
            suffix=settings.suffix,
            clock=clock,
            on_scan=on_scan,
        )

    def feed(self, char: str, at: float | None = None) -> ScanResult | None:
        """Take one key (its character, and its time or now); return a scan if one ended."""
        now = self._clock() if at is None else at
        result = None
        if self._keys and now - self._last_at > self._max_gap_s:
            result = self._end_burst(ended_by_key=False)
        self._keys.append(char)
        self._last_at = now
        if char in END_KEYS or (self._suffix and "".join(self._keys).endswith(self._suffix)):
            result = self._end_burst(ended_by_key=True) or result
        return result

    def poll(self, at: float | None = None) -> ScanResult | None:
        """Close a burst that has gone quiet; call it from a timer every few tens of ms."""
        now = self._clock() if at is None else at
        if self._keys and now - self._last_at > self._max_gap_s:
            return self._end_burst(ended_by_key=False)
        return None

    def take_typed(self) -> str:
        """Return (and forget) the keys that turned out to be a person typing."""
        typed = "".join(self._typed)
        self._typed.clear()
        return typed

    @property
    def holding(self) -> str:
        """Keys held while it is not yet known whether they are a scan."""
        return "".join(self._keys)

    def _end_burst(self, *, ended_by_key: bool) -> ScanResult | None:
        keys = "".join(self._keys)
        self._keys.clear()
        code = self._code_in(keys, ended_by_key=ended_by_key)
        if code is None:
            self._typed.append(keys)
            return None
        result = validate_text(code)
        if self._on_scan is not None:
            self._on_scan(result)
        return result

    def _code_in(self, keys: str, *, ended_by_key: bool) -> str | None:
        """Return the code inside a burst, or None if the burst is not shaped like a scan."""
        body = keys
        if self._suffix:
            if not (ended_by_key and body.endswith(self._suffix)):
                return None
            body = body[: -len(self._suffix)]
        elif ended_by_key:
            body = body[:-1]
        if self._prefix:
            if not body.startswith(self._prefix):
                return None
            body = body[len(self._prefix) :]
        return body if len(body) >= self._min_length else None
