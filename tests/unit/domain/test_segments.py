"""RFM scores by mid-rank quintiles, and the segment rules, with figures worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.segments import (
    SEGMENTS,
    Buyer,
    Purchases,
    Scale,
    Scales,
    Scores,
    Segment,
    segment_named,
    segment_of,
)

# score = 1 + floor(5 * (2 * below + equal) / (2 * n))


def test_frequencies_with_ties_share_a_score() -> None:
    # n = 10. Value 1: below 0, equal 4 -> 1 + 20 // 20 = 2. Value 2: below 4, equal 2 ->
    # 1 + 50 // 20 = 3. Value 3: below 6, equal 1 -> 1 + 65 // 20 = 4. Value 4: below 7,
    # equal 2 -> 1 + 80 // 20 = 5. Value 9: below 9, equal 1 -> 1 + 95 // 20 = 5.
    scale = Scale([1, 1, 1, 1, 2, 2, 3, 4, 4, 9])
    assert [scale.score(v) for v in (1, 2, 3, 4, 9)] == [2, 3, 4, 5, 5]
    assert scale.bounds() == {2: (1, 1), 3: (2, 2), 4: (3, 3), 5: (4, 9)}


def test_recency_scores_fewer_days_higher() -> None:
    # Worse means more days. 200: below 0 -> 1 + 5 // 20 = 1; 90: below 1 -> 1 + 15 // 20 = 1;
    # 60: 1 + 25 // 20 = 2; 30: 1 + 35 // 20 = 2; 10 (three of them): below 4 ->
    # 1 + 55 // 20 = 3; 5: below 7 -> 1 + 75 // 20 = 4; 0 (two): below 8 -> 1 + 90 // 20 = 5.
    scale = Scale([0, 0, 5, 10, 10, 10, 30, 60, 90, 200], higher_is_better=False)
    assert [scale.score(d) for d in (200, 90, 60, 30, 10, 5, 0)] == [1, 1, 2, 2, 3, 4, 5]
    assert scale.bounds() == {1: (90, 200), 2: (30, 60), 3: (10, 10), 4: (5, 5), 5: (0, 0)}


def test_five_distinct_values_score_one_to_five() -> None:
    scale = Scale([500, 100, 400, 200, 300])
    assert [scale.score(v) for v in (100, 200, 300, 400, 500)] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("values", [[700], [3, 3, 3, 3], [0, 0]])
def test_one_member_alone_or_all_equal_score_three(values: list[int]) -> None:
    scale = Scale(values)
    assert scale.score(values[0]) == 3
    assert scale.bounds() == {3: (values[0], values[0])}


def test_two_members_score_two_and_four() -> None:
    # below 0, equal 1, n 2: 1 + 5 // 4 = 2; below 1: 1 + 15 // 4 = 4.
    scale = Scale([10, 20])
    assert (scale.score(10), scale.score(20)) == (2, 4)


def test_an_empty_population_has_no_bounds_and_scores_nothing() -> None:
    scale = Scale([])
    assert scale.bounds() == {}
    with pytest.raises(ValueError, match="no population"):
        scale.score(1)


def test_fm_is_the_mean_of_f_and_m_half_up() -> None:
    assert Scores(3, 3, 4).fm == 4
    assert Scores(3, 2, 3).fm == 3
    assert Scores(3, 1, 2).fm == 2
    assert Scores(3, 5, 5).fm == 5


@pytest.mark.parametrize(
    ("scores", "purchases", "segment"),
    [
        (Scores(4, 1, 1), 1, Segment.NEW),
        (Scores(5, 5, 5), 1, Segment.NEW),  # one purchase, however big: new first
        (Scores(3, 1, 1), 1, Segment.POTENTIAL),  # R 3 is not recent enough for new
        (Scores(4, 4, 4), 2, Segment.CHAMPIONS),
        (Scores(4, 4, 3), 2, Segment.CHAMPIONS),  # FM (4 + 3) / 2 = 3.5, half up 4
        (Scores(4, 3, 3), 2, Segment.LOYAL),
        (Scores(3, 5, 5), 6, Segment.LOYAL),  # R 3 is never a champion
        (Scores(3, 2, 3), 2, Segment.LOYAL),  # FM 2.5 -> 3
        (Scores(3, 2, 2), 2, Segment.POTENTIAL),
        (Scores(5, 1, 2), 2, Segment.POTENTIAL),
        (Scores(1, 4, 4), 5, Segment.CANT_LOSE),
        (Scores(1, 4, 3), 5, Segment.CANT_LOSE),  # FM 3.5 -> 4
        (Scores(1, 3, 3), 3, Segment.AT_RISK),
        (Scores(1, 2, 3), 2, Segment.AT_RISK),  # FM 2.5 -> 3
        (Scores(2, 5, 5), 9, Segment.AT_RISK),  # R 2 with FM 5 is at risk, not can't lose
        (Scores(2, 2, 2), 2, Segment.HIBERNATING),
        (Scores(2, 1, 3), 1, Segment.HIBERNATING),  # FM (1 + 3) / 2 = 2
        (Scores(1, 2, 2), 2, Segment.LOST),
        (Scores(1, 1, 1), 1, Segment.LOST),
    ],
)
def test_the_first_rule_that_holds_names_the_segment(
    scores: Scores, purchases: int, segment: Segment
) -> None:
    assert segment_of(scores, purchases) is segment


def test_every_segment_is_reached_by_some_scores() -> None:
    seen = {
        segment_of(Scores(r, f, m), n)
        for r in range(1, 6)
        for f in range(1, 6)
        for m in range(1, 6)
        for n in (1, 2)
    }
    assert seen == set(SEGMENTS)


def test_a_small_population_placed_end_to_end() -> None:
    # Recency 2, 40, 40, 100, 300 days; checks 1, 3, 3, 5, 2; money 500.00 ... 9 000.00.
    # R: 2 -> 5; 40 (two): below 2, equal 2 -> 1 + 30 // 10 = 4; 100 -> 2; 300 -> 1.
    # F: 1 -> 1; 2 -> 2; 3 (two): below 2, equal 2 -> 4; 5 -> 5.
    # M: 50000 -> 1, 120000 -> 2, 300000 -> 3, 450000 -> 4, 900000 -> 5.
    as_of = date(2026, 12, 31)
    days = (2, 40, 40, 100, 300)
    checks = (1, 3, 3, 5, 2)
    money = (50000, 300000, 120000, 900000, 450000)
    buyers = [
        Buyer(f"m{i}", date.fromordinal(as_of.toordinal() - d), f, m)
        for i, (d, f, m) in enumerate(zip(days, checks, money, strict=True))
    ]
    scales = Scales.of(b.measures(as_of) for b in buyers)
    found = [(scales.scores(b.measures(as_of)), scales.segment(b.measures(as_of))) for b in buyers]
    assert found == [
        (Scores(5, 1, 1), Segment.NEW),
        (Scores(4, 4, 3), Segment.CHAMPIONS),
        (Scores(4, 4, 2), Segment.LOYAL),
        (Scores(2, 5, 5), Segment.AT_RISK),
        (Scores(1, 2, 4), Segment.AT_RISK),
    ]
    assert buyers[3].measures(as_of) == Purchases(100, 5, 900000)


def test_a_segment_is_named_as_typed_or_refused_with_the_names() -> None:
    assert segment_named(" At-Risk ") is Segment.AT_RISK
    with pytest.raises(InvalidInput) as refused:
        segment_named("vip")
    assert refused.value.code == "segment_unknown"
    assert str(refused.value) == (
        "no segment 'vip': choose champions, loyal, potential, new, at-risk, cant-lose, "
        "hibernating, lost"
    )


def test_placing_the_whole_population_agrees_with_placing_each_member() -> None:
    population = [
        Purchases(d, f, m)
        for d, f, m in ((2, 1, 50000), (40, 3, 300000), (40, 3, 120000), (100, 5, 900000))
    ]
    scales = Scales.of(population)
    # n = 4. R (fewer days better): 100 -> 1 + 5 // 8 = 1; 40 (two): below 1, equal 2 ->
    # 1 + 20 // 8 = 3; 2 -> 1 + 35 // 8 = 5. F: 1 -> 1, 3 (two) -> 3, 5 -> 5. M: 50000 -> 1,
    # 120000 -> 1 + 15 // 8 = 2, 300000 -> 1 + 25 // 8 = 4, 900000 -> 5.
    # (5, 1, 1), one purchase: new; (3, 3, 4), FM 4: loyal; (3, 3, 2), FM 3: loyal;
    # (1, 5, 5), FM 5: can't lose.
    assert list(scales.placed()) == [
        (Segment.NEW, 50000),
        (Segment.LOYAL, 300000),
        (Segment.LOYAL, 120000),
        (Segment.CANT_LOSE, 900000),
    ]
    assert list(scales.placed()) == [(scales.segment(p), p.money) for p in population]
    assert scales.recency.table() == {100: 1, 40: 3, 2: 5}
    assert scales.frequency.table() == {1: 1, 3: 3, 5: 5}  # 3: below 1, equal 2 -> 1 + 20 // 8
