"""Personal offers: find a member by card, see how long since they bought, give them an offer.

An offer takes effect at once (it is not part of the programme version): the counter shows it
when the card is scanned. A win-back offer is refused for a member who bought more recently
than the days given. Reading and writing run off the GUI thread.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.errors import InvalidInput, LoyaltyError
from pos_loyalty.domain.programme_io import promotion_from_dict
from pos_loyalty.services.offers import OfferHolder, PersonalOffer, give_offer, member_offers
from ui.backoffice.context import BackOffice
from ui.backoffice.programme.fields import explain, intro
from ui.backoffice.programme.promotion_form import PromotionForm
from ui.checkout.text import day
from ui.core_messages import core_message
from ui.dialogs.field_errors import ErrorLabel


class OffersSection(QWidget):
    """Gives one member, found by card, a personal offer (a win-back offer by default)."""

    def __init__(self, context: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.holder: OfferHolder | None = None
        self.card = QLineEdit(self)
        self.card.setObjectName("offerCard")
        self.card.setPlaceholderText(self.tr("card number (scan or type)"))
        self.card.returnPressed.connect(self._on_find_button_clicked)
        self.find_button = QPushButton(self.tr("Find"), self)
        self.find_button.setObjectName("offerFind")
        self.find_button.clicked.connect(self._on_find_button_clicked)
        self.member = QLabel(self.tr("Find the member by their card first."), self)
        self.member.setObjectName("offerMember")
        self.member.setWordWrap(True)
        self.open_offers = QListWidget(self)
        self.open_offers.setObjectName("openOffers")
        self.open_offers.setMaximumHeight(90)
        self.form = PromotionForm(False, self)
        self.win_back = QCheckBox(self.tr("win-back: only if no purchase for at least"), self)
        self.win_back.setObjectName("offerWinBack")
        self.win_back.setChecked(True)
        self.win_back_days = QSpinBox(self)
        self.win_back_days.setObjectName("offerWinBackDays")
        self.win_back_days.setRange(1, 3650)
        self.win_back_days.setValue(60)
        self.win_back_days.setSuffix(self.tr(" days"))
        self.give_button = QPushButton(self.tr("Give the offer"), self)
        self.give_button.setObjectName("offerGive")
        self.give_button.setEnabled(False)
        self.give_button.clicked.connect(self._on_give_button_clicked)
        self.note = ErrorLabel(self)
        self.note.setObjectName("offerNote")
        self.done = QLabel(self)
        self.done.setObjectName("offerDone")
        self._lay_out()
        self._default_offer()

    def _lay_out(self) -> None:
        find = QHBoxLayout()
        find.addWidget(self.card, 1)
        find.addWidget(self.find_button)
        win_back = QHBoxLayout()
        win_back.addWidget(self.win_back)
        win_back.addWidget(self.win_back_days)
        win_back.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            intro(
                self.tr(
                    "A personal offer is for one member and takes effect at once; the cashier "
                    "sees it when the card is scanned. It is not part of the programme version."
                ),
                self,
            )
        )
        layout.addLayout(find)
        layout.addWidget(self.member)
        form = QFormLayout()
        form.addRow(self.tr("Offers not used yet"), self.open_offers)
        layout.addLayout(form)
        layout.addWidget(self.form)
        layout.addLayout(win_back)
        layout.addWidget(self.note)
        layout.addWidget(self.give_button)
        layout.addWidget(self.done)
        layout.addStretch(1)

    def _default_offer(self) -> None:
        today = self._context.clock().date()
        self.form.load(
            {
                "code": "WINBACK",
                "name": self.tr("x3 points on your next purchase"),
                "starts_on": today.isoformat(),
                "ends_on": (today + timedelta(days=30)).isoformat(),
                "effect": "earn_multiplier",
                "multiplier": "3",
                "single_use": True,
            }
        )

    def _on_find_button_clicked(self) -> None:
        number, context = self.card.text().strip(), self._context
        self.note.clear_error()
        self.done.clear()
        self.holder = None
        self.give_button.setEnabled(False)
        self.open_offers.clear()
        self.member.setText(self.tr("Looking the card up…"))
        context.worker.submit(
            lambda: member_offers(number, uow=context.uow_factory(), clock=context.clock),
            self._on_found,
            self._on_failed,
            channel="programme-offer",
        )

    def _on_found(self, holder: OfferHolder) -> None:
        self.holder = holder
        name = holder.member.name or self.tr("(erased)")
        if holder.last_seen is None:
            seen = self.tr("no purchase yet")
        else:
            seen = self.tr("last seen {day}, %n days ago", "", holder.days_inactive or 0).format(
                day=day(holder.last_seen, self._context.language)
            )
        self.member.setText(f"<b>{name}</b> — {seen}")
        self.open_offers.clear()
        for offer in holder.offers:
            until = day(offer.ends_on, self._context.language)
            self.open_offers.addItem(
                self.tr("{name} (until {day})").format(name=offer.name, day=until)
            )
        self.give_button.setEnabled(True)

    def _on_give_button_clicked(self) -> None:
        self.note.clear_error()
        self.form.clear_problems()
        self.done.clear()
        if self.holder is None:
            return
        try:
            offer = promotion_from_dict(self.form.data())
        except InvalidInput as exc:
            self._show_refusal(exc)
            return
        cmd = PersonalOffer(
            self.holder.card_number,
            offer,
            self.win_back_days.value() if self.win_back.isChecked() else 0,
        )
        context = self._context
        self.give_button.setEnabled(False)
        context.worker.submit(
            lambda: give_offer(
                cmd, uow=context.uow_factory(), clock=context.clock, actor=context.actor
            ),
            self._on_given,
            self._on_failed,
            channel="programme-offer",
        )

    def _on_given(self, result: tuple[Any, OfferHolder]) -> None:
        offer, holder = result
        self._on_found(holder)
        self.done.setText(
            self.tr("The offer “{name}” was given to {member}.").format(
                name=offer.name, member=holder.member.name
            )
        )

    def _on_failed(self, error: BaseException) -> None:
        self.give_button.setEnabled(self.holder is not None)
        if self.holder is None:
            self.member.clear()
        if isinstance(error, InvalidInput):
            self._show_refusal(error)
        elif isinstance(error, LoyaltyError):
            self.note.show_error(core_message(error))
        else:
            self.note.show_error(
                self.tr("The offer could not be given: {error}").format(error=error)
            )

    def _show_refusal(self, error: InvalidInput) -> None:
        field = error.field.rsplit(".", 1)[-1] if error.field else ""
        if not (field and self.form.show_problem(field, str(error))):
            self.note.show_error(explain(str(error)), str(error))
