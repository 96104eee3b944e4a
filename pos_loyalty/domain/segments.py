"""RFM segments: each buying member scored 1-5 on recency, frequency and money, then named.

The measures, for a period of days and the members who bought goods in it (docs/rules.md):

- recency: days from the member's last purchase in the period to the period's last day
  (fewer is better);
- frequency: their checks of goods in the period;
- money: what they paid for those checks, less the money refunds of them returned.

Scores are quintiles by mid-rank: among the n members scored, a value with `below` members
strictly worse than it and `equal` members (itself included) with the same value scores
`1 + floor(5 * (below + equal / 2) / n)`. Equal values always share a score; a population of
five distinct values scores 1, 2, 3, 4, 5; one member alone, or members all equal, score 3.
The arithmetic is integer only.

Segments come from the recency score R, FM (the mean of the frequency and money scores, half up)
and the number of purchases; the first rule that holds names the segment (`segment_of`).
"""

from __future__ import annotations

import enum
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from pos_loyalty.domain.errors import InvalidInput

TOP_SCORE = 5


class Segment(enum.StrEnum):
    """The named segments, in the order reports list them."""

    CHAMPIONS = "champions"
    LOYAL = "loyal"
    POTENTIAL = "potential"
    NEW = "new"
    AT_RISK = "at-risk"
    CANT_LOSE = "cant-lose"
    HIBERNATING = "hibernating"
    LOST = "lost"


SEGMENTS: tuple[Segment, ...] = tuple(Segment)


def segment_named(name: str) -> Segment:
    """The segment called `name`, or a refusal that lists the names there are."""
    try:
        return Segment(name.strip().lower())
    except ValueError:
        names = ", ".join(s.value for s in SEGMENTS)
        raise InvalidInput(
            f"no segment '{name}': choose {names}", code="segment_unknown", name=name
        ) from None


@dataclass(frozen=True, slots=True)
class Purchases:
    """One member's raw measures for the period."""

    recency_days: int
    frequency: int
    money: int
    """Kopecks."""


@dataclass(frozen=True, slots=True)
class Buyer:
    """A member who bought in the period: their last purchase day, checks and money."""

    member_id: str
    last_purchase: date
    purchases: int
    money: int
    """Kopecks: paid for the period's checks, less money refunds of them returned."""

    def measures(self, as_of: date) -> Purchases:
        """Recency counted back from `as_of` (the period's last day), frequency and money."""
        return Purchases((as_of - self.last_purchase).days, self.purchases, self.money)


@dataclass(frozen=True, slots=True)
class Scores:
    """The three quintile scores, 1 (worst) to 5 (best)."""

    r: int
    f: int
    m: int

    @property
    def fm(self) -> int:
        """The mean of the frequency and money scores, half up: (3 + 4) / 2 gives 4."""
        return (self.f + self.m + 1) // 2


def segment_of(scores: Scores, purchases: int) -> Segment:
    """Name the segment: the first of these rules that holds.

    new: R >= 4 and one purchase; champions: R >= 4 and FM >= 4; loyal: R >= 3 and FM >= 3;
    potential: R >= 3; can't lose: R = 1 and FM >= 4; at risk: FM >= 3; hibernating: R = 2;
    lost: the rest (R = 1, FM <= 2).
    """
    r, fm = scores.r, scores.fm
    if r >= 4 and purchases == 1:
        return Segment.NEW
    if r >= 4 and fm >= 4:
        return Segment.CHAMPIONS
    if r >= 3:
        return Segment.LOYAL if fm >= 3 else Segment.POTENTIAL
    if r == 1 and fm >= 4:
        return Segment.CANT_LOSE
    if fm >= 3:
        return Segment.AT_RISK
    return Segment.HIBERNATING if r == 2 else Segment.LOST


class Scale:
    """The quintile scores of one measure over a population (its values kept sorted)."""

    __slots__ = ("_sign", "_sorted")

    def __init__(self, values: Iterable[int], *, higher_is_better: bool = True) -> None:
        self._sign = 1 if higher_is_better else -1
        self._sorted = array("q", sorted(self._sign * v for v in values))

    def __len__(self) -> int:
        return len(self._sorted)

    def score(self, value: int) -> int:
        """1 + floor(5 * (below + equal / 2) / n), in integers (see the module docstring)."""
        n = len(self._sorted)
        if n == 0:
            raise ValueError("no population to score against")
        key = self._sign * value
        below = bisect_left(self._sorted, key)
        equal = bisect_right(self._sorted, key) - below
        return 1 + (TOP_SCORE * (2 * below + equal)) // (2 * n)

    def table(self) -> dict[int, int]:
        """Every value of the population with its score (one pass over the sorted values)."""
        n, found = len(self._sorted), {}
        below = 0
        for key, group in groupby(self._sorted):
            equal = sum(1 for _ in group)
            found[self._sign * key] = 1 + (TOP_SCORE * (2 * below + equal)) // (2 * n)
            below += equal
        return found

    def bounds(self) -> dict[int, tuple[int, int]]:
        """For each score given, the lowest and highest value that got it."""
        found: dict[int, tuple[int, int]] = {}
        for value, score in self.table().items():
            low, high = found.get(score, (value, value))
            found[score] = (min(low, value), max(high, value))
        return dict(sorted(found.items()))


@dataclass(frozen=True, slots=True)
class Scales:
    """The three scales of one population, and its members' values in the order given."""

    recency: Scale
    frequency: Scale
    money: Scale
    values: tuple[array[int], array[int], array[int]]

    @classmethod
    def of(cls, population: Iterable[Purchases]) -> Scales:
        """Scales over these members' measures (one pass; the values are kept, not the rows)."""
        r, f, m = array("q"), array("q"), array("q")
        for p in population:
            r.append(p.recency_days)
            f.append(p.frequency)
            m.append(p.money)
        return cls(Scale(r, higher_is_better=False), Scale(f), Scale(m), (r, f, m))

    def placed(self) -> Iterator[tuple[Segment, int]]:
        """Each member of the population, in the order given: their segment and money.

        Recency and frequency take few values, so their scores are looked up in a table.
        """
        r_score, f_score, m_score = self.recency.table(), self.frequency.table(), self.money.score
        for days, checks, money in zip(*self.values, strict=True):
            scores = Scores(r_score[days], f_score[checks], m_score(money))
            yield segment_of(scores, checks), money

    def __len__(self) -> int:
        return len(self.recency)

    def scores(self, p: Purchases) -> Scores:
        """A member's three scores in this population."""
        return Scores(
            self.recency.score(p.recency_days),
            self.frequency.score(p.frequency),
            self.money.score(p.money),
        )

    def segment(self, p: Purchases) -> Segment:
        """A member's segment in this population."""
        return segment_of(self.scores(p), p.frequency)
