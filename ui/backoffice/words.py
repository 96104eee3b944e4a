"""The back office's words for the codes the core stores: one table per concept.

The core keeps ledger kinds (`earn`), ledger reasons (`refund: points redeemed given back`),
card states and types, and audit details (`sale_id: …`) as codes and plain English, the same
on every terminal and on the server. Here each code gets its words in the interface language
(context `BackOfficeWords` in the .ts); a code this version does not know is shown as it is.
The ledger's words are the core's (`pos_loyalty.domain.ledger_words`), which the reports
print too.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pos_loyalty.domain import ledger_words as words
from ui.i18n import current_language, format_money

CARD_STATES = {
    "active": QT_TRANSLATE_NOOP("BackOfficeWords", "active"),
    "blocked": QT_TRANSLATE_NOOP("BackOfficeWords", "blocked"),
    "replaced": QT_TRANSLATE_NOOP("BackOfficeWords", "replaced"),
}

CARD_TYPES = {
    "bonus": QT_TRANSLATE_NOOP("BackOfficeWords", "bonus card"),
    "discount": QT_TRANSLATE_NOOP("BackOfficeWords", "discount card"),
    "club": QT_TRANSLATE_NOOP("BackOfficeWords", "club card"),
}

DETAIL_IDS = {
    "sale_id": QT_TRANSLATE_NOOP("BackOfficeWords", "Sale {id}"),
    "refund_id": QT_TRANSLATE_NOOP("BackOfficeWords", "Refund {id}"),
    "entry_id": QT_TRANSLATE_NOOP("BackOfficeWords", "Ledger entry {id}"),
    "member_id": QT_TRANSLATE_NOOP("BackOfficeWords", "Member {id}"),
    "member": QT_TRANSLATE_NOOP("BackOfficeWords", "Member {id}"),
    "kept": QT_TRANSLATE_NOOP("BackOfficeWords", "Kept member {id}"),
    "other": QT_TRANSLATE_NOOP("BackOfficeWords", "Merged member {id}"),
    "staff_id": QT_TRANSLATE_NOOP("BackOfficeWords", "Account {id}"),
    "batch_id": QT_TRANSLATE_NOOP("BackOfficeWords", "Import {id}"),
}
"""Details that name a record by its id: shown as a word and the id's first 8 characters."""

DETAIL_LABELS = {
    "amount": QT_TRANSLATE_NOOP("BackOfficeWords", "amount"),
    "points": QT_TRANSLATE_NOOP("BackOfficeWords", "points"),
    "reason": QT_TRANSLATE_NOOP("BackOfficeWords", "reason"),
    "card": QT_TRANSLATE_NOOP("BackOfficeWords", "card"),
    "old": QT_TRANSLATE_NOOP("BackOfficeWords", "old card"),
    "new": QT_TRANSLATE_NOOP("BackOfficeWords", "new card"),
    "name": QT_TRANSLATE_NOOP("BackOfficeWords", "name"),
    "role": QT_TRANSLATE_NOOP("BackOfficeWords", "role"),
    "key": QT_TRANSLATE_NOOP("BackOfficeWords", "setting"),
    "before": QT_TRANSLATE_NOOP("BackOfficeWords", "before"),
    "after": QT_TRANSLATE_NOOP("BackOfficeWords", "after"),
    "version": QT_TRANSLATE_NOOP("BackOfficeWords", "version"),
    "changed": QT_TRANSLATE_NOOP("BackOfficeWords", "changed"),
    "members": QT_TRANSLATE_NOOP("BackOfficeWords", "members"),
    "cards": QT_TRANSLATE_NOOP("BackOfficeWords", "cards"),
    "file": QT_TRANSLATE_NOOP("BackOfficeWords", "file"),
    "text": QT_TRANSLATE_NOOP("BackOfficeWords", "text"),
    "offer": QT_TRANSLATE_NOOP("BackOfficeWords", "offer"),
    "spend": QT_TRANSLATE_NOOP("BackOfficeWords", "spend"),
    "redeemed": QT_TRANSLATE_NOOP("BackOfficeWords", "redeemed"),
    "until": QT_TRANSLATE_NOOP("BackOfficeWords", "until"),
    "at": QT_TRANSLATE_NOOP("BackOfficeWords", "at"),
    "win_back_days": QT_TRANSLATE_NOOP("BackOfficeWords", "days without a visit"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackOfficeWords", text)


def _known(table: dict[str, Any], code: str) -> str:
    found = table.get(code)
    return _tr(str(found)) if found else code


def _in_window(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def ledger_kind(kind: str) -> str:
    """A ledger entry's kind in words ('Начисление' for `earn`)."""
    return words.ledger_kind(kind, _in_window)


def ledger_reason(reason: str) -> str:
    """A ledger entry's reason in words; `code: free text` keeps the text typed by a person."""
    return words.ledger_reason(reason, _in_window)


def card_state(state: str) -> str:
    """A card's state in words."""
    return _known(CARD_STATES, state)


def card_type(kind: str) -> str:
    """A card's type in words."""
    return _known(CARD_TYPES, kind)


def short_id(value: str) -> str:
    """An id cut to its first 8 characters, enough to find the record."""
    return value if len(value) <= 9 else f"{value[:8]}…"


def detail_text(key: str, value: Any) -> str:
    """One audit detail as words: 'Продажа 1a2b3c4d…', 'баллы: 50'."""
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if key in DETAIL_IDS and isinstance(value, str):
        return _tr(str(DETAIL_IDS[key])).format(id=short_id(value))
    if key == "reason" and isinstance(value, str):
        shown = ledger_reason(value)
    elif key == "amount" and isinstance(value, int):  # money is kept in minor units
        shown = format_money(value, current_language())
    label = _known(DETAIL_LABELS, key)
    return f"{label}: {shown}"
