"""Small layout helpers the back-office boxes share."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget


def row(*widgets: QWidget) -> QWidget:
    """Widgets side by side in one form row; the text fields take the spare width."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        stretch = 1 if isinstance(widget, QLineEdit | QComboBox | QDateEdit) else 0
        layout.addWidget(widget, stretch)
    return holder
