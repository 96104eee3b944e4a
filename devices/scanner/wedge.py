"""Tell a keyboard-wedge (USB HID) scanner from a person typing, by whole bursts of keys.

A scanner "types" a code as a burst, 5-40 ms a key with the odd longer gap, and often ends it
with Enter or Tab, sometimes a while after the last digit. Feed every key with its time. The
detector holds keys that arrive at most `max_gap_s` apart and closes the burst on a terminator
or when it has been quiet longer than that; `split_burst` then judges the whole burst. A scan
is reported (returned and called back) and its keys are never typed; everything else comes
back, in order, through `take_output()` / `take_typed()` for the UI to insert as typing.

The scanner's terminator never reaches the UI as a person's Enter: a terminator that ends a
scan is dropped, and so is one arriving within `grace_s` of a scan's last key with no other
key between (a late Enter after a burst that closed by quiet). Plain logic, no toolkit.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from devices.scanner.framing import Clock
from devices.scanner.validation import ScanResult, validate_text
from devices.scanner.wedge_burst import BurstRules, Key, body_length, scan_text, split_burst
from devices.settings import ScannerSettings

END_KEYS = frozenset("\r\n\t")
_SLACK_S = 0.0005
"""Times add up in floating point: a gap of exactly the limit must stay within it."""
Output = str | ScanResult
"""What a burst turned into: text typed by a person, or a scan."""


class KeyboardWedgeDetector:
    """Feed it key events; it returns (and calls back with) scans, and keeps typed keys apart."""

    def __init__(
        self,
        *,
        max_gap_s: float = 0.1,
        max_mean_gap_s: float = 0.06,
        min_length: int = 8,
        grace_s: float = 0.4,
        prefix: str = "",
        suffix: str = "",
        clock: Clock = time.monotonic,
        on_scan: Callable[[ScanResult], None] | None = None,
    ) -> None:
        self._max_gap_s = max_gap_s
        self._grace_s = grace_s
        self._rules = BurstRules(max_mean_gap_s, min_length, prefix, suffix)
        self._clock = clock
        # public: a UI filter takes it over to call it after the keys typed before the scan
        self.on_scan = on_scan
        self._keys: list[Key] = []
        self._output: list[Output] = []
        self._grace_until: float | None = None

    @classmethod
    def from_settings(
        cls,
        settings: ScannerSettings,
        *,
        clock: Clock = time.monotonic,
        on_scan: Callable[[ScanResult], None] | None = None,
    ) -> KeyboardWedgeDetector:
        """Build a detector from the scanner settings (wedge timings, minimum length, affixes)."""
        return cls(
            max_gap_s=settings.wedge_max_gap_ms / 1000,
            max_mean_gap_s=settings.wedge_max_mean_gap_ms / 1000,
            min_length=settings.wedge_min_length,
            grace_s=settings.wedge_grace_ms / 1000,
            prefix=settings.prefix,
            suffix=settings.suffix,
            clock=clock,
            on_scan=on_scan,
        )

    def feed(self, char: str, at: float | None = None) -> ScanResult | None:
        """Take one key (its character, and its time or now); return a scan if one ended."""
        now = self._clock() if at is None else at
        result = self.poll(now)
        if char in END_KEYS and not self._keys and self._in_grace(now):
            self._grace_until = None
            return result  # the scanner's own late terminator: never a person's Enter
        self._grace_until = None
        self._keys.append((char, now))
        if char in END_KEYS or self._ends_with_suffix():
            return self._close(ended_by_key=True) or result
        if not self._may_become_scan():
            self._type(self._keys)  # a letter: no scan can hold it, so show it at once
            self._keys = []
        return result

    def poll(self, at: float | None = None) -> ScanResult | None:
        """Close a burst that has gone quiet; call it from a timer every few tens of ms."""
        now = self._clock() if at is None else at
        if self._keys and now - self._keys[-1][1] > self._max_gap_s + _SLACK_S:
            return self._close(ended_by_key=False)
        return None

    def take_output(self) -> list[Output]:
        """Return (and forget) typed text and scans, in the order the keys came."""
        output, self._output = self._output, []
        return output

    def take_typed(self) -> str:
        """Return (and forget) the keys that turned out to be a person typing."""
        return "".join(item for item in self.take_output() if isinstance(item, str))

    @property
    def holding(self) -> str:
        """Keys held while it is not yet known whether they are a scan."""
        return "".join(char for char, _at in self._keys)

    def _close(self, *, ended_by_key: bool) -> ScanResult | None:
        keys, self._keys = self._keys, []
        start = split_burst(keys, ended_by_key=ended_by_key, rules=self._rules)
        if start is None:
            self._type(keys)
            return None
        self._type(keys[:start])
        body = keys[start : body_length(keys, ended_by_key=ended_by_key, rules=self._rules)]
        result = validate_text(scan_text(body, self._rules) or "")
        self._output.append(result)
        self._grace_until = body[-1][1] + self._grace_s
        if self.on_scan is not None:
            self.on_scan(result)
        return result

    def _type(self, keys: list[Key]) -> None:
        if keys:
            self._output.append("".join(char for char, _at in keys))

    def _in_grace(self, now: float) -> bool:
        return self._grace_until is not None and now <= self._grace_until + _SLACK_S

    def _ends_with_suffix(self) -> bool:
        suffix = self._rules.suffix
        return bool(suffix) and self.holding.endswith(suffix)

    def _may_become_scan(self) -> bool:
        """False once the held keys hold a character no scan could: they are typing."""
        rules = self._rules
        if rules.prefix or rules.suffix:
            return True  # the affixes may be any characters; judge the whole burst
        held = self.holding
        # an AIM id (`]E0`) may stand before the digits
        return held[-1].isdigit() or "]" in held[-3:]
