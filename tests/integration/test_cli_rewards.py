"""`pos-loyalty reward` on a real SQLite file: list the catalogue, redeem a reward, refund it.

The bonus template (100 welcome points) with two rewards: a mug for 100 points (1 in stock)
and a coffee for 120 points. Ivan joins with 100 points: exactly the mug's price.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.cli_staff import staff_the_store
from ui.cli.main import cli

NOW = "2026-03-02T12:00:00+03:00"
REWARDS = [
    {"id": "mug", "name": "Кружка", "points": 100, "stock": 1},
    {"id": "coffee", "name": "Кофе", "points": 120, "ends_on": "2026-03-31"},
]


@pytest.fixture
def card(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    db = tmp_path / "shop.sqlite3"
    monkeypatch.setenv("POS_LOYALTY_DB", str(db))
    monkeypatch.setenv("POS_LOYALTY_NOW", NOW)
    staff_the_store(db, monkeypatch)
    run("init", "--template", "bonus", "--store", "Магазин")
    rules = {**run("program", "show"), "rewards": REWARDS}
    rules.pop("version")
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(rules), encoding="utf-8")
    run("program", "set", str(path))
    added = run(
        "member", "add", "--name", "Иван Петров", "--phone", "+7 912 345-67-89", "--consent"
    )
    return str(added["card"]["number"])


def run(*args: str) -> Any:
    result = CliRunner().invoke(cli, [*args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_catalogue_and_what_a_member_can_take(card: str) -> None:
    listed = run("reward", "list")
    assert [(r["id"], r["points"], r["left"], r["ends_on"]) for r in listed] == [
        ("mug", 100, 1, None),
        ("coffee", 120, None, "2026-03-31"),
    ]
    mine = run("reward", "list", card)
    assert (mine["spendable"], [r["id"] for r in mine["rewards"]]) == (100, ["mug"])


def test_redeeming_and_refunding_a_reward_from_the_command_line(card: str) -> None:
    given = run("reward", "redeem", card, "mug")
    assert (given["points"], given["balance_before"], given["balance_after"]) == (100, 100, 0)
    assert given["authorisation"]["online"] is False  # a terminal working alone
    assert run("reward", "list")[0]["left"] == 0
    entries = run("history", card)["entries"]
    assert [(e["kind"], e["points"], e["running_balance"]) for e in entries] == [
        ("bonus", 100, 100),
        ("reward", -100, 0),
    ]
    back = run("reward", "refund", given["entry_id"])
    assert (back["points_returned"], back["balance_after"], back["name"]) == (100, 100, "Кружка")
    assert run("reward", "list")[0]["left"] == 1


def test_a_reward_out_of_stock_is_refused_with_a_one_line_message(card: str) -> None:
    run("reward", "redeem", card, "mug")
    result = CliRunner().invoke(cli, ["reward", "redeem", card, "mug"])
    assert result.exit_code != 0
    assert "none is left" in str(result.exception)
