"""One-line reasons for each rule that applied or did not, in English and Russian.

A `Reason` carries a code and its already formatted values; `text(lang)` renders it, choosing
the plural form of each count and writing amounts the language's way (1 234,50 in Russian).
Adding a language is adding one dictionary here.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos_loyalty.domain.wording import points_word, ru_form, ru_money_text, ru_number_text

_EN = {
    "discount_tier": "discount {percent} % (tier {name})",
    "discount_membership": "discount {percent} % (club membership)",
    "discount_promotion": "discount {percent} % ({name})",
    "discount_capped": "discount capped at {percent} % by the programme",
    "discount_none": "no discount: {why}",
    "excluded": "{category}: {what}",
    "redeem_not_asked": "no redemption asked (up to {cap} {cap_word} allowed)",
    "redeem_below_min": "no redemption: check below {min}",
    "redeem_nothing": "no redemption: nothing in this check may be paid with points",
    "redeem_no_points": "no redemption: no spendable points",
    "redeem_cap_percent": "redemption limited to {cap} {cap_word} ({percent} % of {base})",
    "redeem_cap_balance": "redemption limited to {cap} {cap_word}: that is the spendable balance",
    "redeem_cap_limit": "redemption limited to {cap} {cap_word}: {why}",
    "redeem_cap_unsynced": "no redemption offline: this terminal has not synced with the server",
    "redeem_cap_stale": (
        "no redemption offline: the last sync was {minutes} min ago, more than the {allowed} min"
        " allowed"
    ),
    "redeem_cap_member": (
        "redemption limited to {cap} {cap_word}: the cap per member until the next sync is {limit}"
    ),
    "redeem_cap_terminal": (
        "redemption limited to {cap} {cap_word}: the cap of this terminal until the next sync is"
        " {limit}"
    ),
    "redeem_cap_server": (
        "redemption limited to {cap} {cap_word}: the server's balance allows that"
    ),
    "redeem_cap_reserved": (
        "redemption limited to {cap} {cap_word}: reserved at the server"
        " (other counters hold the rest)"
    ),
    "redeem_override": "redemption cap overridden by a manager",
    "redeem": "{points} {points_word} pay {value}",
    "earn": "earn {percent} % of {base} = {points} {points_word}",
    "earn_none": "no points earned: {why}",
    "earn_pending": "points become spendable on {date}",
    "multiplier": "points x{factor}: {name}",
    "bonus": "+{points} {points_word}: {name}",
    "bonus_below": "no bonus from {name}: check below {min}",
    "no_member": "no card: the check is recorded without discount or points",
}

_RU = {
    "discount_tier": "скидка {percent} % (уровень {name})",
    "discount_membership": "скидка {percent} % (клубное членство)",
    "discount_promotion": "скидка {percent} % ({name})",
    "discount_capped": "скидка ограничена {percent} % по правилам программы",
    "discount_none": "без скидки: {why}",
    "excluded": "{category}: {what}",
    "redeem_not_asked": "списание не запрошено (можно до {cap} {cap_up_to})",
    "redeem_below_min": "списание невозможно: чек меньше {min}",
    "redeem_nothing": "списание невозможно: в чеке нет товаров, которые можно оплатить баллами",
    "redeem_no_points": "списание невозможно: нет доступных баллов",
    "redeem_cap_percent": "списание ограничено {cap} {cap_by} ({percent} % от {base})",
    "redeem_cap_balance": "списание ограничено {cap} {cap_by}: это весь доступный баланс",
    "redeem_cap_limit": "списание ограничено {cap} {cap_by}: {why}",
    "redeem_cap_unsynced": (
        "списание офлайн невозможно: терминал ещё не синхронизировался с сервером"
    ),
    "redeem_cap_stale": (
        "списание офлайн невозможно: последняя синхронизация была {minutes} мин назад,"
        " а допускается не больше {allowed} мин"
    ),
    "redeem_cap_member": (
        "списание ограничено {cap} {cap_by}: лимит на покупателя до следующей синхронизации —"
        " {limit}"
    ),
    "redeem_cap_terminal": (
        "списание ограничено {cap} {cap_by}: лимит терминала до следующей синхронизации — {limit}"
    ),
    "redeem_cap_server": "списание ограничено {cap} {cap_by}: столько позволяет баланс на сервере",
    "redeem_cap_reserved": (
        "списание ограничено {cap} {cap_by}: столько зарезервировано на сервере "
        "(остальное держат другие кассы)"
    ),
    "redeem_override": "ограничение списания снято менеджером",
    "redeem": "оплата баллами: {points} {points_word} = {value}",
    "earn": "начислено {percent} % от {base} = {points} {points_word}",
    "earn_none": "баллы не начислены: {why}",
    "earn_pending": "баллы станут доступны {date}",
    "multiplier": "баллы x{factor}: {name}",
    "bonus": "+{points} {points_word}: {name}",
    "bonus_below": "нет бонуса «{name}»: чек меньше {min}",
    "no_member": "без карты: чек записан без скидки и баллов",
}

_WHY_RU = {
    "nothing in this check may be discounted": "в чеке нет товаров со скидкой",
    "the tier gives no discount": "уровень не даёт скидки",
    "nothing in this check earns points": "в чеке нет товаров, за которые начисляются баллы",
    "the tier earns no points": "уровень не начисляет баллы",
    "everything was paid with points": "всё оплачено баллами",
    "no discount": "без скидки",
    "no points": "без баллов",
    "no discount, no points": "без скидки и без баллов",
}

TEMPLATES: dict[str, dict[str, str]] = {"en": _EN, "ru": _RU}


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a rule applied or did not, as a code and its formatted values."""

    code: str
    values: tuple[tuple[str, str], ...] = ()
    applied: bool = True

    def text(self, lang: str = "en") -> str:
        """The reason as one line in `lang` ('en' or 'ru')."""
        templates = TEMPLATES.get(lang, _EN)
        values = dict(self.values)
        if lang == "ru":
            values = {k: _ru_value(k, v) for k, v in values.items()}
        return templates[self.code].format(**values, **_count_words(values, lang))


_MONEY_VALUES = frozenset({"base", "value", "min"})
_NUMBER_VALUES = frozenset({"percent", "factor"})


def _ru_value(key: str, value: str) -> str:
    """A value the Russian way: a decimal comma, groups of thousands, the reasons in words."""
    if key in _MONEY_VALUES:
        return ru_money_text(value)
    if key in _NUMBER_VALUES:
        return ru_number_text(value)
    return _WHY_RU.get(value, value)


def _count_words(values: dict[str, str], lang: str) -> dict[str, str]:
    """The noun after each count ('1 балл', '5 баллов'; 'до 1 балла'; '1 баллом', '2 баллами')."""
    words: dict[str, str] = {}
    for key in ("points", "cap"):
        count = _as_count(values.get(key))
        if count is None:
            continue
        words[f"{key}_word"] = points_word(count, lang)
        words[f"{key}_up_to"] = ru_form(count, "балла", "баллов", "баллов")
        words[f"{key}_by"] = ru_form(count, "баллом", "баллами", "баллами")
    return words


def _as_count(text: str | None) -> int | None:
    try:
        return None if text is None else int(text)
    except ValueError:
        return None


def reason(code: str, *, applied: bool = True, **values: object) -> Reason:
    """Make a reason; values are turned into text once, here."""
    return Reason(code, tuple((k, str(v)) for k, v in values.items()), applied)
