"""Card barcodes: python-barcode lays out the EAN-13 symbol, reportlab draws it in PDFs.

This is the one way a card's barcode is drawn (printed cards, PDF slips). The core checks the
number first (`pos_loyalty.domain.cards`): 13 digits with a correct check digit, or
`InvalidCardNumber`. python-barcode is then given the first 12 digits and computes the check
digit itself, and the two must agree; it is never handed a wrong number to "fix" quietly into
the barcode of another card. Its `build()` gives the 95 modules (1 = bar, 0 = space) and
`ReportlabWriter`, a python-barcode writer, turns them into reportlab shapes (a `Drawing` of
rectangles, sized in millimetres like every python-barcode writer).

A thermal printer draws the slip's barcode itself from the ESC/POS `GS k` command with the 13
digits (`devices.printer.escpos_commands`), after the same check.
"""

from __future__ import annotations

from typing import Any

import barcode
from barcode.writer import BaseWriter
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from pos_loyalty.domain.cards import ean13_check_digit
from pos_loyalty.domain.errors import InvalidCardNumber

MODULES = 95


def check_ean13(code: str) -> str:
    """Return the code if it is 13 digits with a correct check digit; raise otherwise."""
    if len(code) != 13 or not code.isascii() or not code.isdigit():
        raise InvalidCardNumber(f"'{code[:40]}' is not 13 digits: no barcode is drawn")
    expected = ean13_check_digit(code[:12])
    if int(code[12]) != expected:
        raise InvalidCardNumber(
            f"'{code}' has a wrong check digit (it should be {expected}): no barcode is drawn"
        )
    return code


def symbol(code: str, writer: BaseWriter | None = None) -> Any:
    """The python-barcode EAN-13 symbol of exactly these 13 digits (checked by the core first)."""
    checked = check_ean13(code)
    found = barcode.get("ean13", checked[:12], writer=writer)
    if found.get_fullcode() != checked:
        raise InvalidCardNumber(
            f"'{checked}' would be drawn as {found.get_fullcode()}: no barcode is drawn"
        )
    return found


def ean13_modules(code: str) -> str:
    """Return the 95 modules of the EAN-13 symbol for exactly these 13 digits."""
    (modules,) = symbol(code).build()
    if len(modules) != MODULES or set(modules) - {"0", "1"}:
        raise InvalidCardNumber(f"'{code}' did not lay out as an EAN-13 symbol")
    return str(modules)


def bar_runs(modules: str) -> list[tuple[int, int]]:
    """Return (first module, width in modules) of each bar."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, bit in enumerate(modules + "0"):
        if bit == "1" and start is None:
            start = index
        elif bit == "0" and start is not None:
            runs.append((start, index - start))
            start = None
    return runs


def barcode_drawing(
    code: str,
    *,
    module_mm: float,
    height_mm: float,
    quiet_mm: float = 0.0,
    font: str | None = None,
    font_size: float = 8.0,
) -> Drawing:
    """The card's barcode as a reportlab Drawing; with `font`, the digits are written below."""
    options = {
        "module_width": module_mm,
        "module_height": height_mm,
        "quiet_zone": quiet_mm,
        "margin_top": 0.0,
        "margin_bottom": 0.0,
        "font_size": font_size,
        "text_distance": font_size * 0.3528,
        "write_text": font is not None,
    }
    drawing: Drawing = symbol(code, ReportlabWriter(font or "Helvetica")).render(options)
    return drawing


class ReportlabWriter(BaseWriter):  # type: ignore[misc]
    """A python-barcode writer whose output is a reportlab Drawing: a rectangle per bar.

    python-barcode places modules from the top left in millimetres; reportlab measures from the
    bottom left in points, so each bar is turned over and scaled here.
    """

    def __init__(self, font: str = "Helvetica") -> None:
        super().__init__(self._start, self._bar, self._text, self._finish)
        self.font = font
        self._drawing = Drawing(0, 0)
        self._height = 0.0

    def _start(self, code: list[str]) -> None:
        width, height = self.calculate_size(len(code[0]), 1)
        self._height = height
        self._drawing = Drawing(width * mm, height * mm)

    def _bar(self, xpos: float, ypos: float, width: float, color: Any) -> None:
        if color != self.foreground:
            return  # a space: the paper shows through
        bottom = self._height - ypos - self.module_height
        bar = Rect(xpos * mm, bottom * mm, width * mm, self.module_height * mm)
        bar.fillColor, bar.strokeColor, bar.strokeWidth = colors.black, None, 0
        self._drawing.add(bar)

    def _text(self, xpos: float, ypos: float) -> None:
        baseline = self._height - ypos
        self._drawing.add(
            String(
                xpos * mm,
                baseline * mm,
                self.text,
                fontName=self.font,
                fontSize=self.font_size,
                textAnchor="middle",
            )
        )

    def _finish(self) -> Drawing:
        return self._drawing
