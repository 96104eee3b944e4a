"""The back-office commands end to end: merge, member page, bonuses with a PIN, exports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from ui.cli.main import cli


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("POS_LOYALTY_DB", str(tmp_path / "shop.sqlite3"))
    monkeypatch.setenv("POS_LOYALTY_NOW", "2026-03-02T12:00:00+03:00")
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "--template", "bonus", "--store", "Магазин"]).exit_code == 0
    return runner


def _run(runner: CliRunner, *args: str, stdin: str | None = None) -> Any:
    result = runner.invoke(cli, [*args, "--json"], input=stdin)
    assert result.exit_code == 0, (result.output, result.exception)
    return json.loads(result.stdout)


def _fail(runner: CliRunner, *args: str, stdin: str | None = None) -> Result:
    result = runner.invoke(cli, list(args), input=stdin)
    assert result.exit_code != 0
    return result


def _member(runner: CliRunner, name: str, phone: str) -> str:
    added = _run(runner, "member", "add", "--name", name, "--phone", phone, "--consent")
    return str(added["card"]["number"])


def test_merge_then_the_old_card_shows_the_kept_members_page(runner: CliRunner) -> None:
    keep = _member(runner, "Иван Петров", "+7 912 345 67 89")
    other = _member(runner, "Ваня", "+7 999 111 22 33")
    _run(runner, "checkout", other, "--total", "1000.00")
    merged = _run(runner, "member", "merge", keep, other)
    assert merged["points_moved"] == merged["balance_after"] - 100
    page = _run(runner, "member", "page", other, "--page-size", "2")
    assert page["member"]["name"] == "Иван Петров"
    assert page["consent"]["given"] is True
    assert [c["number"] for c in page["cards"]] == [keep, other]
    # Ivan's welcome bonus, then Vanya's two lots (welcome bonus, earnings) moved in
    assert page["points"]["entries"] == 3 and page["points"]["lines"][0]["kind"] == "transfer"
    assert page["merged_from"] == [merged["merged"]["id"]]
    assert page["tier_history"][-1]["source"] == "today"
    refused = _fail(runner, "member", "merge", keep, other)
    assert "same member" in str(refused.exception)


def test_a_large_bonus_needs_a_second_managers_pin(runner: CliRunner) -> None:
    card = _member(runner, "Иван Петров", "+7 912 345 67 89")
    _run(runner, "staff", "add", "Ольга", "--role", "manager", "--pin", "1111")
    _run(runner, "staff", "add", "Павел", "--role", "manager", "--pin", "2222")
    small = _run(
        runner, "--staff", "Ольга", "bonus", "add", card, "--points", "50", "--reason", "review"
    )
    assert small["balance_after"] == 150 and small["approved_by"] is None
    args = ["--staff", "Ольга", "bonus", "add", card, "--points", "600", "--reason", "complaint"]
    assert "approval limit of 500" in str(_fail(runner, *args).exception)
    no_pin = _fail(runner, *args, "--approved-by", "Павел")
    assert "needs --manager-pin" in str(no_pin.exception)
    wrong = _fail(runner, *args, "--approved-by", "Павел", "--manager-pin", stdin="9999\n")
    assert "wrong PIN" in str(wrong.exception)
    self_approved = _fail(runner, *args, "--approved-by", "Ольга", "--manager-pin", stdin="1111\n")
    assert "own change" in str(self_approved.exception)
    done = _run(runner, *args, "--approved-by", "Павел", "--manager-pin", stdin="2222\n")
    assert done["approved_by"] == "Павел" and done["balance_after"] == 750
    by_pin = _run(runner, *args, "--manager-pin", stdin="2222\n")
    assert by_pin["approved_by"] == "Павел"
    assert _run(runner, "bonus", "limit", "1000")["adjust_approval_limit"] == 1000
    assert (
        _run(
            runner,
            "--staff",
            "Ольга",
            "bonus",
            "add",
            card,
            "--points",
            "900",
            "--reason",
            "other",
            "--text",
            "праздник",
        )["balance_after"]
        == 2250
    )
    actions = [r["action"] for r in _run(runner, "audit", "show")]
    assert actions == ["staff_add", "staff_add", "bonus", "bonus", "bonus", "setting", "adjust"]


def test_exports_write_csv_files_with_a_byte_order_mark(runner: CliRunner, tmp_path: Path) -> None:
    card = _member(runner, "Иван Петров", "+7 912 345 67 89")
    _run(runner, "checkout", card, "--total", "999.99")
    members = tmp_path / "members.csv"
    assert _run(runner, "export", "members", str(members))["rows"] == 1
    text = members.read_text(encoding="utf-8")
    assert text.startswith("\ufeffname;phone;email") and "Иван Петров;79123456789" in text
    ledger = tmp_path / "ledger.csv"
    done = _run(
        runner, "export", "ledger", str(ledger), "--from", "2026-03-02", "--to", "02.03.2026"
    )
    assert done["rows"] == 2
    assert "--from is after --to" in str(
        _fail(
            runner, "export", "ledger", str(ledger), "--from", "2026-03-03", "--to", "2026-03-02"
        ).exception
    )
