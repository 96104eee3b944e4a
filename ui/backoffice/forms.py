"""Small layout helpers the back-office boxes share."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget


def row(*widgets: QWidget) -> QWidget:
    """Widgets side by side in one form row; text fields take the spare width, else a gap does."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    stretched = False
    for widget in widgets:
        stretch = 1 if isinstance(widget, QLineEdit | QComboBox) else 0
        stretched = stretched or bool(stretch)
        layout.addWidget(widget, stretch)
    if not stretched:
        layout.addStretch(1)
    return holder
