"""Check what a scanner read: a card number, or a rejection that names what was read.

Nothing here raises on bad input: any bytes become a `ScanResult` with either `code` (a valid card
number of this programme) or `rejection` (a message for the cashier). Bytes are decoded with
errors='replace' and control characters are shown escaped, so the message is always printable.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from devices.scanner.framing import Frame, FrameProblem
from pos_loyalty.domain.cards import card_number_from_scan
from pos_loyalty.domain.errors import InvalidCardNumber

_SHOWN_MAX = 40


@dataclass(frozen=True, slots=True)
class ScanResult:
    """One scan: `code` if it is a valid card number, otherwise `rejection` says why not."""

    raw: str
    code: str | None = None
    rejection: str | None = None
    error: InvalidCardNumber | None = field(default=None, compare=False)
    """The refusal with its message code, for a window to say it in its own language."""

    def __post_init__(self) -> None:
        if (self.code is None) == (self.rejection is None):
            raise ValueError("a ScanResult has either a code or a rejection, not both or neither")

    @classmethod
    def refused(cls, raw: str, error: InvalidCardNumber) -> ScanResult:
        """A rejected read: the English message and the error it came from."""
        return cls(raw, rejection=str(error), error=error)

    @property
    def ok(self) -> bool:
        """True if the scan is a valid card number."""
        return self.code is not None


def printable(text: str, limit: int = _SHOWN_MAX) -> str:
    """Escape control characters (\\r, \\x07, ...) and shorten long text for a message."""
    escaped = "".join(_escape(char) for char in text)
    return escaped if len(escaped) <= limit else escaped[:limit] + "..."


def _escape(char: str) -> str:
    if char.isprintable():
        return char
    named = {"\r": "\\r", "\n": "\\n", "\t": "\\t"}
    if char in named:
        return named[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def strip_affixes(text: str, prefix: str = "", suffix: str = "") -> str:
    """Remove the scanner's configured prefix and suffix when they are present."""
    if prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    if suffix and text.endswith(suffix):
        text = text[: -len(suffix)]
    return text


_FRAME_PROBLEMS = {
    FrameProblem.TRUNCATED: (
        "scan_truncated",
        "Incomplete read '{read}': the scan was cut off, scan the card again",
    ),
    FrameProblem.TOO_LONG: (
        "scan_too_long",
        "Read '{read}' is far too long for a card number: check the scanner settings "
        "(terminator, baud rate) and scan again",
    ),
    FrameProblem.OUTSIDE_FRAME: (
        "scan_outside_frame",
        "Unexpected bytes '{read}' outside an STX/ETX frame: check that the scanner's "
        "terminator setting matches the scanner",
    ),
    FrameProblem.GARBLED: (
        "scan_garbled",
        "Line noise '{read}' from the scanner was ignored: if the card was not read, scan it again",
    ),
}


def problem_result(problem: FrameProblem, text: str) -> ScanResult:
    """The rejection for what the parser marked as broken (cut off, too long, line noise...)."""
    shown = printable(text)
    code, message = _FRAME_PROBLEMS[problem]
    return ScanResult.refused(
        shown, InvalidCardNumber(message.format(read=shown), code=code, read=shown)
    )


def validate_frame(
    frame: Frame, prefix: str = "", suffix: str = "", *, aim_ids: str = "auto"
) -> ScanResult:
    """Decode a frame from a serial scanner and validate it as a card number."""
    text = frame.data.decode("utf-8", errors="replace")
    if frame.problem is not None:
        return problem_result(frame.problem, text)
    return validate_text(text, prefix, suffix, aim_ids=aim_ids)


def validate_text(
    text: str, prefix: str = "", suffix: str = "", *, aim_ids: str = "auto"
) -> ScanResult:
    """Validate text read by a scanner (or a keyboard wedge, or typed) as a card number.

    12 digits are read as UPC-A, the same symbol as the EAN-13 with a leading 0; with
    `aim_ids="auto"` a leading AIM identifier (`]E0`) is removed, `"off"` leaves it in.
    """
    shown = printable(text)
    code = strip_affixes(text.strip(), prefix, suffix).strip()
    if "\ufffd" in code:
        return ScanResult.refused(
            shown,
            InvalidCardNumber(
                f"Read '{shown}' contains bytes that are not text: check the scanner's "
                "baud rate and framing (e.g. 9600 8N1) and scan again",
                code="scan_not_text",
                read=shown,
            ),
        )
    if not code.isprintable():
        return ScanResult.refused(
            shown,
            InvalidCardNumber(
                f"Read '{shown}' contains control characters: it is not a card number; "
                "check the scanner's prefix/suffix settings",
                code="scan_control_chars",
                read=shown,
            ),
        )
    try:
        return ScanResult(shown, code=card_number_from_scan(code, aim_ids=aim_ids != "off"))
    except InvalidCardNumber as exc:
        return ScanResult.refused(shown, exc)
