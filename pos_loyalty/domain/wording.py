"""Words that change with a number, and numbers written the Russian way, for slips and reasons.

Russian has three forms of a noun after a number (1 балл, 2 балла, 5 баллов) and writes
"1 234,50" where English writes "1,234.50". Both the slip and the reasons use these, so a
count or an amount reads the same on paper and on screen.
"""

from __future__ import annotations

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import format_money, parse_money

NBSP = "\u00a0"


def ru_form(count: int, one: str, few: str, many: str) -> str:
    """Return the Russian form of a noun after `count`: one (1, 21), few (2-4, 22), many."""
    last_two = abs(count) % 100
    last = last_two % 10
    if last == 1 and last_two != 11:
        return one
    if 2 <= last <= 4 and not 12 <= last_two <= 14:
        return few
    return many


def points_word(points: int, language: str) -> str:
    """Return the noun for `points` with the right plural form ('балл', 'балла', 'баллов')."""
    if language != "ru":
        return "point" if abs(points) == 1 else "points"
    return ru_form(points, "балл", "балла", "баллов")


def ru_money_text(text: str) -> str:
    """Rewrite an amount made by `format_money` ('1234.50', '~851.00') as '1 234,50'."""
    mark = "~" if text.startswith("~") else ""
    try:
        minor = parse_money(text.removeprefix("~"))
    except InvalidInput:  # not an amount after all (a name, a word): leave it as it is
        return text
    return mark + format_money(minor, decimal_sep=",", group_sep=NBSP)


def ru_number_text(text: str) -> str:
    """Rewrite a plain number ('2.5') with the Russian decimal comma ('2,5')."""
    return text.replace(".", ",")
