"""How the Cards tab describes one card: its state and its holder, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pos_loyalty.domain.cards import CardState
from pos_loyalty.services.lookup import MemberView
from ui.checkout.text import points


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardView", text)


def state_text(view: MemberView) -> str:
    """One line on what the card is and what can be done with it."""
    card = view.card
    if card.state == CardState.BLOCKED:
        reason = card.block_reason or _tr("lost")
        return _tr("Blocked ({reason}): it allows nothing at the counter.").format(reason=reason)
    if card.state == CardState.REPLACED:
        text = _tr("Replaced by card {new}: the balance is on that card now.")
        return text.format(new=view.replaced_by or "?")
    if view.member is None:
        return _tr("Active, not handed out yet: it is bound to a member at registration.")
    return _tr("Active.")


def holder_text(view: MemberView, language: str) -> str:
    """Whose card it is (or was), with their phone and balance."""
    member = view.member
    if member is None:
        return _tr("Nobody holds this card.")
    name = member.name or _tr("(no name)")
    text = _tr("Holder: {name}, phone {phone}.").format(name=name, phone=member.phone or "-")
    if view.standing is not None and view.card.state == CardState.ACTIVE:
        balance = _tr("Balance: {points} points.").format(
            points=points(view.standing.balance, language)
        )
        text += " " + balance
    return text
