"""The void question: it names the sale it would undo, and warns when another customer is shown.

A void used to be "the terminal's last sale", whoever stood at the counter; the cashier now sees
which sale that is (time, card, amount, points, receipt) before saying yes, and the id of exactly
that sale goes to the core.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from pos_loyalty.domain.cards import mask_card
from pos_loyalty.domain.sales import Sale
from pos_loyalty.services.lookup import MemberView
from ui.checkout.text import day, money, points

CONTEXT = "VoidPrompt"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def void_question(
    sale: Sale, on_screen: MemberView | None, language: str, tz: tzinfo | None = None
) -> str:
    """The question to ask before voiding `sale`, naming it in the interface language.

    The sale's time is shown in `tz`, the counter clock's zone (the machine's when None).
    """
    card = mask_card(sale.card_number) if sale.card_number else _tr("no card")
    receipt = sale.receipt_no or sale.id[:8]  # the number the sale's slip printed
    local = sale.created_at.astimezone(tz)  # the counter's time, as the slip shows it
    moment = f"{day(local.date(), language)} {local:%H:%M}"
    earned = sale.earned_points + sale.bonus_points
    lines = [
        _tr("Void this sale? It is undone in full: money back, points reversed."),
        "",
        _tr("Time: %1").replace("%1", moment),
        _tr("Card: %1").replace("%1", card),
        _tr("Amount: %1, paid %2")
        .replace("%1", money(sale.total, language))
        .replace("%2", money(sale.paid, language)),
        _tr("Points earned: %1, redeemed: %2")
        .replace("%1", points(earned, language))
        .replace("%2", points(sale.redeemed_points, language)),
        _tr("Receipt: %1").replace("%1", receipt),
    ]
    warning = _other_customer(sale, on_screen)
    if warning:
        lines += ["", warning]
    return "\n".join(lines)


def _other_customer(sale: Sale, on_screen: MemberView | None) -> str:
    """A plain warning when the customer on screen did not make this sale ('' otherwise)."""
    if on_screen is None:
        return ""
    shown = on_screen.member.id if on_screen.member is not None else None
    if sale.member_id is not None and sale.member_id == shown:
        return ""
    card = mask_card(on_screen.card.number)
    if sale.member_id is None:
        text = _tr(
            "WARNING: this sale was made without a card, not by the customer on screen (%1)."
        )
    else:
        text = _tr("WARNING: this is NOT the sale of the customer on screen (%1).")
    return text.replace("%1", card)


def void_box(parent: QWidget | None, question: str) -> QMessageBox:
    """The void dialog (No is the default: a void cannot be taken back)."""
    box = QMessageBox(parent)
    box.setObjectName("voidDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Void a sale"))
    box.setText(question)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box
