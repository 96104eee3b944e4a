"""Table cells as raw PDF text operators: fast enough for a hundred thousand rows.

reportlab's text objects re-measure and re-encode every string they draw. A column's cells
repeat a lot (dates, terminals, kinds), so each column keeps the encoded operators and width of
the strings it has seen (up to a cap, so memory stays bounded) and a page's cells are handed to
the canvas as one block of operators.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics

from pos_loyalty.reports.pdf.fonts import FONT, Measure

CACHE_LIMIT = 2_000


class CellText:
    """Encodes and places the cells of one column (left- or right-aligned, cut to fit)."""

    def __init__(self, canvas: Any, measure: Measure, room: float, right: bool) -> None:
        self._font = pdfmetrics.getFont(FONT)
        self._canvas = canvas
        self._measure = measure
        self._room = room
        self._right = right
        self._size = f"{measure.size:g} Tf"
        self._seen: dict[str, tuple[str, float]] = {}

    def place(self, text: str, x: float, y: float) -> str:
        """The operators that draw `text` at (x, y): x is the left or right edge."""
        found = self._seen.get(text)
        if found is None:
            found = self._encode(text)
            if len(self._seen) < CACHE_LIMIT:
                self._seen[text] = found
        ops, width = found
        left = x - width if self._right else x
        return f"1 0 0 1 {left:.2f} {y:.2f} Tm {ops}"

    def _encode(self, text: str) -> tuple[str, float]:
        shown = self._measure.fit(text, self._room)
        doc, escape = self._canvas._doc, self._canvas._escape
        parts = [
            f"{self._font.getSubsetInternalName(subset, doc)} {self._size} ({escape(chunk)}) Tj"
            for subset, chunk in self._font.splitString(shown, doc)
        ]
        return " ".join(parts), self._measure.width(shown)


def text_block(operators: list[str]) -> str:
    """One BT ... ET block in black for a page's cells."""
    return "0 g BT\n" + "\n".join(operators) + "\nET"
