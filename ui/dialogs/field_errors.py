"""Showing a refused value next to its field, in the language of the app.

Device settings refuse bad values with a message naming the setting
(`PrinterSettings.host is empty ...`); these helpers find the field it names and say the
common cases in the app's language, keeping the precise message as a tooltip.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

_NAMED = re.compile(r"(?:Scanner|Printer|Display)Settings\.(\w+)")
_BY_TOPIC = (
    ("printer profile", "profile"),
    ("code page number", "codepage_number"),
    ("code page", "codepage"),
)


def settings_error_field(message: str) -> str | None:
    """Return the name of the setting a DeviceSettingsError message is about, if it names one."""
    found = _NAMED.search(message)
    if found:
        return found.group(1)
    for topic, name in _BY_TOPIC:
        if topic in message:
            return name
    return None


def explain_settings_error(message: str) -> str:
    """Say a refused device setting in the app's language (the common cases; else as given)."""
    if " is empty" in message or " are needed" in message:
        return QCoreApplication.translate("FieldErrors", "Needed for this connection.")
    one_of = re.search(r"must be one of (.+), got", message)
    if one_of:
        return QCoreApplication.translate("FieldErrors", "Choose one of: {choices}.").format(
            choices=one_of[1]
        )
    at_least = re.search(r"must be at least (\d+)", message)
    if at_least:
        return QCoreApplication.translate("FieldErrors", "Must be at least {minimum}.").format(
            minimum=at_least[1]
        )
    if "must be 1..65535" in message:
        return QCoreApplication.translate("FieldErrors", "A TCP port is 1 to 65535.")
    if "USB id" in message:
        return QCoreApplication.translate("FieldErrors", "A USB id is 0x0000 to 0xFFFF.")
    return message


class ErrorLabel(QLabel):
    """A red note under a field, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setVisible(False)

    def show_error(self, text: str, detail: str = "") -> None:
        """Show `text` (with the precise `detail` as a tooltip)."""
        self.setText(text)
        self.setToolTip(detail if detail != text else "")
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        """Hide the note."""
        self.show_error("")

    def error(self) -> str:
        """Return the text shown, or "" when there is none."""
        return "" if self.isHidden() else self.text()


class FieldProblem(Exception):
    """A value refused while collecting a form: which field, and what to tell the user."""

    def __init__(self, field: str, text: str, detail: str = "") -> None:
        super().__init__(text)
        self.field = field
        self.text = text
        self.detail = detail


class FormErrors:
    """The error notes of one form: one under each field, and one for the form as a whole."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._labels: dict[str, ErrorLabel] = {}
        self.general = ErrorLabel(parent)

    def wrap(self, name: str, widget: QWidget) -> QWidget:
        """Return `widget` in a box with its error note underneath (add the box to the form)."""
        box = QWidget(self._parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = ErrorLabel(box)
        label.setObjectName(f"error_{name}")
        layout.addWidget(label)
        self._labels[name] = label
        return box

    def show(self, problem: FieldProblem) -> None:
        """Show a problem under its field (or for the whole form when the field is unknown)."""
        self._labels.get(problem.field, self.general).show_error(problem.text, problem.detail)

    def clear(self) -> None:
        """Hide every note."""
        self.general.clear_error()
        for label in self._labels.values():
            label.clear_error()

    def error(self, name: str = "") -> str:
        """Return the note shown for field `name` ("" for the whole form)."""
        return self._labels.get(name, self.general).error() if name else self.general.error()


def settings_problem(device: str, error: Exception) -> FieldProblem:
    """Turn a refused device setting into a problem for the field `<device>.<setting>`."""
    message = str(error)
    name = settings_error_field(message)
    field = f"{device}.{name}" if name else device
    return FieldProblem(field, explain_settings_error(message), message)
