"""The forms beside the staff table: a new account, and a new PIN for the selected one.

Both take the PIN twice and check it by the core's rule (`domain.staff.validate_pin`) before
anything is sent, so a typo is caught on the spot; the use case checks again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QPushButton

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.staff import Role, validate_pin
from ui.backoffice.staff.table import role_text
from ui.core_messages import core_message


def pin_problem(pin: str, again: str, role: Role = Role.CASHIER) -> str | None:
    """Why these two PIN fields cannot be used for `role` (a manager's is longer), or None."""
    try:
        validate_pin(pin, role)
    except InvalidInput as exc:
        return core_message(exc)
    if pin != again:
        return QCoreApplication.translate(
            "StaffForms", "The two PINs differ: type the same PIN twice."
        )
    return None


def pin_edit(name: str) -> QLineEdit:
    """A hidden field taking up to 8 digits."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), edit))
    return edit


class AddStaffForm(QGroupBox):
    """Name, role and the PIN twice for a new account."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("New account"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("newStaffName")
        self.role_box = QComboBox()
        self.role_box.setObjectName("newStaffRole")
        for role in Role:
            self.role_box.addItem(role_text(role), role.value)
        self.pin_edit = pin_edit("newStaffPin")
        self.again_edit = pin_edit("newStaffPinAgain")
        self.add_button = QPushButton(self.tr("Add the account"))
        self.add_button.setObjectName("addStaffButton")
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Role"), self.role_box)
        form.addRow(self.tr("PIN"), self.pin_edit)
        form.addRow(self.tr("PIN again"), self.again_edit)
        form.addRow(self.add_button)

    @property
    def role(self) -> Role:
        """The role chosen."""
        return Role(self.role_box.currentData())

    def problem(self) -> str | None:
        """Why the form cannot be sent as it is, or None."""
        if not self.name_edit.text().strip():
            return self.tr("Type the new staff member's name.")
        return pin_problem(self.pin_edit.text(), self.again_edit.text(), self.role)

    def clear(self) -> None:
        """Empty the form for the next account."""
        for edit in (self.name_edit, self.pin_edit, self.again_edit):
            edit.clear()


class NewPinForm(QGroupBox):
    """A new PIN, twice, for the account selected in the table."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("New PIN for the selected account"))
        self.pin_edit = pin_edit("resetPin")
        self.again_edit = pin_edit("resetPinAgain")
        self.set_button = QPushButton(self.tr("Set the new PIN"))
        self.set_button.setObjectName("resetPinButton")
        form = QFormLayout(self)
        form.addRow(self.tr("PIN"), self.pin_edit)
        form.addRow(self.tr("PIN again"), self.again_edit)
        form.addRow(self.set_button)

    def problem(self, role: Role = Role.CASHIER) -> str | None:
        """Why the PIN cannot be set for an account of `role`, or None."""
        return pin_problem(self.pin_edit.text(), self.again_edit.text(), role)

    def clear(self) -> None:
        """Empty both fields."""
        self.pin_edit.clear()
        self.again_edit.clear()
