"""Registering a customer at the counter: a card the store does not know yet, or Ctrl+N.

A scanned card that is valid but unknown here, or an issued card nobody holds yet, opens a short
form: name, phone and the customer's consent, with the welcome bonus the programme gives; the
consent to receive offers is a box of its own, unticked until the customer says yes. The
form checks nothing itself: the core's `register_member` decides (consent, a phone already on
file, a name too long), and what it refuses comes back in the window's language while the form
stays open; nothing is written then. Once registered, the new member is the current customer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.cards import CardState
from pos_loyalty.services.lookup import MemberView, require_programme
from pos_loyalty.services.members import Registered, Registration
from pos_loyalty.services.ports import UnitOfWork
from ui.checkout.text import points

if TYPE_CHECKING:
    from ui.checkout.window import CheckoutWindow


def welcome_bonus(uow: UnitOfWork) -> int:
    """The points the programme gives a new member (a worker task)."""
    with uow.read_only():
        return require_programme(uow).bonuses.welcome


class RegisterDialog(QDialog):
    """Name, phone, consent and the card; `submitted` carries the `Registration`."""

    submitted = Signal(object)

    def __init__(self, card_number: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setObjectName("registerDialog")
        self.setWindowTitle(self.tr("New member"))
        self.name_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setPlaceholderText("+7 912 345-67-89")
        self.card_edit = QLineEdit(card_number, self)
        self.card_edit.setPlaceholderText(self.tr("scan the card given (empty: a new number)"))
        self.consent_box = QCheckBox(self.tr("The customer consents to the use of personal data"))
        self.offers_box = QCheckBox(self.tr("The customer agrees to receive offers"))
        self.offers_box.setObjectName("marketingConsent")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        if card_number:
            text = self.tr("Card %1 is new here: register the customer, or Cancel.")
            self.note.setText(text.replace("%1", card_number))
        self.bonus_label = QLabel(self)
        self.bonus_label.setObjectName("welcome")
        self.refusal = QLabel(self)
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Card"), self.card_edit)
        form.addRow("", self.consent_box)
        form.addRow("", self.offers_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        for widget in (self.bonus_label, self.refusal, self.buttons):
            layout.addWidget(widget)
        self.name_edit.setFocus()

    def show_welcome(self, welcome: int) -> None:
        """Say what the programme gives a new member."""
        text = self.tr("Welcome bonus: %1 points on registering.")
        self.bonus_label.setText(text.replace("%1", points(welcome, self._language)))

    def take_card(self, number: str) -> None:
        """A card scanned while the form is open is the card the customer gets."""
        self.card_edit.setText(number)

    def show_refusal(self, text: str) -> None:
        """Show what the core refused; the form stays open for another try."""
        self.refusal.setText(text)
        self.buttons.setEnabled(True)

    def _on_buttons_accepted(self) -> None:
        self.refusal.clear()
        self.buttons.setEnabled(False)  # until the core answers: one registration per press
        self.submitted.emit(
            Registration(
                name=self.name_edit.text(),
                phone=self.phone_edit.text(),
                consent=self.consent_box.isChecked(),
                card_number=self.card_edit.text().strip() or None,
                marketing_consent=self.offers_box.isChecked(),
            )
        )


class RegisterAtCounter(QObject):
    """Opens the form for a new card, runs the registration and selects the new member."""

    def __init__(self, window: CheckoutWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: RegisterDialog | None = None
        self._welcomed: tuple[str, str] = ("", "")  # the card just registered, and what to say
        s = window.session
        s.card_unknown.connect(self._on_session_card_unknown)
        s.member_loaded.connect(self._on_session_member_loaded)
        s.member_registered.connect(self._on_session_member_registered)
        s.registration_refused.connect(self._on_session_registration_refused)

    def open(self, card_number: str = "") -> None:
        """Open the form for `card_number` (empty: scan one into it, or a new number)."""
        w = self._window
        if w.shift.locked:
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = RegisterDialog(card_number, w.language, w)
        self.dialog.submitted.connect(w.session.register)
        self.dialog.finished.connect(self._on_dialog_finished)
        uow_factory = w.prompts.uow_factory
        w.session.worker.submit(
            lambda: welcome_bonus(uow_factory()), self.dialog.show_welcome, channel="welcome"
        )
        self.dialog.open()

    def open_for_key(self) -> None:
        """Ctrl+N: the form for the card on screen if nobody holds it, else for a card to scan."""
        view = self._window.session.view
        unheld = view is not None and view.member is None and view.card.state == CardState.ACTIVE
        self.open(view.card.number if unheld and view is not None else "")

    def take_scan(self, number: str) -> bool:
        """Give a scan to the open form (True), or leave it to the counter (False)."""
        if self.dialog is None or not self.dialog.isVisible():
            return False
        self.dialog.take_card(number)
        return True

    def _on_session_card_unknown(self, number: str) -> None:
        self.open(number)  # the counter keeps the core's refusal: it may be another store's

    def _on_session_member_loaded(self, view: MemberView) -> None:
        card, text = self._welcomed
        if view.card.number == card:  # after the counter's own "Card read": say both
            self._welcomed = ("", "")
            self._window.show_message("ok", text + " " + self._window.message.text())
        elif view.member is None and view.card.state == CardState.ACTIVE:
            self.open(view.card.number)  # an issued card that nobody holds yet

    def _on_session_member_registered(self, done: Registered) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        text = self.tr("Registered %1 with card %2: welcome bonus %3 points.")
        text = text.replace("%1", done.member.name).replace("%2", done.card.number)
        text = text.replace("%3", points(done.welcome_points, self._window.language))
        self._window.show_message("ok", text)
        self._welcomed = (done.card.number, text)

    def _on_session_registration_refused(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.show_refusal(text)

    def _on_dialog_finished(self, _result: int) -> None:
        self._window.search.focus()
