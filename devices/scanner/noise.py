"""Find the scan glued behind line noise: a refused frame that ends with a card number.

Noise without a terminator just before a good scan lands in the same frame as the scan. When
such a frame is refused as a whole but ends with a card number (its 13 digits, or the 12 of its
UPC-A form, perhaps behind an AIM id), the head is reported as line noise and the card goes
through. Nothing is dropped silently and nothing is corrected: the card's own check digit
vouches for the tail, and a tail that is not a valid card leaves the frame refused as it was.
"""

from __future__ import annotations

from devices.scanner.framing import Frame, FrameProblem
from devices.scanner.validation import ScanResult, problem_result, strip_affixes, validate_text

_TAIL_LENGTHS = (16, 15, 13, 12)
"""An AIM id (3) + EAN-13 (13) or UPC-A (12), then the bare 13 or 12 digits."""

_RESCUABLE = (None, FrameProblem.TOO_LONG)
"""Frames closed by their terminator: the parser keeps the end of an over-long one."""


def frame_results(
    frame: Frame, prefix: str = "", suffix: str = "", *, aim_ids: str = "auto"
) -> list[ScanResult]:
    """Validate a frame: one result, or the noise before a card number and then the card."""
    text = frame.data.decode("utf-8", errors="replace")
    if frame.problem is None:
        whole = validate_text(text, prefix, suffix, aim_ids=aim_ids)
    else:
        whole = problem_result(frame.problem, text)
    if whole.ok or frame.problem not in _RESCUABLE or _names_its_symbology(whole):
        return [whole]
    found = _card_at_end(text, suffix, aim_ids)
    if found is None:
        return [whole]
    head, card = found
    return [problem_result(FrameProblem.GARBLED, head), card]


def _names_its_symbology(result: ScanResult) -> bool:
    # a whole read of another kind of barcode is what its AIM id says, not noise before a card
    return result.error is not None and result.error.code == "scan_symbology"


def _card_at_end(text: str, suffix: str, aim_ids: str) -> tuple[str, ScanResult] | None:
    body = strip_affixes(text.strip(), "", suffix).rstrip()
    for length in _TAIL_LENGTHS:
        head, tail = body[:-length], body[-length:]
        if len(body) <= length or not tail[-1].isdigit():
            continue
        result = validate_text(tail, aim_ids=aim_ids)
        if result.ok:
            return head, result
    return None
