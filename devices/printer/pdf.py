"""Render a slip to PDF (an 80 mm roll or an A4 page) with the shipped Cyrillic font.

For shops without a thermal printer and for e-mailing a slip. The lines are the same as the
printed ones (`slip_lines`); the left part is drawn left-aligned and the value right-aligned.
The card's barcode is drawn by `devices.ean13`, the same way as on printed cards.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from devices.ean13 import barcode_drawing
from devices.printer.layout import SlipLine, Style, slip_lines
from pos_loyalty.domain.slip import Slip, SlipKind, labels_for
from resources import resource_path

FONT_NAME = "DejaVuSans"
PAGES = ("roll80", "a4")


@dataclass(frozen=True, slots=True)
class _Geometry:
    width: float
    margin: float
    columns: int
    font_size: float
    leading: float


_ROLL80 = _Geometry(width=80 * mm, margin=4 * mm, columns=40, font_size=8, leading=10.5)
_A4 = _Geometry(width=A4[0], margin=20 * mm, columns=64, font_size=10, leading=13)
_CODE_HEIGHT: float = 22 * mm
_CODE_MODULE_MM = 0.33
"""Width of one barcode module on a slip (the EAN-13 nominal size: 31 mm of bars)."""
_CODE_QUIET_MM = 11 * _CODE_MODULE_MM


@functools.cache
def register_font() -> str:
    """Register the shipped DejaVu Sans with reportlab once; return its font name."""
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(resource_path("fonts", "DejaVuSans.ttf"))))
    return FONT_NAME


def render_pdf(
    slip: Slip, path_or_file: str | os.PathLike[str] | BinaryIO, page: str = "roll80"
) -> None:
    """Write the slip as a PDF to a path or a binary file: page is 'roll80' or 'a4'."""
    if page not in PAGES:
        raise ValueError(f"page must be 'roll80' or 'a4', not {page!r}")
    geometry = _ROLL80 if page == "roll80" else _A4
    lines = slip_lines(slip, geometry.columns)
    height = _content_height(lines, geometry)
    page_size = (geometry.width, height if page == "roll80" else A4[1])
    target = os.fspath(path_or_file) if isinstance(path_or_file, os.PathLike) else path_or_file
    canvas = Canvas(target, pagesize=page_size)
    labels = labels_for(slip.language)
    title = labels.refund_title if slip.kind is SlipKind.REFUND else labels.sale_title
    store = slip.store_heading(labels)
    canvas.setTitle(f"{store}: {title} {slip.receipt_number}")
    canvas.setAuthor(store)
    register_font()
    y = page_size[1] - geometry.margin - geometry.leading
    for line in lines:
        y = _draw_line(canvas, line, geometry, y)
    canvas.showPage()
    canvas.save()


def _content_height(lines: list[SlipLine], geometry: _Geometry) -> float:
    codes = sum(1 for line in lines if line.style is Style.BARCODE)
    body = len(lines) * geometry.leading + codes * _CODE_HEIGHT
    return body + 2 * geometry.margin + geometry.leading


def _draw_line(canvas: Canvas, line: SlipLine, geometry: _Geometry, y: float) -> float:
    left_x = geometry.margin
    right_x = geometry.width - geometry.margin
    if line.style is Style.RULE:
        canvas.setDash(2, 2)
        canvas.line(left_x, y + geometry.leading / 3, right_x, y + geometry.leading / 3)
        canvas.setDash()
        return y - geometry.leading
    if line.style is Style.BARCODE:
        return _draw_code(canvas, line.left, geometry, y)
    size = geometry.font_size + (1.5 if line.style is Style.STRONG else 0)
    size = _fitting_size(line, size, right_x - left_x)
    canvas.setFont(FONT_NAME, size)
    if line.center:
        canvas.drawCentredString(geometry.width / 2, y, line.left)
    else:
        canvas.drawString(left_x, y, line.left)
        if line.right:
            canvas.drawRightString(right_x, y, line.right)
    return y - geometry.leading


def _fitting_size(line: SlipLine, size: float, room: float) -> float:
    """Shrink the font of a line that would not fit the printable width."""
    text = f"{line.left}  {line.right}" if line.right else line.left
    needed = pdfmetrics.stringWidth(text, FONT_NAME, size)
    return size if needed <= room else size * room / needed


def _draw_code(canvas: Canvas, digits: str, geometry: _Geometry, y: float) -> float:
    if not digits:
        return y
    drawing = barcode_drawing(
        digits,
        module_mm=_CODE_MODULE_MM,
        height_mm=_CODE_HEIGHT * 0.6 / mm,
        quiet_mm=_CODE_QUIET_MM,
        font=FONT_NAME,
    )
    x = (geometry.width - drawing.width) / 2
    renderPDF.draw(drawing, canvas, x, y - _CODE_HEIGHT + geometry.leading)
    return y - _CODE_HEIGHT - geometry.leading / 2
