"""The shipped DejaVu Sans (Cyrillic included), registered with reportlab, and fast text widths."""

from __future__ import annotations

import functools

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import resource_path

FONT = "DejaVuSans"


@functools.cache
def register_font() -> str:
    """Register DejaVu Sans with reportlab once; return its font name."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    return FONT


class Measure:
    """Text widths at one font size, from per-character widths learnt once (tables draw a lot)."""

    ELLIPSIS = "…"

    def __init__(self, size: float) -> None:
        register_font()
        self.size = size
        self._chars: dict[str, float] = {}

    def width(self, text: str) -> float:
        """The width of `text` in points."""
        chars = self._chars
        total = 0.0
        for char in text:
            found = chars.get(char)
            if found is None:
                found = chars[char] = pdfmetrics.stringWidth(char, FONT, self.size)
            total += found
        return total

    def fit(self, text: str, room: float) -> str:
        """`text`, cut and ended with an ellipsis if it is wider than `room`."""
        if self.width(text) <= room:
            return text
        room -= self.width(self.ELLIPSIS)
        used, kept = 0.0, 0
        for char in text:
            used += self.width(char)
            if used > room:
                break
            kept += 1
        return text[:kept].rstrip() + self.ELLIPSIS
