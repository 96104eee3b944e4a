"""A masked PIN field with a numeric keypad for touch screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

MAX_PIN_DIGITS = 8
_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9")


class PinPad(QWidget):
    """A digits-only password field and a 3x4 keypad; Enter or OK submits."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setObjectName("pin")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(MAX_PIN_DIGITS)
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_PIN_DIGITS}}}"), self)
        )
        self.field.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        self.field.setPlaceholderText(self.tr("PIN"))
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setStyleSheet("font-size: 16pt; padding: 4px;")
        self.field.returnPressed.connect(self._on_field_return_pressed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addLayout(self._keypad())

    def _keypad(self) -> QGridLayout:
        grid = QGridLayout()
        for index, digit in enumerate(_KEYS):
            grid.addWidget(self._key(digit), index // 3, index % 3)
        erase = self._button(self.tr("⌫"), "pin_erase", self._on_erase_clicked)
        erase.setToolTip(self.tr("Erase the last digit"))
        grid.addWidget(erase, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        clear = self._button(self.tr("C"), "pin_clear", self._on_clear_clicked)
        clear.setToolTip(self.tr("Clear the PIN"))
        grid.addWidget(clear, 3, 2)
        return grid

    def _key(self, digit: str) -> QPushButton:
        return self._button(digit, f"pin_key_{digit}", lambda: self._on_key_clicked(digit))

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumSize(56, 44)
        button.setStyleSheet("font-size: 14pt;")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def pin(self) -> str:
        """Return the digits typed so far."""
        return self.field.text()

    def clear(self) -> None:
        """Empty the field and give it the focus."""
        self.field.clear()
        self.field.setFocus()

    def _on_key_clicked(self, digit: str) -> None:
        if len(self.field.text()) < MAX_PIN_DIGITS:
            self.field.setText(self.field.text() + digit)
        self.field.setFocus()

    def _on_erase_clicked(self) -> None:
        self.field.backspace()
        self.field.setFocus()

    def _on_clear_clicked(self) -> None:
        self.clear()

    def _on_field_return_pressed(self) -> None:
        self.submitted.emit()
