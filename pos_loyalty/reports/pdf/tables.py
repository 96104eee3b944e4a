"""Tables drawn row by row: the header repeats on every page, numbers align right, long text
is cut with an ellipsis. Each page's cells go into one text object, so a row costs a few string
operations and nothing is kept once the page is done."""

from __future__ import annotations

from reportlab.lib import colors

from pos_loyalty.reports.document import Column, Kind, Row, Table
from pos_loyalty.reports.formatting import display
from pos_loyalty.reports.pdf.fonts import FONT, Measure
from pos_loyalty.reports.pdf.page import Pages
from pos_loyalty.reports.pdf.text import CellText, text_block
from pos_loyalty.reports.period import Progress, no_progress

CELL_SIZE = 7.5
HEADER_SIZE = 7
ROW_HEIGHT = 11.0
PAD = 3.0
COMPACT_WIDTH = 380.0
COMPACT_COLUMNS = 5
COLUMN_WIDTH = 130.0
PROGRESS_EVERY = 2_000
STRIPE = colors.Color(0.94, 0.95, 0.97)
HEADER_FILL = colors.Color(0.86, 0.89, 0.93)
_LEFT = {Kind.TEXT, Kind.DATE, Kind.MONTH, Kind.DATETIME}
_KIND_WIDTH = {
    Kind.TEXT: 3,
    Kind.INT: 2,
    Kind.MONEY: 3,
    Kind.POINTS: 2,
    Kind.PERCENT: 2,
    Kind.DATE: 3,
    Kind.MONTH: 2,
    Kind.DATETIME: 3,
    Kind.MIXED: 3,
}


def _span(table: Table, page_width: float) -> float:
    """Short tables need not stretch across a landscape page."""
    columns = len(table.columns)
    if table.compact or columns <= COMPACT_COLUMNS:
        return min(page_width, max(COMPACT_WIDTH, COLUMN_WIDTH * columns))
    return page_width


def column_widths(columns: tuple[Column, ...], total: float) -> list[float]:
    """Share `total` points between the columns by their relative widths."""
    weights = [c.width or _KIND_WIDTH[c.kind] for c in columns]
    return [total * w / sum(weights) for w in weights]


class TableDrawer:
    """Draws one table across as many pages as its rows need."""

    def __init__(self, pages: Pages, table: Table) -> None:
        self.pages = pages
        self.table = table
        self.language = pages.document.language
        self.span = _span(table, pages.width)
        self.widths = column_widths(table.columns, self.span)
        self.lefts = [pages.left + sum(self.widths[:i]) for i in range(len(self.widths))]
        self.cell = Measure(CELL_SIZE)
        self.head = Measure(HEADER_SIZE)
        self.header_lines = [
            self._header_lines(c, w) for c, w in zip(table.columns, self.widths, strict=True)
        ]
        self.header_height = (
            max(len(lines) for lines in self.header_lines) * (HEADER_SIZE + 1) + 2 * PAD
        )

    def draw(self, progress: Progress = no_progress) -> int:
        """Draw the title, the header and every row; return the number of rows."""
        self.pages.heading(self.table.title)
        self.pages.need(self.header_height + 2 * ROW_HEIGHT)
        self._header()
        cells = self._cell_writers()
        operators: list[str] = []
        count = 0
        for row in self.table.rows:
            if not self.pages.room(ROW_HEIGHT):
                self.pages.canvas.addLiteral(text_block(operators))
                operators = []
                self.pages.new_page()
                self._header()
            self._row(operators, cells, row, count)
            count += 1
            if count % PROGRESS_EVERY == 0:
                progress(count, self.table.size or count)
        if operators:
            self.pages.canvas.addLiteral(text_block(operators))
        if count == 0:
            self._empty()
        self.pages.y -= 6
        return count

    def _cell_writers(self) -> list[tuple[CellText, float, Kind]]:
        writers = []
        for column, left, width in zip(self.table.columns, self.lefts, self.widths, strict=True):
            right = column.kind not in _LEFT
            writer = CellText(self.pages.canvas, self.cell, width - 2 * PAD, right)
            writers.append((writer, left + width - PAD if right else left + PAD, column.kind))
        return writers

    def _header_lines(self, column: Column, width: float) -> list[str]:
        words, lines, line = column.title.split(), [], ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if line and self.head.width(candidate) > width - 2 * PAD:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
        return [self.head.fit(text, width - 2 * PAD) for text in lines[:3]]

    def _header(self) -> None:
        c, y = self.pages.canvas, self.pages.y
        c.setFillColor(HEADER_FILL)
        c.rect(
            self.pages.left,
            y - self.header_height,
            self.span,
            self.header_height,
            stroke=0,
            fill=1,
        )
        c.setFillColor(colors.black)
        c.setFont(FONT, HEADER_SIZE)
        for column, left, width, lines in zip(
            self.table.columns, self.lefts, self.widths, self.header_lines, strict=True
        ):
            top = y - PAD - HEADER_SIZE
            for line in lines:
                if column.kind in _LEFT:
                    c.drawString(left + PAD, top, line)
                else:
                    c.drawRightString(left + width - PAD, top, line)
                top -= HEADER_SIZE + 1
        self.pages.y = y - self.header_height

    def _row(
        self, operators: list[str], cells: list[tuple[CellText, float, Kind]], row: Row, index: int
    ) -> None:
        pages, y = self.pages, self.pages.y
        if index % 2:
            pages.canvas.setFillColor(STRIPE)
            pages.canvas.rect(pages.left, y - ROW_HEIGHT, self.span, ROW_HEIGHT, stroke=0, fill=1)
        base = y - ROW_HEIGHT + 3
        language = self.language
        for cell, (writer, x, kind) in zip(row, cells, strict=True):
            operators.append(writer.place(display(cell, kind, language), x, base))
        pages.y = y - ROW_HEIGHT

    def _empty(self) -> None:
        self.pages.need(ROW_HEIGHT)
        c = self.pages.canvas
        c.setFont(FONT, CELL_SIZE)
        c.setFillColor(colors.Color(0.4, 0.4, 0.4))
        c.drawString(
            self.pages.left + PAD, self.pages.y - ROW_HEIGHT + 3, self.pages.labels["word.no_data"]
        )
        c.setFillColor(colors.black)
        self.pages.y -= ROW_HEIGHT
