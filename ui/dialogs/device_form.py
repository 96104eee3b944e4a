"""A form over one device's settings dataclass: a fitting widget per setting, errors beside them."""

from __future__ import annotations

import dataclasses
import typing
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from devices import DeviceSettingsError, SerialPortInfo
from ui.dialogs.device_fields import (
    CHOICES,
    KIND_FIELD,
    PORT_FIELDS,
    SERIAL_CHOICES,
    SUGGESTIONS,
    applies,
    choice_label,
    field_label,
)
from ui.dialogs.field_errors import FieldProblem, FormErrors, settings_problem
from ui.dialogs.port_box import chosen_port, port_box

_INT_LIMIT = 2_147_483_647


class DeviceForm(QWidget):
    """Edit one device's settings; `settings()` returns them checked by their dataclass."""

    def __init__(
        self,
        device: str,
        settings_type: type[Any],
        values: dict[str, Any],
        ports: list[SerialPortInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.device = device
        self._type = settings_type
        self._hints = typing.get_type_hints(settings_type)
        self.errors = FormErrors(self)
        self._layout = QFormLayout(self)
        self._widgets: dict[str, QWidget] = {}
        self._rows: dict[str, int] = {}
        for field in dataclasses.fields(settings_type):
            widget = self._make(field.name, values.get(field.name, field.default), ports)
            self._widgets[field.name] = widget
            self._rows[field.name] = self._layout.rowCount()
            box = self.errors.wrap(f"{device}.{field.name}", widget)
            self._layout.addRow(field_label(field.name), box)
        self._layout.addRow(self.errors.general)
        kind = self._widgets[KIND_FIELD[device]]
        assert isinstance(kind, QComboBox)
        kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self._on_kind_current_index_changed()

    def widget(self, name: str) -> QWidget:
        """Return the widget editing setting `name`."""
        return self._widgets[name]

    def _make(self, name: str, value: Any, ports: list[SerialPortInfo]) -> QWidget:
        hint = self._hints[name]
        choices = CHOICES[self.device].get(name) or SERIAL_CHOICES.get(name)
        if hint is bool:
            check = QCheckBox(self)
            check.setChecked(bool(value))
            return check
        if choices:
            box = QComboBox(self)
            for choice in choices:
                box.addItem(choice_label(name, choice), choice)
            box.setCurrentIndex(max(box.findData(value), 0))
            return box
        if name == PORT_FIELDS[self.device]:
            box = port_box(ports, self)
            box.setEditText(str(value))
            return box
        if name in SUGGESTIONS:
            box = QComboBox(self)
            box.setEditable(True)
            box.addItems(list(SUGGESTIONS[name]))
            box.setEditText(str(value))
            return box
        if hint is int:
            spin = QSpinBox(self)
            spin.setRange(0, _INT_LIMIT)
            spin.setValue(int(value))
            return spin
        line = QLineEdit(self)
        line.setText("" if value is None else _shown(name, value))
        return line

    def _on_kind_current_index_changed(self, *_: object) -> None:
        kind = str(self.value_of(KIND_FIELD[self.device]))
        for name, row in self._rows.items():
            self._layout.setRowVisible(row, applies(self.device, name, kind))

    def set_value(self, name: str, value: object) -> None:
        """Put `value` in the widget of setting `name` (as if the user had typed or chosen it)."""
        widget = self._widgets[name]
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(str(value)))
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(widget, QComboBox):
            widget.setEditText(str(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))

    def value_of(self, name: str) -> Any:
        """Return the value of setting `name` as typed, converted to its type."""
        widget = self._widgets[name]
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QComboBox) and not widget.isEditable():
            return widget.currentData()
        text = chosen_port(widget) if isinstance(widget, QComboBox) else _text(widget)
        return self._convert(name, text)

    def _convert(self, name: str, text: str) -> Any:
        hint = self._hints[name]
        if hint is str:
            return text
        if not text and hint is not int:
            return None
        try:
            return int(text, 0)
        except ValueError:
            message = QCoreApplication.translate(
                "DeviceForm", "Type a whole number, e.g. {example}."
            )
            example = "0x1A86" if name.startswith("usb_") else "9600"
            raise FieldProblem(f"{self.device}.{name}", message.format(example=example)) from None

    def values(self) -> dict[str, Any]:
        """Return every setting as typed, or raise FieldProblem for a value that is not a number."""
        return {name: self.value_of(name) for name in self._widgets}

    def settings(self) -> Any:
        """Return the settings checked by their dataclass, or raise FieldProblem."""
        try:
            return self._type.from_dict(self.values())
        except DeviceSettingsError as error:
            raise settings_problem(self.device, error) from None

    def show_problem(self, problem: FieldProblem) -> None:
        """Show a problem beside its field (above the form when that field is hidden)."""
        name = problem.field.removeprefix(f"{self.device}.")
        row = self._rows.get(name)
        if row is None or not self._layout.isRowVisible(row):
            problem = FieldProblem("", problem.text, problem.detail)
        self.errors.show(problem)


def _text(widget: QWidget) -> str:
    return widget.text().strip() if isinstance(widget, QLineEdit) else ""


def _shown(name: str, value: object) -> str:
    if name.startswith("usb_") and isinstance(value, int):
        return f"0x{value:04X}"
    return str(value)
