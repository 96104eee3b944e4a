"""One-line reasons for each rule that applied or did not, in the language asked for.

A `Reason` carries a code and its already formatted values; `text(lang)` renders it through the
app's translator (`pos_loyalty.i18n`): the English sentences below are the source texts, the
other languages live in the app's `.ts` files. A reason that counts points is written with
`%n` and Qt's plural forms (1 балл, 2 балла, 5 баллов); amounts and percentages take the
language's separators (1 234,50 in Russian).
"""

from __future__ import annotations

from dataclasses import dataclass

from pos_loyalty.i18n import QT_TRANSLATE_NOOP, Translate, translator_for
from pos_loyalty.i18n.local import amount_text, decimal_text

CONTEXT = "Reasons"

TEMPLATES: dict[str, str] = {
    "discount_tier": QT_TRANSLATE_NOOP("Reasons", "discount {percent} % (tier {name})"),
    "discount_membership": QT_TRANSLATE_NOOP("Reasons", "discount {percent} % (club membership)"),
    "discount_promotion": QT_TRANSLATE_NOOP("Reasons", "discount {percent} % ({name})"),
    "discount_capped": QT_TRANSLATE_NOOP(
        "Reasons", "discount capped at {percent} % by the programme"
    ),
    "discount_none": QT_TRANSLATE_NOOP("Reasons", "no discount: {why}"),
    "excluded": QT_TRANSLATE_NOOP("Reasons", "{category}: {what}"),
    "redeem_below_min": QT_TRANSLATE_NOOP("Reasons", "no redemption: check below {min}"),
    "redeem_nothing": QT_TRANSLATE_NOOP(
        "Reasons", "no redemption: nothing in this check may be paid with points"
    ),
    "redeem_no_points": QT_TRANSLATE_NOOP("Reasons", "no redemption: no spendable points"),
    "redeem_cap_unsynced": QT_TRANSLATE_NOOP(
        "Reasons", "no redemption offline: this terminal has not synced with the server"
    ),
    "redeem_cap_stale": QT_TRANSLATE_NOOP(
        "Reasons",
        "no redemption offline: the last sync was {minutes} min ago, more than the {allowed} "
        "min allowed",
    ),
    "redeem_override": QT_TRANSLATE_NOOP("Reasons", "redemption cap overridden by a manager"),
    "earn_none": QT_TRANSLATE_NOOP("Reasons", "no points earned: {why}"),
    "earn_pending": QT_TRANSLATE_NOOP("Reasons", "points become spendable on {date}"),
    "multiplier": QT_TRANSLATE_NOOP("Reasons", "points x{factor}: {name}"),
    "bonus_below": QT_TRANSLATE_NOOP("Reasons", "no bonus from {name}: check below {min}"),
    "no_member": QT_TRANSLATE_NOOP(
        "Reasons", "no card: the check is recorded without discount or points"
    ),
}
"""The reasons without a count, by code (the counted ones are in `_counted`)."""

COUNTED = {
    "redeem_not_asked": "cap",
    "redeem_cap_percent": "cap",
    "redeem_cap_balance": "cap",
    "redeem_cap_limit": "cap",
    "redeem_cap_member": "cap",
    "redeem_cap_terminal": "cap",
    "redeem_cap_server": "cap",
    "redeem_cap_reserved": "cap",
    "redeem": "points",
    "earn": "points",
    "bonus": "points",
    "challenge": "points",
}
"""The reasons that count points, and the value that holds the count."""

WHY = (
    QT_TRANSLATE_NOOP("Reasons", "nothing in this check may be discounted"),
    QT_TRANSLATE_NOOP("Reasons", "the tier gives no discount"),
    QT_TRANSLATE_NOOP("Reasons", "nothing in this check earns points"),
    QT_TRANSLATE_NOOP("Reasons", "the tier earns no points"),
    QT_TRANSLATE_NOOP("Reasons", "everything was paid with points"),
    QT_TRANSLATE_NOOP("Reasons", "no discount"),
    QT_TRANSLATE_NOOP("Reasons", "no points"),
    QT_TRANSLATE_NOOP("Reasons", "no discount, no points"),
)
"""The core's own words put into a reason as `why` or `what`, translated with it."""

