"""Asking a manager on the spot: the approving manager's name and PIN, checked by the core.

The PIN is checked like a sign-in (`services.staff.approve_as_manager`): wrong PINs count
against the named account and lock it, so a PIN cannot be guessed here without limit. The
person signed in never approves their own action: they are left out of the names, and typing
their name (in any case or spacing) is refused before their PIN is even checked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.errors import LoyaltyError, NotAllowed
from pos_loyalty.domain.staff import Staff
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.staff import PinHasher, approve_as_manager, find_by_name
from ui.core_messages import core_message
from ui.dialogs.pin_pad import PinPad


def approving_managers(uow: UnitOfWork, signed_in_id: str = "") -> list[str]:
    """The names of the active managers who may approve (everyone but the person signed in)."""
    with uow.read_only():
        people = [s for s in uow.staff.all() if s.active and s.is_manager]
    return sorted(s.name for s in people if s.id != signed_in_id)


def self_approval() -> NotAllowed:
    """The core's refusal of a person approving their own action."""
    return NotAllowed(
        "nobody can approve their own action: ask a second manager", code="self_approval"
    )


def approve(
    name: str,
    pin: str,
    *,
    uow_factory: Callable[[], UnitOfWork],
    hasher: PinHasher,
    clock: Clock,
    signed_in_id: str = "",
    terminal_id: str = "",
) -> Staff:
    """Prove that `name` approves with their PIN; never the person signed in (by staff id)."""
    if signed_in_id:
        uow = uow_factory()
        with uow.read_only():
            named = find_by_name(uow, name)
        if named is not None and named.id == signed_in_id:
            raise self_approval()  # before the PIN: their own PIN proves nothing here
    manager = approve_as_manager(
        name, pin, uow=uow_factory(), hasher=hasher, clock=clock, terminal_id=terminal_id
    )
    if manager.id == signed_in_id:
        raise self_approval()
    return manager


class ManagerPinDialog(QDialog):
    """A manager chooses their name and types their PIN; `manager` is set when accepted.

    `clock` times the lockout: the machine's real clock in the app (`ui.clock.real_clock`).
    """

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        hasher: PinHasher,
        clock: Clock,
        reason: str,
        parent: QWidget | None = None,
        *,
        signed_in: Staff | None = None,
        terminal_id: str = "",
    ) -> None:
        super().__init__(parent)
        self._uow_factory, self._hasher, self._clock = uow_factory, hasher, clock
        self._signed_in_id = signed_in.id if signed_in is not None else ""
        self._terminal_id = terminal_id
        self.manager: Staff | None = None
        self.setWindowTitle(self.tr("Manager's approval"))
        self.setModal(True)
        prompt = QLabel(
            self.tr("A manager's name and PIN are needed to {reason}.").format(reason=reason), self
        )
        prompt.setWordWrap(True)
        self.name_box = self._names()
        self.pad = PinPad(self)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._layout(prompt)
        self.pad.submitted.connect(self._on_pad_submitted)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _names(self) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName("manager_name")
        box.setEditable(True)  # a name can be typed as well as picked
        box.addItems(approving_managers(self._uow_factory(), self._signed_in_id))
        # With several managers nobody is preselected: a PIN typed under someone else's
        # name would count as a wrong PIN against their account.
        box.setCurrentIndex(0 if box.count() == 1 else -1)
        box.setEditText(box.currentText())
        return box

    def _layout(self, prompt: QLabel) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Manager"), self.name_box)
        form.addRow(self.tr("PIN"), self.pad)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if self.name_box.currentText():
            self.pad.field.setFocus()

    def ok_button(self) -> QWidget:
        """Return the OK button (for keyboard focus and tests)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def name(self) -> str:
        """The manager's name as chosen or typed."""
        return " ".join(self.name_box.currentText().split())

    def _on_pad_submitted(self) -> None:
        self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        if not self.ok_button().isEnabled():
            return
        if not self.name():
            self.message.setText(self.tr("Choose the manager's name."))
            return
        if not self.pad.pin():
            self.message.setText(self.tr("Type the manager's PIN."))
            return
        self.ok_button().setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        QTimer.singleShot(0, self._check)

    def _check(self) -> None:
        try:
            self.manager = approve(
                self.name(),
                self.pad.pin(),
                uow_factory=self._uow_factory,
                hasher=self._hasher,
                clock=self._clock,
                signed_in_id=self._signed_in_id,
                terminal_id=self._terminal_id,
            )
        except LoyaltyError as exc:
            self.message.setText(core_message(exc))
            self.pad.clear()
            return
        finally:
            self.ok_button().setEnabled(True)
        self.accept()


def ask_manager_approval(
    parent: QWidget | None,
    uow_factory: Callable[[], UnitOfWork],
    hasher: PinHasher,
    clock: Clock,
    reason: str,
    *,
    signed_in: Staff | None = None,
    terminal_id: str = "",
) -> Staff | None:
    """Ask a manager (never `signed_in`) to approve `reason`; the manager, or None if cancelled."""
    dialog = ManagerPinDialog(
        uow_factory, hasher, clock, reason, parent, signed_in=signed_in, terminal_id=terminal_id
    )
    dialog.setObjectName("manager_pin_dialog")
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.manager if accepted else None
    finally:
        dialog.deleteLater()


def approval_reason(action: str) -> str:
    """Return a translated reason for the common actions: "refund", "void", "adjust"."""
    reasons = {
        "refund": QCoreApplication.translate("ManagerPin", "approve this refund"),
        "void": QCoreApplication.translate("ManagerPin", "void the last sale"),
        "adjust": QCoreApplication.translate("ManagerPin", "correct a balance"),
    }
    return reasons.get(action, action)
