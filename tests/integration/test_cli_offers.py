"""Personal offers from the command line: `program offer` (win-back too), `program offers`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_staff import staff_the_store
from tests.integration.test_cli import run, run_fail


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "shop.sqlite3"
    monkeypatch.setenv("POS_LOYALTY_DB", str(db))
    monkeypatch.setenv("POS_LOYALTY_NOW", "2026-03-02T12:00:00+03:00")
    staff_the_store(db, monkeypatch)
    return db


def test_a_win_back_offer_waits_for_the_member_to_be_away_long_enough(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("init", "--template", "bonus")
    card = run(
        "member", "add", "--name", "Ivan Petrov", "--phone", "+7 912 345 67 89", "--consent"
    )["card"]["number"]
    offer = ("program", "offer", card, "--name", "x3 points", "--until", "2026-06-30")
    code, err = run_fail(*offer, "--multiplier", "3", "--win-back", "60")
    assert code == 4  # refused by a rule
    assert "last purchase was 0 days ago" in err and "60 days or more" in err
    monkeypatch.setenv("POS_LOYALTY_NOW", "2026-05-01T12:00:00+03:00")  # 60 days later
    given = run(*offer, "--multiplier", "3", "--win-back", "60")
    assert given["offer"]["multiplier"] == "3" and given["offer"]["target"] == "member"
    assert given["days_inactive"] == 60
    shown = run("program", "offers", card)
    assert [o["code"] for o in shown["offers"]] == ["WINBACK"]
    sale = run("checkout", card, "--total", "1000.00")
    assert sale["quote"]["earned_points"] == 150  # 5 % x 3
    assert sale["quote"]["promotions"] == ["WINBACK"]
    assert run("program", "offers", card)["offers"] == []
    assert [r["action"] for r in run("audit", "show")] == ["offer"]


def test_an_offer_needs_exactly_one_effect(env: Path) -> None:
    run("init", "--template", "bonus")
    card = run("member", "add", "--name", "Anna", "--phone", "+7 912 000 00 01", "--consent")[
        "card"
    ]["number"]
    code, err = run_fail("program", "offer", card, "--name", "x", "--until", "2026-06-30")
    assert code == 2 and "one of --multiplier, --extra-discount or --bonus" in err
    code, err = run_fail(
        "program", "offer", card, "--name", "x", "--until", "2026-06-30", "--extra-discount", "150"
    )
    assert code == 2 and "the extra discount must be more than 0 and at most 100" in err
