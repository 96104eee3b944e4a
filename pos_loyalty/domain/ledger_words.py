"""The words for the codes a ledger entry stores: its kind and its reason.

The ledger keeps `earn` and `refund: points redeemed given back` as codes and plain English,
the same on every terminal and on the server. People read them through this one table (the
member's history in the back office, the ledger export): each code is marked for translation
in the context `BackOfficeWords` and said in the reader's language; a reason typed by a person
after a code (`review: left a kind word`) keeps its text, and a code this version does not
know is shown as it is.
"""

from __future__ import annotations

import re

from pos_loyalty.i18n import QT_TRANSLATE_NOOP, Translate

CONTEXT = "BackOfficeWords"

LEDGER_KINDS = {
    "earn": QT_TRANSLATE_NOOP("BackOfficeWords", "Earned"),
    "redeem": QT_TRANSLATE_NOOP("BackOfficeWords", "Redeemed"),
    "expire": QT_TRANSLATE_NOOP("BackOfficeWords", "Expired"),
    "adjust": QT_TRANSLATE_NOOP("BackOfficeWords", "Adjusted"),
    "bonus": QT_TRANSLATE_NOOP("BackOfficeWords", "Bonus"),
    "reversal": QT_TRANSLATE_NOOP("BackOfficeWords", "Reversed"),
    "transfer": QT_TRANSLATE_NOOP("BackOfficeWords", "Transferred"),
    "reward": QT_TRANSLATE_NOOP("BackOfficeWords", "Reward"),
}

LEDGER_REASONS = {
    "earned": QT_TRANSLATE_NOOP("BackOfficeWords", "for a purchase"),
    "redeemed": QT_TRANSLATE_NOOP("BackOfficeWords", "paid for a purchase"),
    "expired": QT_TRANSLATE_NOOP("BackOfficeWords", "the points' time ran out"),
    "refund: points earned taken back": QT_TRANSLATE_NOOP(
        "BackOfficeWords", "refund: the points earned are taken back"
    ),
    "refund: points redeemed given back": QT_TRANSLATE_NOOP(
        "BackOfficeWords", "refund: the points spent are given back"
    ),
    "welcome": QT_TRANSLATE_NOOP("BackOfficeWords", "welcome bonus"),
    "birthday": QT_TRANSLATE_NOOP("BackOfficeWords", "birthday bonus"),
    "referral": QT_TRANSLATE_NOOP("BackOfficeWords", "for bringing a friend"),
    "review": QT_TRANSLATE_NOOP("BackOfficeWords", "review of the store"),
    "promotion": QT_TRANSLATE_NOOP("BackOfficeWords", "promotion"),
    "challenge": QT_TRANSLATE_NOOP("BackOfficeWords", "challenge completed"),
    "manual": QT_TRANSLATE_NOOP("BackOfficeWords", "given by hand"),
    "opening": QT_TRANSLATE_NOOP("BackOfficeWords", "opening balance"),
    "complaint": QT_TRANSLATE_NOOP("BackOfficeWords", "making up for a complaint"),
    "correction": QT_TRANSLATE_NOOP("BackOfficeWords", "correction"),
    "other": QT_TRANSLATE_NOOP("BackOfficeWords", "other"),
    "reward": QT_TRANSLATE_NOOP("BackOfficeWords", "a reward taken for points"),
    "reward offline": QT_TRANSLATE_NOOP(
        "BackOfficeWords", "a reward taken for points offline (the terminal's share)"
    ),
    "refund: reward given back": QT_TRANSLATE_NOOP(
        "BackOfficeWords", "refund: the reward's points are given back"
    ),
}

REASON_PATTERNS = (
    (
        re.compile(r"card (?P<old>\S+) replaced by (?P<new>\S+)"),
        QT_TRANSLATE_NOOP("BackOfficeWords", "card {old} replaced by card {new}"),
    ),
    (re.compile(r"debt (?P<other>\S+)"), QT_TRANSLATE_NOOP("BackOfficeWords", "debt of {other}")),
)


def ledger_kind(kind: str, translate: Translate) -> str:
    """A ledger entry's kind in words ('Начисление' for `earn`)."""
    found = LEDGER_KINDS.get(kind)
    return translate(CONTEXT, found) if found else kind


def ledger_reason(reason: str, translate: Translate) -> str:
    """A ledger entry's reason in words; `code: free text` keeps the text typed by a person."""
    if reason in LEDGER_REASONS:
        return translate(CONTEXT, LEDGER_REASONS[reason])
    for pattern, text in REASON_PATTERNS:
        match = pattern.fullmatch(reason)
        if match:
            return translate(CONTEXT, text).format(**match.groupdict())
    code, sep, rest = reason.partition(": ")
    if sep and code in LEDGER_REASONS:
        return f"{translate(CONTEXT, LEDGER_REASONS[code])}: {rest}"
    return reason
