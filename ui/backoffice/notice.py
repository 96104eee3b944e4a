"""One line under a panel saying what just happened: plain, or red when something was refused."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

TONES = {
    "ok": "color:#1b5e20;",
    "error": "color:#c62828; font-weight:bold;",
}


class Notice(QLabel):
    """The panel's message line; `tone` is "ok" or "error" (red)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.tone = ""

    def say(self, text: str, tone: str = "ok") -> None:
        """Show `text` in `tone`."""
        self.tone = tone
        self.setStyleSheet(TONES[tone])
        self.setText(text)
