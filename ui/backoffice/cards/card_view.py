"""How the Cards tab describes one card: its state and its holder, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pos_loyalty.domain.cards import CardState
from pos_loyalty.services.lookup import MemberView
from ui.checkout.text import points


def state_text(view: MemberView) -> str:
    """One line on what the card is and what can be done with it."""
    card = view.card
    if card.state == CardState.BLOCKED:
        reason = card.block_reason or QCoreApplication.translate("CardView", "lost")
        text = QCoreApplication.translate(
            "CardView", "Blocked ({reason}): it allows nothing at the counter."
        )
        return text.format(reason=reason)
    if card.state == CardState.REPLACED:
        text = QCoreApplication.translate(
            "CardView", "Replaced by card {new}: the balance is on that card now."
        )
        return text.format(new=view.replaced_by or "?")
    if view.member is None:
        return QCoreApplication.translate(
            "CardView", "Active, not handed out yet: it is bound to a member at registration."
        )
    return QCoreApplication.translate("CardView", "Active.")


def holder_text(view: MemberView, language: str) -> str:
    """Whose card it is (or was), with their phone and balance."""
    member = view.member
    if member is None:
        return QCoreApplication.translate("CardView", "Nobody holds this card.")
    name = member.name or QCoreApplication.translate("CardView", "(no name)")
    text = QCoreApplication.translate("CardView", "{name}, phone {phone}.")
    text = text.format(name=name, phone=member.phone or "-")
    if view.standing is not None and view.card.state == CardState.ACTIVE:
        balance = QCoreApplication.translate("CardView", "Balance: {points} points.")
        text += " " + balance.format(points=points(view.standing.balance, language))
    return text
