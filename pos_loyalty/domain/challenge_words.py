"""A challenge's progress in words, for the slip and the counter's member panel.

"Five visits: 3 of 5 purchases, 12 days left", "Dairy: 1 250,00 of 3 000,00 in dairy, 5 days
left", "Five visits: completed, +200 points". The words are marked for translation in the
context `Challenges`, the counts in Qt's plural forms (3 из 5 покупок, осталось 12 дней).
"""

from __future__ import annotations

from typing import NamedTuple

from pos_loyalty.domain.challenges import ChallengeKind, Progress
from pos_loyalty.i18n import Translate, translator_for
from pos_loyalty.i18n.local import money_text

CONTEXT = "Challenges"


class ChallengeLine(NamedTuple):
    """What the slip and the panel show of one challenge (plain values, kept with the slip)."""

    name: str
    kind: str
    done: int
    target: int
    days_left: int
    category: str = ""
    completed: bool = False
    """The period's bonus is credited."""
    points: int = 0
    """The challenge's bonus."""


def challenge_line(p: Progress) -> ChallengeLine:
    """The line of a member's progress in one challenge."""
    c = p.challenge
    return ChallengeLine(
        c.name, c.kind.value, p.done, p.target, p.days_left, c.category, p.credited, c.bonus_points
    )


def challenge_text(
    line: ChallengeLine, language: str, translate: Translate | None = None, group: str | None = None
) -> str:
    """The line in `language`; `group` separates thousands of money (the slip: a plain space)."""
    translate = translate or translator_for(language)
    if line.completed:
        done = translate("Challenges", "{name}: completed, +%n point(s)", None, line.points)
        return done.format(name=line.name)
    if line.kind == ChallengeKind.PURCHASES.value:
        so_far = translate("Challenges", "{done} of %n purchase(s)", None, line.target)
        so_far = so_far.format(done=line.done)
    else:
        so_far = translate("Challenges", "{done} of {target} in {category}").format(
            done=money_text(line.done, language, group=group),
            target=money_text(line.target, language, group=group),
            category=line.category,
        )
    left = translate("Challenges", "%n day(s) left", None, line.days_left)
    return f"{line.name}: {so_far}, {left}"
