"""Decide whether a closed burst of keys was a keyboard-wedge scanner or a person typing.

A burst is the keys that arrived no more than the longest gap apart. It is judged whole:

- its body (the keys before the terminator, with the configured prefix and suffix removed, and
  an AIM symbology id such as `]E0` allowed in front) must be digits only, at least
  `min_length` of them: a fast typist's name is never a scan;
- the mean gap between the body's keys must be scanner-fast (`max_mean_gap_s`): one slow gap
  in a scan does not split it, and a person typing digits quickly is still typing;
- failing that, or when the whole burst is not a valid card, a trailing 12- or 13-digit part
  that began after a longer pause than its own keys took is the scan, and the keys before it
  were typing (a cashier typed "300" and scanned before the burst went quiet).

Plain functions, no clock and no toolkit: `split_burst` is all the detector asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from devices.scanner.validation import validate_text

Key = tuple[str, float]
"""A key's character and the time it arrived, in seconds."""

CODE_LENGTHS = (12, 13)
"""Digits of a code found at the end of a burst after typing: UPC-A and EAN-13."""

_SCAN_TEXT = re.compile(r"(?:\][A-Za-z][0-9A-Za-z])?([0-9]+)")


@dataclass(frozen=True, slots=True)
class BurstRules:
    """What a burst of keys must look like to be a scan."""

    max_mean_gap_s: float = 0.06
    min_length: int = 8
    prefix: str = ""
    suffix: str = ""


def split_burst(keys: list[Key], *, ended_by_key: bool, rules: BurstRules) -> int | None:
    """Return where the scan starts among the body's keys (0: all of it), or None: all typing.

    `ended_by_key` says the burst's last key was its terminator (Enter, Tab or the suffix).
    """
    body = _body(keys, ended_by_key=ended_by_key, rules=rules)
    if body is None:
        return None
    whole = scan_text(body, rules) if _fast(body, rules) else None
    if whole is not None and validate_text(whole).ok:
        return 0
    tails = _tail_starts(body, rules)
    valid = [i for i in tails if validate_text(scan_text(body[i:], rules) or "").ok]
    if valid:
        return _after_longest_pause(body, valid)
    if whole is not None:
        return 0  # a misread: still a scan, refused with what was read, never typed
    return _after_longest_pause(body, tails) if tails else None


def body_length(keys: list[Key], *, ended_by_key: bool, rules: BurstRules) -> int:
    """Return how many of the burst's keys are its body (the rest is terminator or suffix)."""
    if rules.suffix and ended_by_key:
        return len(keys) - len(rules.suffix)
    return len(keys) - 1 if ended_by_key else len(keys)


def _body(keys: list[Key], *, ended_by_key: bool, rules: BurstRules) -> list[Key] | None:
    if rules.suffix and not ended_by_key:
        return None  # a scanner set to send a suffix always sends it
    return keys[: body_length(keys, ended_by_key=ended_by_key, rules=rules)]


def scan_text(body: list[Key], rules: BurstRules) -> str | None:
    """Return the text to validate if the keys look like a scan (prefix removed), else None."""
    text = "".join(char for char, _at in body)
    if rules.prefix:
        if not text.startswith(rules.prefix):
            return None
        text = text[len(rules.prefix) :]
    return text if _digit_count(text) >= rules.min_length else None


def _digit_count(text: str) -> int:
    """The digits of a scan-shaped text (after an AIM id), or 0 if it is not scan-shaped."""
    found = _SCAN_TEXT.fullmatch(text)
    return len(found.group(1)) if found is not None else 0


def _fast(body: list[Key], rules: BurstRules) -> bool:
    return _mean_gap(body) <= rules.max_mean_gap_s


def _mean_gap(body: list[Key]) -> float:
    if len(body) < 2:
        return 0.0
    return (body[-1][1] - body[0][1]) / (len(body) - 1)


def _tail_starts(body: list[Key], rules: BurstRules) -> list[int]:
    """Where a scan-shaped 12- or 13-digit tail starts after a pause longer than its keys."""
    starts = []
    for start in range(1, len(body)):
        tail = body[start:]
        text = scan_text(tail, rules)
        if text is None or _digit_count(text) not in CODE_LENGTHS or not _fast(tail, rules):
            continue
        if _pause_before(body, start) > _mean_gap(tail):
            starts.append(start)
    return starts


def _pause_before(body: list[Key], start: int) -> float:
    return body[start][1] - body[start - 1][1]


def _after_longest_pause(body: list[Key], starts: list[int]) -> int:
    """The start with the longest pause before it; on a tie, the longer code."""
    return max(starts, key=lambda start: (_pause_before(body, start), -start))
