"""The command line end to end on a real SQLite file: every command, --json, and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.cli_staff import staff_the_store
from ui.cli.context import App
from ui.cli.main import cli, main
from ui.station import load_station

NOW = "2026-03-02T12:00:00+03:00"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "shop.sqlite3"
    monkeypatch.setenv("POS_LOYALTY_DB", str(db))
    monkeypatch.setenv("POS_LOYALTY_NOW", NOW)
    staff_the_store(db, monkeypatch)
    return db


def run(*args: str) -> Any:
    """Run a command in-process with --json and return the parsed output."""
    runner = CliRunner()
    result = runner.invoke(cli, [*args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def run_fail(*args: str) -> tuple[int, str]:
    """Run through the real entry point and return (exit status, stderr)."""
    proc = subprocess.run(
        [sys.executable, "-c", "from ui.cli.main import main; main()", *args],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=60,
    )
    return proc.returncode, proc.stderr


def _programme(tmp_path: Path) -> Path:
    rules = tmp_path / "rules.toml"
    rules.write_text(
        'name = "Test"\nmin_check_for_redeem = "500.00"\nmax_redeem_percent = "50"\n'
        'no_discount_categories = ["tobacco"]\nno_earn_categories = ["tobacco"]\n'
        '[[tiers]]\nname = "Bronze"\nthreshold = "0"\nearn_percent = "5"\n'
        "[bonuses]\nwelcome = 100\n",
        encoding="utf-8",
    )
    return rules


def test_the_worked_example_through_the_command_line(env: Path, tmp_path: Path) -> None:
    run("init", "--template", "bonus", "--store", "Магазин")
    assert run("program", "set", str(_programme(tmp_path)))["version"] == 2
    added = run(
        "member", "add", "--name", "Иван Петров", "--phone", "+7 912 345-67-89", "--consent"
    )
    card = added["card"]["number"]
    assert added["welcome_points"] == 100
    first = run("checkout", card, "--total", "999.99", "--receipt", "A1")
    assert first["quote"]["earned_points"] == 49 and first["balance_after"] == 149
    quote = run("checkout", card, "--total", "1000.00", "--redeem", "max", "--dry-run")
    assert quote["redeemed_points"] == 149 and quote["payable"] == 85100
    second = run("checkout", card, "--total", "1000.00", "--redeem", "max")
    assert second["quote"]["earned_points"] == 42 and second["balance_after"] == 42
    refused = run("checkout", card, "--total", "400.00", "--redeem", "max", "--dry-run")
    assert refused["redeemed_points"] == 0 and refused["earned_points"] == 20
    assert any("check below 500.00" in r["text"] for r in refused["reasons"])
    mixed = run("checkout", card, "--line", "300.00:tobacco", "--line", "700.00", "--dry-run")
    assert mixed["earned_points"] == 35
    shown = run("member", "show", card)
    assert shown["standing"]["balance"] == 42
    history = run("history", card)
    assert [e["running_balance"] for e in history["entries"]] == [100, 149, 0, 42]


def test_refund_void_adjust_and_expire(env: Path) -> None:
    run("init", "--template", "bonus")
    card = run("member", "add", "--name", "Анна", "--phone", "9001112233", "--consent")["card"][
        "number"
    ]
    sale = run("checkout", card, "--total", "2000.00")
    assert sale["quote"]["earned_points"] == 100
    refund = run("refund", sale["sale_id"], "--amount", "500.00", "--reason", "returned")
    assert refund["points_reversed"] == 25 and refund["money_returned"] == 50000
    run("checkout", card, "--total", "100.00")
    void = run("void")
    assert void["is_void"] and void["points_reversed"] == 5
    adjusted = run("adjust", card, "--points", "-10", "--reason", "correction")
    assert adjusted["balance_after"] == 100 + 100 - 25 - 10
    assert run("expire")["points_expired"] == 0


def test_cards_are_issued_blocked_and_replaced(env: Path) -> None:
    run("init")
    issued = run("card", "issue", "--count", "3")
    assert len(issued) == 3 and all(c["member_id"] is None for c in issued)
    member = run(
        "member",
        "add",
        "--name",
        "Пётр",
        "--phone",
        "9005556677",
        "--consent",
        "--card",
        issued[0]["number"],
    )
    assert member["card"]["number"] == issued[0]["number"]
    new = run("card", "replace", issued[0]["number"], "--new", issued[1]["number"])
    assert new["member_id"] == member["member"]["id"]
    old = run("member", "show", issued[0]["number"])
    assert old["card"]["state"] == "replaced" and old["card"]["replaced_by"] == new["number"]
    assert run("member", "show", new["number"])["standing"]["balance"] == 100
    blocked = run("card", "block", new["number"], "--reason", "stolen")
    assert blocked["state"] == "blocked"
    found = run("member", "find", "+7 900 555")
    assert [f["member"]["name"] for f in found] == ["Пётр"]
    assert [f["member"]["name"] for f in run("member", "find", "пёт")] == ["Пётр"]
    erased = run("member", "erase", new["number"], "--yes")
    assert erased["erased"] and erased["name"] == ""


@pytest.mark.parametrize(
    ("args", "status", "words"),
    [
        (["member", "show", "0420000000014"], 2, "wrong check digit"),
        (["member", "show", "12345"], 2, "13"),
        (["member", "show", "0420000000020"], 3, "not known"),
        (["checkout", "0420000000013", "--total", "12.345"], 2, "2 decimal"),
        (["checkout", "--total", "abc"], 2, "not an amount"),
        (["refund", "no-such-sale", "--amount", "1.00", "--reason", "x"], 3, "no sale"),
        (["program", "set", "/nonexistent/rules.toml"], 2, "cannot read"),
    ],
)
def test_bad_input_exits_non_zero_with_one_line(
    env: Path, args: list[str], status: int, words: str
) -> None:
    subprocess.run(
        [sys.executable, "-c", "from ui.cli.main import main; main()", "init"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    code, err = run_fail(*args)
    assert code == status, err
    assert words in err
    assert len(err.strip().splitlines()) == 1 and err.startswith("error: ")


def test_a_refund_larger_than_the_sale_is_refused_and_writes_nothing(env: Path) -> None:
    run("init", "--template", "bonus")
    card = run("member", "add", "--name", "Олег", "--phone", "9007778899", "--consent")["card"][
        "number"
    ]
    sale = run("checkout", card, "--total", "300.00")
    before = run("history", card)
    code, err = run_fail("refund", sale["sale_id"], "--amount", "300.01", "--reason", "x")
    assert code == 4 and "more than what is left" in err
    assert run("history", card) == before


def test_a_malformed_programme_file_is_refused_naming_the_field(env: Path, tmp_path: Path) -> None:
    run("init")
    bad = tmp_path / "bad.toml"
    bad.write_text('[[tiers]]\nname = "A"\nthreshold = "0"\ncolour = "red"\n', encoding="utf-8")
    code, err = run_fail("program", "set", str(bad))
    assert code == 2 and "colour" in err
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    code, err = run_fail("program", "set", str(broken))
    assert code == 2 and "not valid json" in err
    assert run("program", "show")["version"] == 1


def test_main_is_the_entry_point(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["member", "show", "0420000000014"])
    assert exited.value.code == 2
    assert "wrong check digit" in capsys.readouterr().err


def test_the_store_command_refuses_what_no_slip_can_print_and_keeps_the_old(env: Path) -> None:
    run("init")
    run("store", "--name", "  Ромашка   у  дома ", "--footer", " Спасибо! ")
    kept = load_station(App(env).uow()).store
    assert (kept.name, kept.footer) == ("Ромашка у дома", "Спасибо!")
    too_many = [arg for i in range(11) for arg in ("--header", f"line {i}")]
    refusals = {
        "spaces": (("--name", "   "), "type the name printed on slips"),
        "empty": (("--name", ""), "type the name printed on slips"),
        "long name": (("--name", "Я" * 101), "at most 100 fit"),
        "long footer": (("--footer", "x" * 201), "at most 200 fit"),
        "many lines": (tuple(too_many), "at most 10 fit"),
    }
    for what, (args, message) in refusals.items():
        code, err = run_fail("store", *args)
        assert code != 0 and message in err, (what, code, err)
        assert "Traceback" not in err
    assert load_station(App(env).uow()).store == kept
    staff = run("staff", "list")
    code, err = run_fail("init", "--store", " \t ")
    assert code != 0 and "type the name printed on slips" in err
    assert load_station(App(env).uow()).store == kept
    assert run("staff", "list") == staff


def test_a_store_set_up_without_a_name_is_not_called_store_in_english(env: Path) -> None:
    run("init")
    app = App(env)
    assert load_station(app.uow()).store.name == ""  # the slip writes the word in its language
    ru = run("report", "z", "--lang", "ru")
    en = run("report", "z", "--lang", "en")
    assert (ru["store"], en["store"]) == ("Магазин без названия", "Store without a name")
    run("store", "--name", "Ромашка")
    assert load_station(App(env).uow()).store.name == "Ромашка"
    assert run("report", "z", "--lang", "ru")["store"] == "Ромашка"
