"""ESC/POS command bytes and a small writer that keeps the code page selected.

A printer forgets its code page on ESC @ (initialise): python-escpos 3.1 does not send ESC t again
after a reset, so Cyrillic printed after one comes out as CP437 garbage. `EscposWriter.reset()`
is the only way this package sends ESC @, and it always re-selects the code page right after.
"""

from __future__ import annotations

from devices.printer.codepages import CodePage, encode_text
from pos_loyalty.domain.cards import ean13_check_digit, is_valid_ean13
from pos_loyalty.domain.errors import InvalidCardNumber

ESC = b"\x1b"
GS = b"\x1d"
DLE = b"\x10"
LF = b"\n"

INIT = ESC + b"@"
SELECT_CODEPAGE = ESC + b"t"
BOLD = ESC + b"E"
ALIGN = ESC + b"a"
FEED_LINES = ESC + b"d"
CHAR_SIZE = GS + b"!"
CUT = GS + b"V"
BARCODE = GS + b"k"
BARCODE_HEIGHT = GS + b"h"
BARCODE_WIDTH = GS + b"w"
BARCODE_HRI = GS + b"H"
QR = GS + b"(k"
DRAWER_KICK = ESC + b"p"
PAPER_STATUS = DLE + b"\x04\x04"

CUT_MODES = {"full": 0, "partial": 1}
DRAWER_PINS = {2: 0, 5: 1}
EAN13_FUNCTION_A = 2
EAN13_FUNCTION_B = 67


def select_codepage(codepage: CodePage) -> bytes:
    """Return ESC t n for the code page (nothing if its number is unknown)."""
    if codepage.number is None:
        return b""
    return SELECT_CODEPAGE + bytes([codepage.number])


def drawer_kick(pin: int) -> bytes:
    """Return ESC p m t1 t2: a 50 ms pulse on drawer pin 2 or 5."""
    if pin not in DRAWER_PINS:
        raise ValueError(f"the cash drawer is on pin 2 or 5, not {pin}")
    return DRAWER_KICK + bytes([DRAWER_PINS[pin], 25, 250])


def ean13(digits: str, *, function_b: bool = True) -> bytes:
    """Return GS k for exactly these 13 digits, after checking the check digit ourselves."""
    if not is_valid_ean13(digits):
        raise InvalidCardNumber(_ean13_problem(digits))
    data = digits.encode("ascii")
    if function_b:
        return BARCODE + bytes([EAN13_FUNCTION_B, len(data)]) + data
    return BARCODE + bytes([EAN13_FUNCTION_A]) + data + b"\x00"


def _ean13_problem(digits: str) -> str:
    shown = digits[:40]
    if len(digits) != 13 or not (digits.isascii() and digits.isdigit()):
        return f"'{shown}' cannot be printed as an EAN-13 barcode: it needs exactly 13 digits"
    expected = ean13_check_digit(digits[:12])
    return f"'{digits}' has a wrong check digit (should end in {expected}): barcode not printed"


def qr_code(data: str, *, module_size: int = 6) -> bytes:
    """Return the GS ( k sequence that stores and prints a QR code (model 2, level M)."""
    payload = data.encode("utf-8")
    if len(payload) > 7000:
        raise ValueError("a QR code holds at most about 7000 bytes")
    store_len = len(payload) + 3
    return b"".join(
        [
            QR + b"\x04\x00\x31\x41\x32\x00",
            QR + b"\x03\x00\x31\x43" + bytes([module_size]),
            QR + b"\x03\x00\x31\x45\x31",
            QR + bytes([store_len % 256, store_len // 256]) + b"\x31\x50\x30" + payload,
            QR + b"\x03\x00\x31\x51\x30",
        ]
    )


class EscposWriter:
    """Accumulates ESC/POS bytes; every reset re-selects the code page."""

    def __init__(self, codepage: CodePage, fallback: str = "transliterate") -> None:
        self._codepage = codepage
        self._fallback = fallback
        self._out = bytearray()

    def reset(self) -> None:
        """Initialise the printer (ESC @) and select the code page again (ESC t n)."""
        self._out += INIT + select_codepage(self._codepage)

    def line(self, text: str, *, strong: bool = False, center: bool = False) -> None:
        """Print one line of text in the code page, optionally bold and double height."""
        if center:
            self._out += ALIGN + b"\x01"
        if strong:
            self._out += BOLD + b"\x01" + CHAR_SIZE + b"\x01"
        self._out += encode_text(text, self._codepage, self._fallback) + LF
        if strong:
            self._out += BOLD + b"\x00" + CHAR_SIZE + b"\x00"
        if center:
            self._out += ALIGN + b"\x00"

    def barcode_ean13(self, digits: str, *, function_b: bool = True) -> None:
        """Print a centred EAN-13 with the digits below it."""
        command = ean13(digits, function_b=function_b)
        self._out += ALIGN + b"\x01" + BARCODE_HEIGHT + b"\x50" + BARCODE_WIDTH + b"\x02"
        self._out += BARCODE_HRI + b"\x02" + command + LF + ALIGN + b"\x00"

    def qr(self, data: str) -> None:
        """Print a centred QR code."""
        self._out += ALIGN + b"\x01" + qr_code(data) + LF + ALIGN + b"\x00"

    def feed(self, lines: int) -> None:
        """Feed the paper by `lines` lines."""
        if lines:
            self._out += FEED_LINES + bytes([min(lines, 255)])

    def cut(self, mode: str) -> None:
        """Cut the paper: 'full', 'partial' or 'none'."""
        if mode != "none":
            self._out += CUT + bytes([CUT_MODES[mode]])

    def kick_drawer(self, pin: int) -> None:
        """Open the cash drawer on pin 2 or 5."""
        self._out += drawer_kick(pin)

    def getvalue(self) -> bytes:
        """Return everything written so far."""
        return bytes(self._out)