_MONEY_VALUES = frozenset({"base", "value", "min"})
_NUMBER_VALUES = frozenset({"percent", "factor"})
_WORD_VALUES = frozenset({"why", "what"})


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a rule applied or did not, as a code and its formatted values."""

    code: str
    values: tuple[tuple[str, str], ...] = ()
    applied: bool = True

    def text(self, lang: str = "en", translate: Translate | None = None) -> str:
        """The reason as one line in `lang` ('en' or 'ru'), through `translate` if given."""
        translate = translate or translator_for(lang)
        values = {k: _local_value(k, v, lang, translate) for k, v in self.values}
        counted = COUNTED.get(self.code)
        count = _as_count(values.get(counted)) if counted else None
        if counted and count is not None:
            template = _counted(self.code, count, translate)
        else:
            template = translate(CONTEXT, TEMPLATES.get(self.code, self.code))
        return template.format_map(_Kept(values))


class _Kept(dict[str, str]):
    """Keep a placeholder that a template names but the reason lacks, as it is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _local_value(key: str, value: str, lang: str, translate: Translate) -> str:
    """A value the language's way: its decimal mark, groups of thousands, the core's words."""
    if key in _MONEY_VALUES:
        return amount_text(value, lang)
    if key in _NUMBER_VALUES:
        return decimal_text(value, lang)
    if key in _WORD_VALUES:
        return translate(CONTEXT, value)
    return value


def _counted(code: str, n: int, translate: Translate) -> str:
    """The sentence of a reason that counts `n` points, in the plural form `n` takes."""
    match code:
        case "redeem_not_asked":
            return translate("Reasons", "no redemption asked (up to %n point(s) allowed)", None, n)
        case "redeem_cap_percent":
            return translate(
                "Reasons", "redemption limited to %n point(s) ({percent} % of {base})", None, n
            )
        case "redeem_cap_balance":
            return translate(
                "Reasons",
                "redemption limited to %n point(s): that is the spendable balance",
                None,
                n,
            )
        case "redeem_cap_limit":
            return translate("Reasons", "redemption limited to %n point(s): {why}", None, n)
        case "redeem_cap_member":
            return translate(
                "Reasons",
                "redemption limited to %n point(s): the cap per member until the next sync is "
                "{limit}",
                None,
                n,
            )
        case "redeem_cap_terminal":
            return translate(
                "Reasons",
                "redemption limited to %n point(s): the cap of this terminal until the next "
                "sync is {limit}",
                None,
                n,
            )
        case "redeem_cap_server":
            return translate(
                "Reasons",
                "redemption limited to %n point(s): the server's balance allows that",
                None,
                n,
            )
        case "redeem_cap_reserved":
            return translate(
                "Reasons",
                "redemption limited to %n point(s): reserved at the server (other counters "
                "hold the rest)",
                None,
                n,
            )
        case "redeem":
            return translate("Reasons", "%n point(s) pay {value}", None, n)
        case "earn":
            return translate("Reasons", "earn {percent} % of {base} = %n point(s)", None, n)
        case "bonus":
            return translate("Reasons", "+%n point(s): {name}", None, n)
        case "challenge":
            return translate("Reasons", "completes the challenge {name}: +%n point(s)", None, n)
        case _:
            raise KeyError(f"no counted sentence for the reason '{code}'")


def _as_count(text: str | None) -> int | None:
    try:
        return None if text is None else abs(int(text))
    except ValueError:
        return None


def reason(code: str, *, applied: bool = True, **values: object) -> Reason:
    """Make a reason; values are turned into text once, here."""
    return Reason(code, tuple((k, str(v)) for k, v in values.items()), applied)
