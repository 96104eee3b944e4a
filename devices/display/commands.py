"""Bytes for a 2x20 VFD customer display, in the CD5220 or the ESC/POS (Epson DM-D) command set.

Pure functions: two lines of text in, the bytes that show them out. Each update initialises the
display, selects the code page again (ESC @ forgets it), clears it, homes the cursor and writes
each line at its own position, padded to the full width so no old character is left behind.
"""

from __future__ import annotations

import enum

from devices.printer.codepages import CodePage, fit_to_codepage
from pos_loyalty.domain.money import Minor, format_money

ESC = b"\x1b"
US = b"\x1f"
INIT = ESC + b"@"
CLEAR = b"\x0c"
HOME = b"\x0b"
SELECT_CODEPAGE = ESC + b"t"


class CommandSet(enum.StrEnum):
    """The command sets pole displays speak."""

    CD5220 = "cd5220"
    ESCPOS = "escpos"


def _position(command_set: CommandSet, column: int, row: int) -> bytes:
    if command_set is CommandSet.CD5220:
        return ESC + b"l" + bytes([column, row])
    return US + b"$" + bytes([column, row])


def _overwrite_mode(command_set: CommandSet) -> bytes:
    return ESC + b"\x11" if command_set is CommandSet.CD5220 else US + b"\x01"


def fit(text: str, width: int = 20) -> str:
    """Cut or pad text to exactly `width` characters, one line (newlines become spaces).

    Runs of spaces are kept: they are what puts a figure at the right edge of the line.
    """
    flat = "".join(" " if char in "\r\n\t" else char for char in text)
    return flat[:width].ljust(width)


def fit_columns(left: str, right: str, width: int = 20) -> str:
    """Put `left` and `right` on one line of `width`, shortening `left` first."""
    right = right[:width]
    room = width - len(right) - (1 if right else 0)
    left = left[: max(room, 0)]
    gap = width - len(left) - len(right)
    return left + " " * gap + right


def render_display(
    line1: str,
    line2: str,
    command_set: CommandSet | str,
    codepage: CodePage,
    *,
    width: int = 20,
    fallback: str = "transliterate",
) -> bytes:
    """Return the bytes that show two lines on the display."""
    commands = CommandSet(command_set)
    out = bytearray(INIT)
    if codepage.number is not None:
        out += SELECT_CODEPAGE + bytes([codepage.number])
    out += _overwrite_mode(commands) + CLEAR + HOME
    for row, text in ((1, line1), (2, line2)):
        shown = fit(fit_to_codepage(text, codepage, fallback), width)
        out += _position(commands, 1, row) + shown.encode(codepage.codec)
    return bytes(out)


def render_clear(command_set: CommandSet | str) -> bytes:
    """Return the bytes that blank the display."""
    return INIT + _overwrite_mode(CommandSet(command_set)) + CLEAR + HOME


_WORDS = {
    "ru": {
        "discount": "Скидка",
        "earned": "+{points} б.",
        "balance": "Баланс {points}",
        "refund": "Возврат",
        "void": "Отмена",
        "points": "{points:+d} б.",
    },
    "en": {
        "discount": "Disc.",
        "earned": "+{points} pts",
        "balance": "Balance {points}",
        "refund": "Refund",
        "void": "Void",
        "points": "{points:+d} pts",
    },
}


def sale_lines(
    first_name: str,
    discount: Minor,
    points_earned: int,
    balance: int,
    *,
    language: str = "ru",
    width: int = 20,
) -> tuple[str, str]:
    """Lay out the member's first name, discount, points earned and new balance on two lines."""
    words = _WORDS.get(language, _WORDS["en"])
    name = first_name.split()[0] if first_name.split() else ""
    decimal_sep = "," if language == "ru" else "."
    discount_text = f"{words['discount']} {format_money(discount, decimal_sep=decimal_sep)}"
    line1 = fit_columns(name, discount_text if discount else "", width)
    earned = words["earned"].format(points=points_earned) if points_earned else ""
    line2 = fit_columns(earned, words["balance"].format(points=balance), width)
    return line1, line2


def refund_lines(
    money_returned: Minor,
    points_change: int,
    balance: int | None,
    *,
    void: bool = False,
    language: str = "ru",
    width: int = 20,
) -> tuple[str, str]:
    """Lay out a refund (or a void): the money given back, then the points and the new balance.

    `points_change` is what the refund did to the balance (points given back minus points taken
    back); `balance` is None for a sale without a card, which has no points to show.
    """
    words = _WORDS.get(language, _WORDS["en"])
    decimal_sep = "," if language == "ru" else "."
    amount = format_money(money_returned, decimal_sep=decimal_sep)
    line1 = fit_columns(words["void" if void else "refund"], amount, width)
    if balance is None:
        return line1, fit("", width)
    change = words["points"].format(points=points_change) if points_change else ""
    line2 = fit_columns(change, words["balance"].format(points=balance), width)
    return line1, line2


def read_display(data: bytes, codec: str, *, width: int = 20) -> tuple[str, str]:
    """Read display bytes back into the two lines a customer would see after them.

    Follows what a pole display does with the commands this module sends (a reset or clear
    blanks both lines; a position command moves the cursor), so a test can check what is shown
    rather than which bytes went out.
    """
    rows = [[" "] * width, [" "] * width]
    row, column, i = 0, 0, 0
    while i < len(data):
        for command, skip in _COMMAND_LENGTHS:
            if data.startswith(command, i):
                if command in (INIT, CLEAR):
                    rows = [[" "] * width, [" "] * width]
                if command in (HOME, INIT):
                    row, column = 0, 0
                if skip == 2:  # a position: column, row, both counted from 1
                    column, row = data[i + len(command)] - 1, data[i + len(command) + 1] - 1
                i += len(command) + skip
                break
        else:
            if 0 <= row < 2 and 0 <= column < width:
                rows[row][column] = data[i : i + 1].decode(codec, errors="replace")
            column, i = column + 1, i + 1
    return "".join(rows[0]), "".join(rows[1])


_COMMAND_LENGTHS: tuple[tuple[bytes, int], ...] = (
    (INIT, 0),
    (SELECT_CODEPAGE, 1),
    (ESC + b"l", 2),
    (US + b"$", 2),
    (ESC + b"\x11", 0),
    (US + b"\x01", 0),
    (CLEAR, 0),
    (HOME, 0),
)
"""The display commands this module sends, and how many argument bytes follow each."""
