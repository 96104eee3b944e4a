"""The command line proves who acts: --staff names an account proven by its PIN, a second
manager by --approved-by and theirs; guessing is locked by the real clock; implausible amounts
are refused before anything is written."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.cli_staff import CASHIER, CASHIER_PIN, MANAGER, staff_the_store
from ui.cli.main import cli, main


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "shop.sqlite3"
    monkeypatch.setenv("POS_LOYALTY_DB", str(path))
    monkeypatch.setenv("POS_LOYALTY_NOW", "2026-03-02T12:00:00+03:00")
    staff_the_store(path, monkeypatch)
    assert CliRunner().invoke(cli, ["init", "--template", "bonus"]).exit_code == 0
    return path


@dataclass
class Ran:
    """What the real entry point did: its exit status and what it printed."""

    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli_run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    """Run `pos-loyalty ARGS` through `main` (exit statuses as a shell sees them), with env."""

    def run(*args: str, **env: str) -> Ran:
        with monkeypatch.context() as patched:
            for name, value in env.items():
                patched.setenv(name, value)
            capsys.readouterr()
            try:
                main(list(args))
                code = 0
            except SystemExit as exc:
                code = int(exc.code or 0)
            out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


@pytest.fixture
def ok(cli_run: Any) -> Any:
    def run(*args: str, **env: str) -> Any:
        result = cli_run(*args, "--json", **env)
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)

    return run


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def card_of_new_member(ok: Any, phone: str = "+7 912 345 67 89") -> str:
    added = ok("member", "add", "--name", "Иван Петров", "--phone", phone, "--consent")
    return str(added["card"]["number"])


def test_a_change_without_a_proven_account_is_refused_and_writes_nothing(
    db: Path, cli_run: Any, ok: Any
) -> None:
    card = card_of_new_member(ok)
    before = (count(db, "ledger_entries"), count(db, "audit_log"))
    nobody = cli_run("adjust", card, "--points", "10", "--reason", "x", POS_LOYALTY_STAFF="")
    assert nobody.exit_code == 2 and "--staff NAME" in str(nobody.stderr)
    stranger = cli_run("adjust", card, "--points", "10", "--reason", "x", POS_LOYALTY_STAFF="boss")
    assert stranger.exit_code == 3 and "no active staff member called boss" in str(stranger.stderr)
    wrong = cli_run("adjust", card, "--points", "10", "--reason", "x", POS_LOYALTY_PIN="000000")
    assert wrong.exit_code == 4 and f"wrong PIN for {MANAGER}" in str(wrong.stderr)
    cashier = cli_run(
        "adjust",
        card,
        "--points",
        "10",
        "--reason",
        "x",
        POS_LOYALTY_STAFF=CASHIER,
        POS_LOYALTY_PIN=CASHIER_PIN,
    )
    assert cashier.exit_code == 4 and "only a manager" in str(cashier.stderr)
    assert (count(db, "ledger_entries"), count(db, "audit_log")) == before


def test_read_only_commands_need_nobody(db: Path, cli_run: Any, ok: Any) -> None:
    card = card_of_new_member(ok)
    assert ok("member", "show", card, POS_LOYALTY_STAFF="")["card"]["number"] == card
    assert ok("history", card, POS_LOYALTY_STAFF="") is not None


def test_the_audit_log_names_the_proven_account_not_the_typed_name(
    db: Path, cli_run: Any, ok: Any
) -> None:
    card = card_of_new_member(ok)
    ok("adjust", card, "--points", "10", "--reason", "correction", POS_LOYALTY_STAFF=" менеджер ")
    ids = {p["name"]: p["id"] for p in ok("staff", "list")}
    record = ok("audit", "show")[-1]
    assert (record["action"], record["staff_id"]) == ("adjust", ids[MANAGER])


def test_guessing_a_pin_on_the_command_line_locks_the_account_by_the_real_clock(
    db: Path, monkeypatch: pytest.MonkeyPatch, cli_run: Any, ok: Any
) -> None:
    card = card_of_new_member(ok)
    now = datetime(2026, 12, 4, 12, 0).astimezone()
    monkeypatch.setattr("ui.clock.real_clock", lambda: now)
    args = ("adjust", card, "--points", "10", "--reason", "correction")
    for guess in ("000000", "111111", "222222"):
        assert cli_run(*args, POS_LOYALTY_PIN=guess).exit_code == 4
    # the right PIN is refused while locked, and moving POS_LOYALTY_NOW does not help
    locked = cli_run(*args, POS_LOYALTY_NOW="2030-01-01T12:00:00+03:00")
    assert locked.exit_code == 4 and "locked" in str(locked.stderr)
    actions = [r["action"] for r in ok("audit", "show", POS_LOYALTY_STAFF="")]
    assert actions == ["staff_locked"]
    now += timedelta(seconds=31)  # the real clock moves past the lock
    monkeypatch.setattr("ui.clock.real_clock", lambda: now)
    assert ok(*args)["balance_after"] == 110


def test_init_creates_the_first_manager_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli_run: Any, ok: Any
) -> None:
    monkeypatch.setenv("POS_LOYALTY_DB", str(tmp_path / "new.sqlite3"))
    monkeypatch.setenv("POS_LOYALTY_PIN", "1234")
    short = cli_run("init", "--manager", "Анна")
    assert short.exit_code == 2 and "6 to 8 digits" in str(short.stderr)
    monkeypatch.setenv("POS_LOYALTY_PIN", "123456")
    assert ok("init", "--manager", "Анна")["manager"] == "Анна"
    again = cli_run("init", "--manager", "Пётр")
    assert again.exit_code == 4 and "already has staff accounts" in str(again.stderr)
    monkeypatch.setenv("POS_LOYALTY_STAFF", "Анна")
    assert ok("staff", "list")[0]["role"] == "manager"


def test_a_card_number_typed_as_the_total_is_refused_and_nothing_is_written(
    db: Path, cli_run: Any, ok: Any
) -> None:
    card = card_of_new_member(ok)
    before = (count(db, "sales"), count(db, "ledger_entries"))
    refused = cli_run("checkout", card, "--total", "420000000013.00")
    assert refused.exit_code == 2 and "looks like a card number" in str(refused.stderr)
    huge = cli_run("checkout", card, "--total", "3000420000000044.00")
    assert huge.exit_code == 2 and "above the maximum of 1000000.00" in str(huge.stderr)
    large = cli_run("checkout", card, "--total", "150000.00")
    assert large.exit_code == 2 and "confirm the large amount" in str(large.stderr)
    assert (count(db, "sales"), count(db, "ledger_entries")) == before
    done = ok("checkout", card, "--total", "150000.00", "--confirm-large")
    assert done["quote"]["total"] == 15_000_000


def test_a_blocked_card_takes_no_adjustment_and_no_bonus_on_the_command_line(
    db: Path, cli_run: Any, ok: Any
) -> None:
    card = card_of_new_member(ok)
    ok("card", "block", card, "--reason", "stolen")
    before = count(db, "ledger_entries")
    adjusted = cli_run("adjust", card, "--points", "10", "--reason", "correction")
    assert adjusted.exit_code == 4 and "is blocked" in adjusted.stderr
    bonus = cli_run("bonus", "add", card, "--points", "10", "--reason", "review")
    assert bonus.exit_code == 4 and "is blocked" in bonus.stderr
    assert count(db, "ledger_entries") == before


def test_a_settings_change_on_the_command_line_is_audited_with_before_and_after(
    db: Path, cli_run: Any, ok: Any
) -> None:
    ok("devices", "set", "printer", "connection=file", "device=/tmp/slip.bin")
    cashier = cli_run(
        "devices",
        "set",
        "printer",
        "connection=none",
        POS_LOYALTY_STAFF=CASHIER,
        POS_LOYALTY_PIN=CASHIER_PIN,
    )
    assert cashier.exit_code == 4 and "only a manager" in cashier.stderr
    (record,) = [r for r in ok("audit", "show") if r["action"] == "setting"]
    assert record["details"]["key"] == "printer"
    assert record["details"]["after"]["connection"] == "file"
    assert record["details"]["before"] in (None, {})
