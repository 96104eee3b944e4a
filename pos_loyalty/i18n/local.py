"""Numbers, amounts and dates written the way a language writes them.

Russian writes "1 234,50" and "01.12.2024"; English (as the app writes it) "1,234.50" and
"2024-12-01". Every text the app shows (the window, the slips, the reports, the reasons) takes
its separators and date forms from here, and every amount from `money.format_money`, the one
money formatter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import Minor, format_money, parse_money

NBSP = "\u00a0"


@dataclass(frozen=True, slots=True)
class Conventions:
    """How one language writes numbers and dates."""

    decimal: str
    group: str
    day: str
    month: str


CONVENTIONS = {
    "ru": Conventions(decimal=",", group=NBSP, day="%d.%m.%Y", month="%m.%Y"),
    "en": Conventions(decimal=".", group=",", day="%Y-%m-%d", month="%Y-%m"),
}


def conventions(language: str) -> Conventions:
    """The conventions of `language` (English for a language the app does not speak)."""
    return CONVENTIONS.get(language, CONVENTIONS["en"])


def money_text(amount: Minor, language: str, *, group: str | None = None) -> str:
    """Minor units the language's way: '1 234,50' (ru), '1,234.50' (en); `group` overrides."""
    c = conventions(language)
    return format_money(
        amount, decimal_sep=c.decimal, group_sep=c.group if group is None else group
    )


def count_text(count: int, language: str, *, signed: bool = False) -> str:
    """A whole number with its thousands grouped: '12 345' (ru), '12,345' (en); `signed` writes
    the sign of a change: '+1 500', '-20'."""
    written = f"{count:+,}" if signed else f"{count:,}"
    return written.replace(",", conventions(language).group)


def decimal_text(text: str, language: str) -> str:
    """A decimal written in the code's way ('2.5') with the language's decimal mark ('2,5')."""
    return text.replace(".", conventions(language).decimal)


def amount_text(text: str, language: str) -> str:
    """An amount made by `format_money` ('1234.50', '~851.00') written the language's way."""
    mark = "~" if text.startswith("~") else ""
    try:
        minor = parse_money(text.removeprefix("~"))
    except InvalidInput:  # not an amount after all (a name, a word): leave it as it is
        return text
    return mark + money_text(minor, language)


def date_text(day: date, language: str) -> str:
    """A day: '01.12.2024' (ru), '2024-12-01' (en)."""
    return day.strftime(conventions(language).day)


def month_text(day: date, language: str) -> str:
    """A month: '12.2024' (ru), '2024-12' (en)."""
    return day.strftime(conventions(language).month)


def datetime_text(moment: datetime, language: str) -> str:
    """A day and the time to the minute: '01.12.2024 14:05'."""
    return f"{date_text(moment.date(), language)} {moment:%H:%M}"
