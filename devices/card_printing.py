"""Printed loyalty cards as PDF: one CR80 page per card (for card printers) or A4 label sheets.

Each card shows the store's name (in the shipped DejaVu Sans, so Cyrillic prints), an optional
logo, the card number as an EAN-13 barcode and the number in digits. The barcode comes from
`devices.ean13` (python-barcode's layout of the exact 13 digits, after the core's check of the
check digit, drawn as reportlab shapes): a wrong number is refused, never quietly "corrected"
into the barcode of another card.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from devices.ean13 import MODULES, barcode_drawing, check_ean13
from devices.printer.pdf import register_font
from pos_loyalty.domain.errors import InvalidInput

CARD_WIDTH: float = 85.6 * mm
CARD_HEIGHT: float = 54 * mm
LAYOUTS = ("cr80", "a4")
MODULE: float = 0.4 * mm
"""Width of one barcode module: 38 mm for the symbol, well within a scanner's range."""
BAR_HEIGHT: float = 15 * mm
BAR_BOTTOM: float = 12 * mm
MARGIN: float = 4 * mm
LOGO_BOX = (22 * mm, 14 * mm)
LABEL_COLUMNS, LABEL_ROWS = 2, 5
CORNER: float = 3.18 * mm


@dataclass(frozen=True, slots=True)
class CardArtwork:
    """What every card of a print run shows besides its number."""

    store_name: str
    logo: Path | None = None


def render_cards(
    numbers: Sequence[str],
    target: str | os.PathLike[str] | BinaryIO,
    artwork: CardArtwork,
    layout: str = "cr80",
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the cards as a PDF ('cr80': a page per card, 'a4': 10 per sheet); return pages.

    `progress`, if given, is called with (pages drawn, pages in all) after each page.
    """
    if layout not in LAYOUTS:
        raise InvalidInput(f"the card layout is 'cr80' or 'a4', not {layout!r}")
    if not numbers:
        raise InvalidInput("there are no cards to print")
    codes = [check_ean13(number.strip()) for number in numbers]
    logo = load_logo(artwork.logo)
    font = register_font()
    out = os.fspath(target) if isinstance(target, os.PathLike) else target
    size = (CARD_WIDTH, CARD_HEIGHT) if layout == "cr80" else A4
    canvas = Canvas(out, pagesize=size)
    canvas.setTitle(f"{artwork.store_name}: {len(codes)} cards")
    per_page = 1 if layout == "cr80" else LABEL_COLUMNS * LABEL_ROWS
    pages, total = 0, -(-len(codes) // per_page)
    for start in range(0, len(codes), per_page):
        for slot, code in enumerate(codes[start : start + per_page]):
            x, y = (0.0, 0.0) if layout == "cr80" else _label_origin(slot)
            canvas.saveState()
            canvas.translate(x, y)
            if layout == "a4":
                _cut_line(canvas)
            _draw_card(canvas, code, artwork.store_name, logo, font)
            canvas.restoreState()
        canvas.showPage()
        pages += 1
        if progress is not None:
            progress(pages, total)
    canvas.save()
    return pages


def load_logo(path: Path | None) -> ImageReader | None:
    """Open the logo image (None for no logo); refuse a file that is not an image."""
    if path is None:
        return None
    try:
        reader = ImageReader(str(path))
        reader.getSize()
    except Exception as exc:  # reportlab and Pillow raise many kinds for a bad file
        raise InvalidInput(f"the logo {path} cannot be read as an image ({exc})") from None
    return reader


def _label_origin(slot: int) -> tuple[float, float]:
    column, row = slot % LABEL_COLUMNS, slot // LABEL_COLUMNS
    left = (A4[0] - LABEL_COLUMNS * CARD_WIDTH) / 2
    top = A4[1] - (A4[1] - LABEL_ROWS * CARD_HEIGHT) / 2
    return left + column * CARD_WIDTH, top - (row + 1) * CARD_HEIGHT


def _cut_line(canvas: Canvas) -> None:
    canvas.setStrokeGray(0.75)
    canvas.setLineWidth(0.3)
    canvas.roundRect(0, 0, CARD_WIDTH, CARD_HEIGHT, CORNER, stroke=1, fill=0)


def _draw_card(
    canvas: Canvas, code: str, store_name: str, logo: ImageReader | None, font: str
) -> None:
    text_left = MARGIN
    if logo is not None:
        width, height = LOGO_BOX
        canvas.drawImage(
            logo,
            MARGIN,
            CARD_HEIGHT - MARGIN - height,
            width,
            height,
            preserveAspectRatio=True,
            anchor="nw",
            mask="auto",
        )
        text_left = MARGIN + width + 2 * mm
    _store_name(canvas, store_name, text_left, font)
    _barcode(canvas, code)
    canvas.setFillGray(0)
    canvas.setFont(font, 10)
    canvas.drawCentredString(CARD_WIDTH / 2, BAR_BOTTOM - 5 * mm, code)


def _store_name(canvas: Canvas, name: str, left: float, font: str) -> None:
    room = CARD_WIDTH - MARGIN - left
    size = 13.0
    needed = pdfmetrics.stringWidth(name, font, size)
    if needed > room:
        size = size * room / needed
    canvas.setFillGray(0)
    canvas.setFont(font, size)
    canvas.drawString(left, CARD_HEIGHT - MARGIN - 13.0 * 0.8, name)


def _barcode(canvas: Canvas, code: str) -> None:
    drawing = barcode_drawing(code, module_mm=MODULE / mm, height_mm=BAR_HEIGHT / mm)
    renderPDF.draw(drawing, canvas, (CARD_WIDTH - MODULES * MODULE) / 2, BAR_BOTTOM)
