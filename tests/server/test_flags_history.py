"""A negative balance is history: flagged until a manager resolves it, a new dip a new flag."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from click.testing import CliRunner, Result
from sqlalchemy import Engine, text

from db.column_types import instant_text
from server import migrate
from server.admin import AdminError, add_staff
from server.cli import cli as server_cli
from server.store.wallets import negative_balances
from tests.postgres import postgres_url
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]


def cli_url(engine: Engine) -> str:
    """The `--db` URL of the test's server database (its scratch schema on PostgreSQL)."""
    if engine.dialect.name == "sqlite":
        return f"sqlite:///{engine.url.database}"
    with engine.connect() as connection:
        schema = connection.execute(text("SELECT current_schema()")).scalar()
    return f"{postgres_url()}?options=-csearch_path%3D{schema}"


def operator(engine: Engine, *args: str) -> Result:
    """Run `pos-loyalty-server --db … ARGS`."""
    return CliRunner().invoke(server_cli, ["--db", cli_url(engine), *args])


def refused(result: Result) -> str:
    """The operator's error (`main` prints it as one `error:` line, exit status 4)."""
    assert isinstance(result.exception, AdminError), result.output
    return str(result.exception)


def report(engine: Engine, *extra: str) -> list[dict[str, Any]]:
    """`report negative --json`."""
    result = operator(engine, "report", "negative", "--json", *extra)
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def spend_twice(a: Till, b: Till, card: str, points: int) -> None:
    """Both terminals, each unaware of the other, redeem the same points; then both sync."""
    for till in (a, b):
        till.now += timedelta(minutes=10)
        till.checkout(card, 100000, points, category="gift_card")
    a.sync()
    b.sync()
    a.sync()


def _chain(live: LiveServer, engine: Engine, till_factory: MakeTill) -> tuple[Till, Till]:
    a, b = till_factory("T-A"), till_factory("T-B")
    for till in (a, b):
        till.enrol(live.url, enrolment_code(engine, "Store"))
    with engine.begin() as connection:
        add_staff(connection, "Ольга Менеджер", "manager", "123456", ["Store"])
        add_staff(connection, "Ирина Кассир", "cashier", "1234", ["Store"])
    return a, b


def test_a_flag_stays_after_the_balance_is_back_until_a_manager_resolves_it(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a, b = _chain(live, server_engine, till_factory)
    member = a.register("Иван Петров", "+7 912 345 67 89")
    card = member.card.number
    a.checkout(card, 99999)
    a.sync()
    b.sync()
    held = b.balance(member.member.id)
    spend_twice(a, b, card, 100)
    ((flag),) = report(server_engine)
    assert (flag["member_id"], flag["lowest"], flag["resolved_at"]) == (
        member.member.id,
        held - 200,
        None,
    )

    a.checkout(card, 300000)
    a.sync()
    ((still),) = report(server_engine)
    assert still["balance"] >= 0 and still["lowest"] == held - 200
    assert still["lowest_at"] == flag["lowest_at"] and still["resolved_at"] is None
    with httpx.Client(base_url=live.url, headers=a.headers()) as http:
        listed = http.get("/negative-balances").raise_for_status().json()
    assert [row["member_id"] for row in listed] == [member.member.id]

    cashier = operator(
        server_engine, "flags", "resolve", card, "--by", "Ирина Кассир", "--reason", "ok"
    )
    assert "only a manager" in refused(cashier)
    no_reason = operator(
        server_engine, "flags", "resolve", card, "--by", "Ольга Менеджер", "--reason", " "
    )
    assert "--reason" in refused(no_reason)
    done = operator(
        server_engine,
        "flags",
        "resolve",
        card,
        "--by",
        "Ольга Менеджер",
        "--reason",
        "points paid back by the next purchase",
    )
    assert done.exit_code == 0, done.output
    assert "resolved" in done.stdout and "Ольга Менеджер" in done.stdout
    again = operator(
        server_engine,
        "flags",
        "resolve",
        member.member.id,
        "--by",
        "Ольга Менеджер",
        "--reason",
        "x",
    )
    assert "no open flag" in refused(again)

    assert report(server_engine, "--open") == []
    ((resolved),) = report(server_engine)
    assert (resolved["resolved_by"], resolved["resolution"]) == (
        "Ольга Менеджер",
        "points paid back by the next purchase",
    )
    printed = operator(server_engine, "report", "negative").stdout
    assert "by Ольга Менеджер: points paid back by the next purchase" in printed
    with httpx.Client(base_url=live.url, headers=a.headers()) as http:
        assert http.get("/negative-balances").raise_for_status().json() == []

    a.sync()
    b.sync()
    now = b.balance(member.member.id)
    spend_twice(a, b, card, now)
    opened, history = report(server_engine)
    assert opened["resolved_at"] is None and opened["lowest"] == -now
    assert history["resolution"] == "points paid back by the next purchase"
    assert opened["flagged_at"] > history["flagged_at"]


def test_the_upgrade_keeps_the_flags_already_raised_open(server_engine: Engine) -> None:
    migrate.upgrade(server_engine, "s0007")
    at = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
    with server_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO balance_flags (member_id, flagged_at, lowest) VALUES ('M-1', :at, -51)"
            ),
            {"at": instant_text(at)},
        )
    migrate.upgrade(server_engine)
    with server_engine.connect() as connection:
        ((flag),) = negative_balances(connection, resolved=True)
    assert (flag.member_id, flag.lowest, flag.flagged_at, flag.lowest_at) == ("M-1", -51, at, at)
    assert flag.resolution is None and flag.balance == 0
