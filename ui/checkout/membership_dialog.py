"""Selling or renewing a paid club membership, at the counter and in the back office.

The dialog shows what the core's `membership_offer` says a sale would do today (the fee, the
period and the new end date) and asks to confirm; it decides nothing itself. The sale goes
through `sell_membership` (with the offer's step) on the worker, and what the core refuses comes
back in the window's language while the dialog stays open.

At the counter (`MembershipAtCounter`, Ctrl+M) the member on screen is the one served: once the
fee is recorded the member panel is read again (it shows the new end date) and the slip prints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.services.membership import (
    MembershipOffer,
    MembershipSold,
    Step,
    membership_offer,
    sell_membership,
)
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.slips import StoreHeader
from ui.checkout.text import day, money
from ui.core_messages import core_message

if TYPE_CHECKING:
    from ui.checkout.window import CheckoutWindow


def record_membership(
    offer: MembershipOffer,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    store: StoreHeader | None,
) -> MembershipSold:
    """Sell or renew as the offer shown said (a worker task); the core checks it again."""
    return sell_membership(
        offer.card_number, step=offer.step, uow=uow, clock=clock, actor=actor, store=store
    )


class MembershipDialog(QDialog):
    """The fee, the period and the new end date; `confirmed` carries the offer accepted."""

    confirmed = Signal(object)

    def __init__(
        self, offer: MembershipOffer, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.offer, self._language = offer, language
        self.setObjectName("membershipDialog")
        self.setWindowTitle(self.tr("Club membership: {name}").format(name=offer.member_name))
        form = QFormLayout()
        self.now_label = self._row(form, self.tr("Now"), "now", self._now_text())
        fee = money(offer.fee, language)
        self.fee_label = self._row(form, self.tr("Fee"), "fee", fee)
        period = self.tr("{days} days").format(days=offer.period_days)
        self.period_label = self._row(form, self.tr("Period"), "period", period)
        until = day(offer.new_until, language)
        self.until_label = self._row(form, self.tr("Club member until"), "newUntil", until)
        self.note = QLabel(self._note_text(), self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.confirm_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        renew = offer.step is Step.RENEW
        label = self.tr("Renew for {fee}") if renew else self.tr("Sell for {fee}")
        self.confirm_button.setText(label.format(fee=fee))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.note, self.refusal, self.buttons):
            layout.addWidget(widget)

    def _row(self, form: QFormLayout, title: str, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        form.addRow(title, label)
        return label

    def _now_text(self) -> str:
        o = self.offer
        if o.current_until is None:
            return self.tr("not a club member")
        until = day(o.current_until, self._language)
        if o.active:
            return self.tr("club member until {day}").format(day=until)
        return self.tr("the membership ended on {day}").format(day=until)

    def _note_text(self) -> str:
        if self.offer.step is Step.SELL or not self.offer.active:
            return self.tr("The new membership starts today. Take the fee, then confirm.")
        return self.tr(
            "Renewed early: the new period follows the current end. Take the fee, then confirm."
        )

    def show_refusal(self, text: str) -> None:
        """Show what the core refused; the dialog stays open for another try or Cancel."""
        self.refusal.setText(text)
        self.buttons.setEnabled(True)

    def _on_buttons_accepted(self) -> None:
        self.refusal.clear()
        self.buttons.setEnabled(False)  # until the core answers: one fee per press
        self.confirmed.emit(self.offer)


def sold_text(done: MembershipSold, renewed: bool, language: str) -> str:
    """What the cashier or the manager reads once the fee is recorded."""
    until = done.member.membership_until
    text = (
        QCoreApplication.translate(
            "MembershipDialog", "Club membership renewed: fee {fee}; club member until {day}."
        )
        if renewed
        else QCoreApplication.translate(
            "MembershipDialog", "Club membership sold: fee {fee}; club member until {day}."
        )
    )
    shown = day(until, language) if until is not None else ""
    return text.format(fee=money(done.sale.paid, language), day=shown)


class MembershipAtCounter(QObject):
    """Ctrl+M at the counter: the offer for the member on screen, the dialog, the sale."""

    def __init__(self, window: CheckoutWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: MembershipDialog | None = None

    def _uow(self) -> Callable[[], UnitOfWork]:
        return self._window.prompts.uow_factory

    def open_for_key(self) -> None:
        """Ask the core what a sale would do for the member on screen, then show the dialog."""
        w = self._window
        view = w.session.view
        if view is None or view.member is None:
            w.show_message("error", self.tr("Scan the member's card first."))
            return
        if not view.can_transact:  # a blocked or replaced card: the core would refuse it too
            w.show_message("error", w.member_panel.state_label.text())
            return
        card, uow, clock = view.card.number, self._uow(), w.session.now
        w.session.worker.submit(
            lambda: membership_offer(card, uow=uow(), clock=clock),
            self._on_offered,
            lambda exc: w.show_message("error", core_message(exc, w.language)),
            channel="membership",
        )

    def _on_offered(self, offer: MembershipOffer) -> None:
        w = self._window
        view = w.session.view
        if w.shift.locked or view is None or view.card.number != offer.card_number:
            return  # the customer changed (or the counter locked) while the offer was read
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = MembershipDialog(offer, w.language, w)
        self.dialog.confirmed.connect(self._on_dialog_confirmed)
        self.dialog.finished.connect(lambda _result: w.search.focus())
        self.dialog.open()

    def _on_dialog_confirmed(self, offer: MembershipOffer) -> None:
        s = self._window.session
        # who sells is taken now: a sale asked for before a cashier switch stays theirs
        uow, actor, clock = self._uow(), s.actor, s.now
        store = s.settings.station.store if s.settings is not None else None
        s.worker.submit(
            lambda: record_membership(offer, uow=uow(), clock=clock, actor=actor, store=store),
            lambda done: self._on_sold(done, offer),
            self._on_refused,
        )

    def _on_sold(self, done: MembershipSold, offer: MembershipOffer) -> None:
        w = self._window
        if self.dialog is not None:
            self.dialog.accept()
        w.show_message("ok", sold_text(done, offer.step is Step.RENEW, w.language))
        if done.slip is not None:
            w.session.print(done.slip, done.sale.id)
        view = w.session.view
        if view is not None and view.card.number == offer.card_number:
            w.session.look_up(offer.card_number)  # the panel shows the new end date

    def _on_refused(self, exc: BaseException) -> None:
        text = core_message(exc, self._window.language)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_refusal(text)
        self._window.show_message("error", text)
