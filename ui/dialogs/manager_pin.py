"""Asking a manager on the spot: a small modal that takes a manager's PIN to approve an action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.staff import Staff
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.staff import PinHasher, manager_approval
from ui.dialogs.pin_pad import PinPad


class ManagerPinDialog(QDialog):
    """A manager types their PIN; `manager` is set when the dialog is accepted."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        hasher: PinHasher,
        clock: Clock,
        reason: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._hasher = hasher
        self._clock = clock
        self.manager: Staff | None = None
        self.setWindowTitle(self.tr("Manager's approval"))
        self.setModal(True)
        prompt = QLabel(
            self.tr("A manager's PIN is needed to {reason}.").format(reason=reason), self
        )
        prompt.setWordWrap(True)
        self.pad = PinPad(self)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.pad)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.pad.submitted.connect(self._on_pad_submitted)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def ok_button(self) -> QWidget:
        """Return the OK button (for keyboard focus and tests)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _on_pad_submitted(self) -> None:
        self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        if not self.ok_button().isEnabled():
            return
        if not self.pad.pin():
            self.message.setText(self.tr("Type the manager's PIN."))
            return
        self.ok_button().setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        QTimer.singleShot(0, self._check)

    def _check(self) -> None:
        try:
            self.manager = manager_approval(
                self.pad.pin(), uow=self._uow_factory(), hasher=self._hasher, clock=self._clock
            )
        except NotAllowed:
            self.message.setText(
                self.tr("That is not a manager's PIN. Ask a manager to type theirs.")
            )
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
) -> Staff | None:
    """Ask for a manager's PIN to approve `reason`; return the manager, or None if cancelled."""
    dialog = ManagerPinDialog(uow_factory, hasher, clock, reason, parent)
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
