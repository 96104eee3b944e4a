"""Small forms the counter opens on the spot: a refund of a sale, a manual points adjustment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import Minor, format_money, parse_money
from pos_loyalty.domain.sales import Sale
from pos_loyalty.services.points import ADJUST_REASONS
from ui.checkout.text import day, money
from ui.core_messages import core_message


class RefundForm(QDialog):
    """Asks for the value of the goods returned and why."""

    def __init__(self, sale: Sale, language: str, parent: QWidget | None = None) -> None:
        self._language = language
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refund"))
        self._sale = sale
        form = QFormLayout(self)
        when = f"{day(sale.business_date, language)} {sale.created_at:%H:%M}"
        form.addRow(self.tr("Sale"), QLabel(f"{when}  {money(sale.total, language)}"))
        form.addRow(self.tr("Left to refund"), QLabel(money(sale.left_to_refund, language)))
        self.amount_edit = QLineEdit(format_money(sale.left_to_refund))
        self.amount_edit.setObjectName("refundAmount")
        form.addRow(self.tr("Goods returned worth"), self.amount_edit)
        self.reason_box = QComboBox()
        self.reason_box.setObjectName("refundReason")
        self.reason_box.setEditable(True)
        self.reason_box.addItems([self.tr("goods returned"), self.tr("faulty goods")])
        form.addRow(self.tr("Reason"), self.reason_box)
        self.error = QLabel()
        self.error.setStyleSheet("color:#c62828;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.amount: Minor = 0
        self.reason = ""

    def _on_buttons_accepted(self) -> None:
        try:
            self.amount = parse_money(self.amount_edit.text())
        except InvalidInput as exc:
            self.error.setText(core_message(exc, self._language))
            return
        self.reason = self.reason_box.currentText().strip()
        if not self.reason:
            self.error.setText(self.tr("Say why the goods come back."))
            return
        self.accept()


class AdjustForm(QDialog):
    """Asks how many points to add (or remove, negative) and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adjust points"))
        form = QFormLayout(self)
        self.points_spin = QSpinBox()
        self.points_spin.setObjectName("adjustPoints")
        self.points_spin.setRange(-1_000_000, 1_000_000)
        form.addRow(self.tr("Points (+ add, − remove)"), self.points_spin)
        self.reason_box = QComboBox()
        self.reason_box.setObjectName("adjustReason")
        self.reason_box.setEditable(True)
        self.reason_box.addItems(list(ADJUST_REASONS))
        form.addRow(self.tr("Reason"), self.reason_box)
        self.error = QLabel()
        self.error.setStyleSheet("color:#c62828;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @property
    def points(self) -> int:
        """The points typed."""
        return int(self.points_spin.value())

    @property
    def reason(self) -> str:
        """The reason chosen or typed."""
        return self.reason_box.currentText().strip()

    def _on_buttons_accepted(self) -> None:
        if self.points == 0:
            self.error.setText(self.tr("Type a number of points other than 0."))
        elif not self.reason:
            self.error.setText(self.tr("Say why the balance changes."))
        else:
            self.accept()
