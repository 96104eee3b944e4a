"""What the audit tab says about actions and about breaks in the chain, in the language in force.

Actions are stored as codes (`staff_add`); the known ones are shown in words, and a code this
version does not know (written by a newer one) is shown as it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pos_loyalty.domain.audit import MISSING, UNLINKED, ChainBreak
from ui.backoffice.words import detail_text

ACTIONS = {
    "adjust": QT_TRANSLATE_NOOP("AuditTexts", "Points adjusted"),
    "bonus": QT_TRANSLATE_NOOP("AuditTexts", "Bonus given"),
    "card_block": QT_TRANSLATE_NOOP("AuditTexts", "Card blocked"),
    "card_replace": QT_TRANSLATE_NOOP("AuditTexts", "Card replaced"),
    "marketing_consent_given": QT_TRANSLATE_NOOP("AuditTexts", "Consent to offers given"),
    "marketing_consent_withdrawn": QT_TRANSLATE_NOOP("AuditTexts", "Consent to offers withdrawn"),
    "member_import": QT_TRANSLATE_NOOP("AuditTexts", "Members imported"),
    "member_erase": QT_TRANSLATE_NOOP("AuditTexts", "Personal data erased"),
    "member_merge": QT_TRANSLATE_NOOP("AuditTexts", "Members merged"),
    "membership_renew": QT_TRANSLATE_NOOP("AuditTexts", "Club membership renewed"),
    "membership_sell": QT_TRANSLATE_NOOP("AuditTexts", "Club membership sold"),
    "offer": QT_TRANSLATE_NOOP("AuditTexts", "Personal offer given"),
    "programme": QT_TRANSLATE_NOOP("AuditTexts", "Programme saved as a new version"),
    "redeem_cap_override": QT_TRANSLATE_NOOP("AuditTexts", "Redemption cap overridden"),
    "refund": QT_TRANSLATE_NOOP("AuditTexts", "Refund"),
    "setting": QT_TRANSLATE_NOOP("AuditTexts", "Setting changed"),
    "staff_add": QT_TRANSLATE_NOOP("AuditTexts", "Staff account added"),
    "staff_deactivate": QT_TRANSLATE_NOOP("AuditTexts", "Staff account deactivated"),
    "staff_locked": QT_TRANSLATE_NOOP("AuditTexts", "Staff account locked after wrong PINs"),
    "audit_key_replaced": QT_TRANSLATE_NOOP(
        "AuditTexts", "The log keyed anew (the terminal enrolled again)"
    ),
    "staff_pin_reset": QT_TRANSLATE_NOOP("AuditTexts", "Staff PIN reset"),
    "staff_reactivate": QT_TRANSLATE_NOOP("AuditTexts", "Staff account reactivated"),
    "staff_role": QT_TRANSLATE_NOOP("AuditTexts", "Staff role changed"),
    "staff_unlock": QT_TRANSLATE_NOOP("AuditTexts", "Staff lockout released"),
    "void": QT_TRANSLATE_NOOP("AuditTexts", "Sale voided"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditTexts", text)


def action_text(action: str) -> str:
    """The action in words, or its code when this version does not know it."""
    known = ACTIONS.get(action)
    return _tr(str(known)) if known else action


def details_text(details: dict[str, Any]) -> str:
    """The details as one line of words ('Продажа 1a2b3c4d…, сумма: 10,00 ₽'), in stored order."""
    return ", ".join(detail_text(k, v) for k, v in details.items())


def break_text(found: ChainBreak) -> str:
    """One break in the chain, naming the record."""
    if found.kind == MISSING:
        text = QCoreApplication.translate(
            "AuditTexts", "Record {seq} was deleted (record {found} stands in its place)."
        )
        return text.format(seq=found.seq, found=found.found)
    if found.kind == UNLINKED:
        text = QCoreApplication.translate(
            "AuditTexts", "Record {seq} does not follow the record before it."
        )
        return text.format(seq=found.seq)
    text = QCoreApplication.translate(
        "AuditTexts", "Record {seq} was altered after it was written."
    )
    return text.format(seq=found.seq)
