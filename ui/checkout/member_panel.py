"""The member panel: who the customer is, their tier, balance, discount, expiry, offers and
their progress in the running challenges.

A blocked card turns the whole panel red (whose card it was, nothing allowed); a replaced card
says which card holds the balance now. Nothing here reads the database: the window hands in a
`MemberView` the worker looked up. A language switch draws the same member again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from pos_loyalty.domain.cards import CardState
from pos_loyalty.domain.challenge_words import challenge_line, challenge_text
from pos_loyalty.domain.challenges import Progress
from pos_loyalty.domain.money import format_percent
from pos_loyalty.services.lookup import MemberView, Standing
from ui.checkout.text import day, money, points
from ui.i18n import current_language, redraw, redrawn

BLOCKED_STYLE = "background:#c62828; color:white; border-radius:8px; padding:12px;"
REPLACED_STYLE = "background:#ef6c00; color:white; border-radius:8px; padding:12px;"
NOTICE_STYLE = "background:#fff3cd; color:#5d4200; border-radius:8px; padding:12px;"


class MemberPanel(QFrame):
    """Shows the scanned member (or that there is none yet)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.card_number = ""
        self.setObjectName("memberPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.state_label = self._label(layout, "state")
        self.state_label.setWordWrap(True)
        self.name_label = self._label(layout, "name")
        self.card_label = self._label(layout, "card")
        self.tier_label = self._label(layout, "tier")
        self.tier_progress = QProgressBar()
        self.tier_progress.setTextVisible(False)
        self.tier_progress.setMaximumHeight(14)
        layout.addWidget(self.tier_progress)
        self.balance_label = self._label(layout, "balance")
        self.discount_label = self._label(layout, "discount")
        self.expiring_label = self._label(layout, "expiring")
        self.membership_label = self._label(layout, "membership")
        self.offers_label = self._label(layout, "offers")
        self.challenges_label = self._label(layout, "challenges")
        layout.addStretch(1)
        self.show_nobody()

    def _label(self, layout: QVBoxLayout, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        return label

    def changeEvent(self, event: QEvent) -> None:
        """Draw the member (or nobody) again in the language Settings switched to."""
        if event.type() == QEvent.Type.LanguageChange:
            self._language = current_language()
            redraw(self)
        super().changeEvent(event)

    @redrawn("who")
    def show_nobody(self, no_card: bool = False) -> None:
        """Show that no card was scanned (or that this check goes without a card)."""
        self._reset()
        if no_card:
            self.name_label.setText(self.tr("Check without a card"))
            self.card_label.setText(self.tr("No discount and no points; the sale is recorded."))
        else:
            self.name_label.setText(self.tr("Scan a card"))
            self.card_label.setText(self.tr("or find the member by phone or name (F2)"))

    @redrawn("who")
    def show_member(self, view: MemberView) -> None:
        """Show what the counter needs to know about the card's owner."""
        self._reset()
        member, card = view.member, view.card
        self.card_number = card.number
        name = member.name if member and member.name else self.tr("(no name)")
        self.name_label.setText(name)
        self.card_label.setText(self.tr("Card %1").replace("%1", card.number))
        if card.state == CardState.BLOCKED:
            self._state(BLOCKED_STYLE, self._blocked_text(view, name))
            return
        if card.state == CardState.REPLACED:
            text = self.tr("CARD REPLACED. The balance is on card %1 now: scan that card.")
            self._state(REPLACED_STYLE, text.replace("%1", view.replaced_by or "?"))
            return
        if member is None or view.standing is None:
            self.name_label.setText(self.tr("Card not registered"))
            self._state(NOTICE_STYLE, self.tr("This card belongs to nobody yet: register it."))
            return
        self._show_standing(view.standing)
        names = [offer.name for offer in view.offers]
        if names:
            self.offers_label.setText(self.tr("Offers: %1").replace("%1", "; ".join(names)))
            self.offers_label.show()

    @redrawn("challenges")
    def show_challenges(self, progress: tuple[Progress, ...]) -> None:
        """Show the member's progress in each running challenge (none: nothing shown)."""
        self.challenges_label.clear()
        self.challenges_label.setVisible(bool(progress) and bool(self.card_number))
        if progress and self.card_number:
            lines = [challenge_text(challenge_line(p), self._language) for p in progress]
            heading = self.tr("Challenges:")
            self.challenges_label.setText("\n".join([heading, *("• " + x for x in lines)]))

    def _blocked_text(self, view: MemberView, name: str) -> str:
        reason = view.card.block_reason or self.tr("lost")
        text = self.tr("BLOCKED CARD (%1). It belonged to %2. Nothing can be done with it.")
        return text.replace("%1", reason).replace("%2", name)

    def _show_standing(self, s: Standing) -> None:
        lang = self._language
        tier = self.tr("Tier: %1").replace("%1", s.tier.name)
        if s.next_tier is not None and s.to_next_tier is not None:
            more = self.tr("%1 more to %2").replace("%1", money(s.to_next_tier, lang))
            tier += " · " + more.replace("%2", s.next_tier.name)
            span = s.next_tier.threshold - s.tier.threshold
            done = s.qualifying_spend - s.tier.threshold
            self.tier_progress.setValue(max(0, min(100, done * 100 // span)) if span > 0 else 0)
        else:
            self.tier_progress.setValue(100)
        self.tier_label.setText(tier)
        self.tier_progress.show()
        balance = self.tr("Balance: %1 points").replace("%1", points(s.balance, lang))
        if s.pending:
            pending = self.tr("(%1 pending)").replace("%1", points(s.pending, lang))
            balance += " " + pending
        self.balance_label.setText(balance)
        discount = self.tr("Discount: %1 %").replace("%1", format_percent(s.discount_percent))
        self.discount_label.setText(discount)
        self._show_expiring(s.expiring)
        self._show_membership(s.membership_until)
        for label in (self.tier_label, self.balance_label, self.discount_label):
            label.show()

    def _show_expiring(self, expiring: tuple[tuple[date, int], ...]) -> None:
        if not expiring:
            return
        template = self.tr("%1 points expire on %2")
        lines = [
            template.replace("%1", points(n, self._language)).replace("%2", day(d, self._language))
            for d, n in expiring
        ]
        self.expiring_label.setText("\n".join(lines))
        self.expiring_label.show()

    def _show_membership(self, until: date | None) -> None:
        if until is None:
            return
        self.membership_label.setText(
            self.tr("Club membership until %1").replace("%1", day(until, self._language))
        )
        self.membership_label.show()

    def _state(self, style: str, text: str) -> None:
        self.state_label.setStyleSheet(style)
        self.state_label.setText(text)
        self.state_label.show()

    def _reset(self) -> None:
        self.card_number = ""
        for label in (
            self.state_label,
            self.tier_label,
            self.balance_label,
            self.discount_label,
            self.expiring_label,
            self.membership_label,
            self.offers_label,
            self.challenges_label,
        ):
            label.clear()
            label.hide()
        self.tier_progress.hide()
