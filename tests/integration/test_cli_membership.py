"""`pos-loyalty membership` on a real SQLite file: sell, renew, show, refund, the Z-report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.cli_staff import SECOND, SECOND_PIN, approve_as, staff_the_store
from ui.cli.main import cli

NOW = "2026-03-02T12:00:00+03:00"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "shop.sqlite3"
    monkeypatch.setenv("POS_LOYALTY_DB", str(db))
    monkeypatch.setenv("POS_LOYALTY_NOW", NOW)
    staff_the_store(db, monkeypatch)
    return db


def run(*args: str) -> Any:
    result = CliRunner().invoke(cli, [*args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def run_refused(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code != 0
    return str(result.exception)


def _club_member() -> str:
    # the tiered template sells a membership: 990.00 for 365 days
    run("init", "--template", "tiered", "--store", "Магазин")
    added = run(
        "member", "add", "--name", "Иван Петров", "--phone", "+7 912 345-67-89", "--consent"
    )
    return str(added["card"]["number"])


def test_selling_and_renewing_from_the_command_line(env: Path) -> None:
    card = _club_member()
    shown = run("membership", "show", card)
    # 02.03.2026 + 365 - 1 days = 01.03.2027
    assert shown == {
        "card": card,
        "step": "sell",
        "fee": 99000,
        "period_days": 365,
        "until": None,
        "active": False,
        "new_until": "2027-03-01",
    }
    sold = run("membership", "sell", card, "--receipt", "M1")
    assert (sold["kind"], sold["paid"], sold["earned_points"]) == ("membership", 99000, 0)
    assert sold["until"] == "2027-03-01"
    assert "renew" in run_refused("membership", "sell", card)
    # 01.03.2027 + 365 days crosses 29.02.2028: 29.02.2028
    renewed = run("membership", "renew", card)
    assert (renewed["membership_before"], renewed["until"]) == ("2027-03-01", "2028-02-29")
    assert run("member", "show", card)["standing"]["membership_until"] == "2028-02-29"


def test_a_refund_puts_back_the_end_date_and_the_z_report_counts_the_fees(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = _club_member()
    run("membership", "sell", card)
    renewal = run("membership", "renew", card)
    approve_as(monkeypatch, SECOND, SECOND_PIN)  # 990.00 is above the cashier's refund limit
    refund = run(
        "--approved-by", SECOND, "refund", renewal["id"], "--amount", "990.00",
        "--reason", "changed their mind",
    )  # fmt: skip
    assert refund["money_returned"] == 99000
    assert run("membership", "show", card)["until"] == "2027-03-01"
    z = run("report", "z", "--from", "2026-03-02", "--to", "2026-03-02")
    summary = next(t for t in z["tables"] if t["key"] == "z_summary")
    figures = {row[0]: row[1] for row in summary["rows"]}
    # two fees of 990.00 taken, one returned by the refund; no check or refund of goods at all
    assert figures["Club memberships sold"] == 2
    assert figures["Club membership fees"] == 198000
    assert figures["Club memberships refunded"] == 1
    assert figures["Club membership fees returned"] == 99000
    assert figures["Club membership fees, net"] == 99000
    assert (figures["Refunds (voids included)"], figures["Money returned"]) == (0, 0)
    assert figures["Checks with a card"] == 0


def test_the_slip_says_until_when_the_member_is_in_the_club(env: Path) -> None:
    card = _club_member()
    result = CliRunner().invoke(cli, ["membership", "sell", card, "--slip"])
    assert result.exit_code == 0, result.output
    assert "Член клуба до 01.03.2027" in result.stdout  # the store's slips are in Russian
