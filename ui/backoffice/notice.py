"""The line under a back-office box that says what happened: done, or what went wrong and why.

Errors the core raises on purpose carry a message for people (it says what to do); anything
else is named with its type so that it can be reported.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from pos_loyalty.domain.errors import LoyaltyError
from ui.core_messages import core_message

STYLES = {
    "info": "background:#e3f2fd; color:#0d47a1; padding:6px; border-radius:4px;",
    "ok": "background:#e8f5e9; color:#1b5e20; padding:6px; border-radius:4px;",
    "error": "background:#c62828; color:white; padding:6px; border-radius:4px;",
}


def describe(exc: BaseException) -> str:
    """One line about a failure: the core's own message, else the error's type and text."""
    if isinstance(exc, LoyaltyError):
        return core_message(exc)
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    return f"{type(exc).__name__}: {exc}"


class Notice(QLabel):
    """A message line with a kind ('info', 'ok', 'error') that tests and styles can read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = ""
        self.setVisible(False)

    def show_text(self, kind: str, text: str) -> None:
        """Show `text` styled as `kind`."""
        self.kind = kind
        self.setStyleSheet(STYLES[kind])
        self.setText(text)
        self.setVisible(True)

    def show_error(self, exc: BaseException) -> None:
        """Show what went wrong."""
        self.show_text("error", describe(exc))

    def clear_text(self) -> None:
        """Hide the line."""
        self.kind = ""
        self.setText("")
        self.setVisible(False)
