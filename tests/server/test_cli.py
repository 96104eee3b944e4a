"""The operator's `pos-loyalty-server` and the terminal's `pos-loyalty sync`, end to end."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from db.engine import create_sqlite_engine
from server import create_app
from server.cli import cli as server_cli
from tests.cli_staff import staff_the_store
from tests.server.live import LiveServer
from ui.cli.main import cli as terminal_cli

NOW = "2026-03-02T12:00:00+03:00"


def run(*args: str) -> Any:
    """Run a terminal command with --json and return its output."""
    result = CliRunner().invoke(terminal_cli, [*args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def operator(*args: str) -> str:
    """Run a server command and return what it printed."""
    result = CliRunner().invoke(server_cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Both databases in the test's folder; the terminal's clock fixed."""
    monkeypatch.setenv("POS_LOYALTY_SERVER_DB", f"sqlite:///{tmp_path / 'server.sqlite3'}")
    monkeypatch.setenv("POS_LOYALTY_DB", str(tmp_path / "shop.sqlite3"))
    monkeypatch.setenv("POS_LOYALTY_NOW", NOW)
    staff_the_store(tmp_path / "shop.sqlite3", monkeypatch)
    return tmp_path


def test_enrol_sync_resync_and_revoke_from_the_command_line(env: Path) -> None:
    printed = operator("terminal", "add", "--store", "Магазин у дома")
    assert "store 'Магазин у дома' created" in printed
    code = re.search(r"enrolment code: (\S+)", printed)
    assert code is not None
    engine = create_sqlite_engine(env / "server.sqlite3")
    live = LiveServer(create_app(engine))
    try:
        terminal = run("init", "--store", "Магазин у дома")["terminal_id"]
        card = run("member", "add", "--name", "Иван Петров", "--phone", "+79123456789", "--consent")
        operator(
            "staff",
            "add",
            "--name",
            "Анна",
            "--role",
            "manager",
            "--pin",
            "246802",
            "--store",
            "Магазин у дома",
        )
        enrolled = run("sync", "enrol", "--server", live.url, "--code", code.group(1))
        assert enrolled == {"server": live.url, "terminal_id": terminal, "store": "Магазин у дома"}
        first = run("sync", "--once")
        assert first["sent"] == first["accepted"] >= 4 and first["problems"] == []
        assert "Анна" in [p["name"] for p in run("staff", "list")]
        status = run("sync", "status")
        assert (status["state"], status["backlog"], status["last_error"]) == ("idle", 0, "")
        allowance = run("sync", "allowance", card["card"]["number"])
        assert allowance["online"] is True and allowance["points"] == 100
        (listed,) = json.loads(operator("terminal", "list", "--json"))
        assert (listed["id"], listed["missing"], listed["revoked_at"]) == (terminal, 0, None)
        # The first block of card numbers came with the enrolment (1,000 numbers).
        ((first_seq, last_seq),) = listed["card_blocks"]
        assert last_seq - first_seq + 1 == 1000
        assert f"card numbers {first_seq}..{last_seq}" in operator("terminal", "list")
        assert "new epoch" in operator("epoch", "renew")
        again = run("sync", "--once")
        assert again["resynced"] is True and again["duplicates"] == first["sent"]
        assert operator("report", "negative").strip() == "no negative balances"
        assert f"terminal {terminal} revoked" in operator("terminal", "revoke", terminal)
        refused = CliRunner().invoke(terminal_cli, ["sync", "--once"])
        assert refused.exit_code == 7 and "was revoked" in refused.output
    finally:
        live.stop()
        engine.dispose()


def test_operator_mistakes_get_one_line_messages(env: Path) -> None:
    result = CliRunner().invoke(server_cli, ["terminal", "revoke", "T-NOPE"])
    assert result.exit_code == 1 and "no enrolled, unrevoked terminal T-NOPE" in result.output
    bad = CliRunner().invoke(server_cli, ["--db", "mysql://x/y", "migrate"])
    assert bad.exit_code == 1 and "unsupported database URL scheme" in bad.output
    lonely = CliRunner().invoke(terminal_cli, ["sync", "--once"])
    assert lonely.exit_code == 7 and "not enrolled" in lonely.output


def test_a_large_printed_batch_fetches_card_numbers_first(env: Path) -> None:
    printed = operator("terminal", "add", "--store", "Магазин у дома")
    code = re.search(r"enrolment code: (\S+)", printed)
    assert code is not None
    engine = create_sqlite_engine(env / "server.sqlite3")
    live = LiveServer(create_app(engine))
    try:
        run("init", "--store", "Магазин у дома")
        run("sync", "enrol", "--server", live.url, "--code", code.group(1))
        assert run("sync", "status")["card_numbers_left"] == 1000
        refused = CliRunner().invoke(terminal_cli, ["card", "issue", "--count", "1500"])
        message = str(refused.exception)  # `main()` prints it as one `error:` line, exit 4
        assert "1000 card numbers left from the server, 1500 are needed" in message
        assert "sync with the server" in message
        assert run("sync", "card-numbers", "--at-least", "1500") == {"card_numbers_left": 2000}
        assert run("sync", "card-numbers", "--at-least", "50000") == {"card_numbers_left": 50000}
        issued = run("card", "issue", "--count", "1500")
        assert len({c["number"] for c in issued}) == 1500
        assert run("sync", "status")["card_numbers_left"] == 48500
    finally:
        live.stop()
        engine.dispose()
