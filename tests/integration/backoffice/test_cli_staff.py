"""The staff commands end to end: a new PIN, a lock released, roles, deactivation, all logged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.cli_staff import staff_the_store
from ui.cli.main import cli


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("POS_LOYALTY_DB", str(tmp_path / "shop.sqlite3"))
    monkeypatch.setenv("POS_LOYALTY_NOW", "2026-03-02T12:00:00+03:00")
    staff_the_store(tmp_path / "shop.sqlite3", monkeypatch)
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "--template", "bonus", "--store", "Магазин"]).exit_code == 0
    for name, role, pin in [("Ольга", "manager", "111111"), ("Иван", "cashier", "2222")]:
        added = runner.invoke(cli, ["staff", "add", name, "--role", role, "--pin", pin])
        assert added.exit_code == 0, added.output
    return runner


OLGA = {"POS_LOYALTY_STAFF": "Ольга", "POS_LOYALTY_PIN": "111111"}


def _run(runner: CliRunner, *args: str) -> Any:
    result = runner.invoke(cli, [*args, "--json"], env=OLGA)
    assert result.exit_code == 0, (result.output, result.exception)
    return json.loads(result.stdout)


def _fail(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(cli, list(args), env=OLGA)
    assert result.exit_code != 0
    return str(result.exception) + result.output


def test_a_new_pin_a_role_and_deactivation_from_the_command_line(runner: CliRunner) -> None:
    assert _run(runner, "staff", "pin", "Иван", "--pin", "3333")["name"] == "Иван"
    assert _run(runner, "staff", "role", "Иван", "manager")["role"] == "manager"
    assert _run(runner, "staff", "deactivate", "Иван")["active"] is False
    listed = {p["name"]: p for p in _run(runner, "staff", "list")}
    assert listed["Иван"]["active"] is False and listed["Иван"]["role"] == "manager"
    assert _run(runner, "staff", "reactivate", "Иван")["active"] is True
    assert _run(runner, "staff", "unlock", "Иван")["locked_until"] is None
    names = {p["id"]: p["name"] for p in _run(runner, "staff", "list")}
    actions = [(r["action"], names[r["staff_id"]]) for r in _run(runner, "audit", "show")]
    assert actions == [
        ("setting", "Менеджер"),  # init --store renamed the store
        ("staff_add", "Менеджер"),
        ("staff_add", "Менеджер"),
        ("staff_pin_reset", "Ольга"),
        ("staff_role", "Ольга"),
        ("staff_deactivate", "Ольга"),
        ("staff_reactivate", "Ольга"),
        ("staff_unlock", "Ольга"),
    ]


def test_the_last_manager_and_an_unknown_name_are_refused(runner: CliRunner) -> None:
    for other in ("Менеджер", "Второй менеджер"):
        assert _run(runner, "staff", "role", other, "cashier")["role"] == "cashier"
    assert "Ольга is the last active manager" in _fail(runner, "staff", "role", "Ольга", "cashier")
    assert "cannot be deactivated" in _fail(runner, "staff", "deactivate", "Ольга")
    assert "no staff member called Пётр" in _fail(runner, "staff", "unlock", "Пётр")
    assert "4 to 8 digits" in _fail(runner, "staff", "pin", "Иван", "--pin", "12")
