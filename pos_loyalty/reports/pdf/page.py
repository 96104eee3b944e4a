"""The page: A4 (landscape for wide reports), the title block, running header and footer.

`Pages` owns the canvas and the vertical cursor; everything else asks it for room and it turns
the page when there is none.
"""

from __future__ import annotations

import os
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit

from pos_loyalty.reports.document import Document, Kind
from pos_loyalty.reports.formatting import display
from pos_loyalty.reports.labels import labels_for
from pos_loyalty.reports.pdf.fonts import FONT, register_font
from pos_loyalty.reports.pdf.streaming import StreamingCanvas

MARGIN = 14 * mm
TITLE_SIZE = 15
TEXT_SIZE = 9
SMALL_SIZE = 7
GREY = colors.Color(0.35, 0.35, 0.35)


class Pages:
    """The canvas of one report and where on the current page the next thing goes."""

    def __init__(self, target: str | os.PathLike[str] | BinaryIO, document: Document) -> None:
        register_font()
        self.document = document
        self.labels = labels_for(document.language)
        self.size = A4 if document.portrait else landscape(A4)
        out = os.fspath(target) if isinstance(target, os.PathLike) else target
        self.canvas = StreamingCanvas(out, pagesize=self.size, pageCompression=1)
        self.canvas.setTitle(f"{document.title}: {document.store}")
        self.canvas.setAuthor(document.store)
        self.canvas.setSubject(self._period_text())
        self.number = 0
        self.y = 0.0
        self._start_page()

    @property
    def left(self) -> float:
        """The left edge of the text area."""
        return float(MARGIN)

    @property
    def width(self) -> float:
        """The width of the text area."""
        page_width: float = self.size[0]
        return page_width - 2 * float(MARGIN)

    @property
    def bottom(self) -> float:
        """The lowest y anything may reach (the footer lies below)."""
        return float(MARGIN + 12)

    def room(self, height: float) -> bool:
        """True if `height` more points fit on this page."""
        return self.y - height >= self.bottom

    def need(self, height: float) -> bool:
        """Turn the page unless `height` fits; True if the page was turned."""
        if self.room(height):
            return False
        self.new_page()
        return True

    def new_page(self) -> None:
        """Finish this page and start the next one."""
        self.canvas.showPage()
        self._start_page()

    def heading(self, text: str) -> None:
        """A section heading, kept with at least a few lines of what follows."""
        self.need(TEXT_SIZE * 6)
        self.y -= 6
        self.canvas.setFont(FONT, TEXT_SIZE + 2)
        self.canvas.setFillColor(colors.black)
        self.canvas.drawString(self.left, self.y - (TEXT_SIZE + 2), text)
        self.y -= TEXT_SIZE + 6

    def paragraph(self, text: str, size: float = TEXT_SIZE) -> None:
        """Wrapped text across the page."""
        lines = simpleSplit(text, FONT, size, self.width)
        for line in lines:
            self.need(size + 3)
            self.canvas.setFont(FONT, size)
            self.canvas.setFillColor(colors.black)
            self.canvas.drawString(self.left, self.y - size, line)
            self.y -= size + 3
        self.y -= 4

    def save(self) -> None:
        """Finish the last page and write the file."""
        self.canvas.showPage()
        self.canvas.save()

    def _period_text(self) -> str:
        d = self.document
        first = display(d.period.first, Kind.DATE, d.language)
        last = display(d.period.last, Kind.DATE, d.language)
        return first if first == last else f"{first} – {last}"

    def _start_page(self) -> None:
        self.number += 1
        top = float(self.size[1] - MARGIN)
        self._footer()
        if self.number == 1:
            self.y = self._title_block(top)
        else:
            self.y = self._running_header(top)

    def _title_block(self, top: float) -> float:
        c, d, t = self.canvas, self.document, self.labels
        c.setFillColor(colors.black)
        c.setFont(FONT, TITLE_SIZE)
        c.drawString(self.left, top - TITLE_SIZE, d.title)
        y = top - TITLE_SIZE - 6
        c.setFont(FONT, TEXT_SIZE)
        lines = [
            f"{t['hdr.store']}: {d.store}",
            f"{t['hdr.period']}: {self._period_text()}",
            f"{t['hdr.generated']}: {display(d.generated_at, Kind.DATETIME, d.language)}",
        ]
        if d.terminals is not None:
            lines.append(f"{t['hdr.terminals']}: {', '.join(d.terminals) or '—'}")
        for line in lines:
            for part in simpleSplit(line, FONT, TEXT_SIZE, self.width):
                c.drawString(self.left, y - TEXT_SIZE, part)
                y -= TEXT_SIZE + 3
        c.setStrokeColor(GREY)
        c.line(self.left, y - 2, self.left + self.width, y - 2)
        return y - 8

    def _running_header(self, top: float) -> float:
        c, d = self.canvas, self.document
        c.setFont(FONT, SMALL_SIZE)
        c.setFillColor(GREY)
        c.drawString(self.left, top - SMALL_SIZE, f"{d.title} · {d.store} · {self._period_text()}")
        c.setFillColor(colors.black)
        return top - SMALL_SIZE - 8

    def _footer(self) -> None:
        c, d, t = self.canvas, self.document, self.labels
        c.setFont(FONT, SMALL_SIZE)
        c.setFillColor(GREY)
        made = display(d.generated_at, Kind.DATETIME, d.language)
        c.drawString(self.left, MARGIN, f"{d.store} · {t['hdr.generated']}: {made}")
        c.drawRightString(self.left + self.width, MARGIN, t.format("hdr.page", page=self.number))
        c.setFillColor(colors.black)
