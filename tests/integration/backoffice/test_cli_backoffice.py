"""The back-office commands end to end: merge, member page, bonuses with a PIN, exports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tests.cli_staff import staff_the_store
from ui.cli.main import cli


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("POS_LOYALTY_DB", str(tmp_path / "shop.sqlite3"))
    monkeypatch.setenv("POS_LOYALTY_NOW", "2026-03-02T12:00:00+03:00")
    staff_the_store(tmp_path / "shop.sqlite3", monkeypatch)
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


def _as(name: str, pin: str, approver: str = "", approver_pin: str = "") -> dict[str, str]:
    env = {"POS_LOYALTY_STAFF": name, "POS_LOYALTY_PIN": pin}
    if approver:
        env |= {"POS_LOYALTY_APPROVER": approver, "POS_LOYALTY_APPROVER_PIN": approver_pin}
    return env


def test_a_large_bonus_needs_a_second_managers_pin(runner: CliRunner) -> None:
    card = _member(runner, "Иван Петров", "+7 912 345 67 89")
    _run(runner, "staff", "add", "Ольга", "--role", "manager", "--pin", "111111")
    _run(runner, "staff", "add", "Павел", "--role", "manager", "--pin", "222222")
    olga = _as("Ольга", "111111")
    args = ["bonus", "add", card, "--points", "50", "--reason", "review", "--json"]
    small = runner.invoke(cli, args, env=olga)
    assert small.exit_code == 0, small.output
    assert json.loads(small.stdout)["approved_by"] is None
    large = ["bonus", "add", card, "--points", "600", "--reason", "complaint", "--json"]
    alone = runner.invoke(cli, large, env=olga)
    assert alone.exit_code != 0 and "approval limit of 500" in str(alone.exception)
    wrong = runner.invoke(cli, large, env=_as("Ольга", "111111", "Павел", "999999"))
    assert wrong.exit_code != 0 and "wrong PIN for Павел" in str(wrong.exception)
    for same in ("Ольга", "ольга", " Ольга "):  # the same account, however it is typed
        mine = runner.invoke(cli, large, env=_as("Ольга", "111111", same, "111111"))
        assert mine.exit_code != 0 and "own change" in str(mine.exception)
    done = runner.invoke(cli, large, env=_as("Ольга", "111111", "Павел", "222222"))
    assert done.exit_code == 0, (done.output, done.exception)
    assert json.loads(done.stdout)["approved_by"] == "Павел"
    assert json.loads(done.stdout)["balance_after"] == 750
    ids = {p["name"]: p["id"] for p in _run(runner, "staff", "list")}
    (record,) = [r for r in _run(runner, "audit", "show") if r["details"].get("points") == 600]
    assert (record["staff_id"], record["approved_by"]) == (ids["Ольга"], ids["Павел"])


def test_raising_the_approval_limit_needs_a_second_manager(runner: CliRunner) -> None:
    refused = runner.invoke(cli, ["bonus", "limit", "100000000"])
    assert refused.exit_code != 0 and "second manager" in str(refused.exception)
    cashier = runner.invoke(cli, ["bonus", "limit", "10"], env=_as("Кассир", "1111"))
    assert cashier.exit_code != 0 and "only a manager" in str(cashier.exception)
    lowered = runner.invoke(cli, ["bonus", "limit", "100", "--json"])
    assert json.loads(lowered.stdout)["adjust_approval_limit"] == 100
    raised = runner.invoke(
        cli,
        ["bonus", "limit", "1000", "--json"],
        env={"POS_LOYALTY_APPROVER": "Второй менеджер", "POS_LOYALTY_APPROVER_PIN": "888888"},
    )
    assert json.loads(raised.stdout)["adjust_approval_limit"] == 1000


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
