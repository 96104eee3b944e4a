"""Shift work at the counter: lock it, switch cashier by PIN, sign out with the shift's Z-report.

Locking forgets the customer and the check (the customer display is blanked), hides and
disables the counter's panels and keys, and opens the sign-in dialog over the window. It
cannot be dismissed: the counter stays locked until someone signs in with their PIN (checked
on the real clock, wrong PINs counted and locked out as at any sign-in). Whoever signs in
then works the counter: every sale, refund and audit record from then on carries their id.

Signing out first offers today's Z-report of this terminal (to view or print; No skips it),
then locks the counter for the next person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from pos_loyalty.domain.staff import Staff
from ui.dialogs.sign_in import SignInDialog

if TYPE_CHECKING:
    from ui.checkout.window import CheckoutWindow


class LockDialog(SignInDialog):
    """The sign-in dialog over a locked counter: Esc and the close button do not dismiss it."""

    def __init__(self, parent: CheckoutWindow, demo_hint: str = "") -> None:
        prompts = parent.prompts
        super().__init__(
            prompts.uow_factory,
            prompts.hasher,
            prompts.pin_clock,  # the real clock: a settable business time must not end a lock
            parent,
            demo_hint,
            terminal_id=parent.session.actor.terminal_id,
        )
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("The counter is locked"))
        note = QLabel(self.tr("The counter is locked. Sign in with your PIN to work at it."), self)
        note.setObjectName("lockNote")
        note.setWordWrap(True)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, note)
        self.pad.field.setFocus()

    def reject(self) -> None:
        """Stay open: only a sign-in unlocks the counter."""

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stay open unless someone signed in."""
        if self.staff is None:
            event.ignore()
        else:
            super().closeEvent(event)


class ShiftControl(QObject):
    """Locks the counter window and hands it to whoever signs in next."""

    def __init__(self, window: CheckoutWindow, demo_hint: str = "") -> None:
        super().__init__(window)
        self._window = window
        self.demo_hint = demo_hint
        self.dialog: LockDialog | None = None

    @property
    def locked(self) -> bool:
        """True while the counter waits for someone to sign in."""
        return self.dialog is not None

    def lock(self) -> None:
        """Forget the customer, hide the counter and ask for a PIN (not while a sale records)."""
        w = self._window
        if self.locked:
            return
        if w.session.committing:
            w.show_message("error", self.tr("The sale is being recorded: lock once it is."))
            return
        self._close_backoffice()
        w.new_customer()  # the member, the check and the customer display are cleared
        self._show_counter(False)
        self.dialog = LockDialog(w, self.demo_hint)
        self.dialog.signed_in.connect(self._on_dialog_signed_in)
        self.dialog.open()

    def sign_out(self) -> None:
        """End the shift: offer today's Z-report of this terminal, then lock the counter."""
        w = self._window
        if w.session.committing:
            w.show_message("error", self.tr("The sale is being recorded: sign out once it is."))
            return
        question = self.tr(
            "%1 signs out. Open today's Z-report of this terminal to view or print it?"
        ).replace("%1", w.staff.name)
        if w.prompts.confirm(w, self.tr("Sign out"), question):
            w.prompts.z_report(w, w.session.actor.terminal_id)
        self.lock()

    def _on_dialog_signed_in(self, staff: Staff) -> None:
        w, dialog = self._window, self.dialog
        self.dialog = None
        if dialog is not None:
            dialog.deleteLater()
        w.session.act_as(staff.id)
        w.staff = staff
        title = QCoreApplication.translate("CheckoutWindow", "POS Loyalty: %1")
        w.setWindowTitle(title.replace("%1", staff.name))
        self._show_counter(True)
        w.activateWindow()
        w.new_customer()
        text = self.tr("%1 is working the counter now. Scan a card.").replace("%1", staff.name)
        w.show_message("ok", text)

    def _show_counter(self, shown: bool) -> None:
        """Show or hide (and disable) the panels, the demo dock and every key of the counter."""
        w = self._window
        widgets: list[QWidget | None] = [w.centralWidget(), w.findChild(QDockWidget, "demoDock")]
        for widget in widgets:
            if widget is not None:
                widget.setEnabled(shown)  # a disabled widget gets no keys, even sent to it
                widget.setVisible(shown)
        for action in w.actions_by_key.values():
            action.setEnabled(shown)

    def _close_backoffice(self) -> None:
        """The back office opened by the person leaving closes with their shift."""
        w = self._window
        if w.backoffice is not None and shiboken6.isValid(w.backoffice):
            w.backoffice.close()
            w.backoffice = None
