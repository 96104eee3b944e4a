"""The till API over real HTTP on a loopback port, against a real SQLite store.

The store: the "discount" template (5 % on the card, tobacco excluded, redeem up to 50 % of
what is left, a point is worth 1.00), one member holding 400 points, the till acting as the
cashier. Every figure below is worked out by hand in kopecks.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from click.testing import CliRunner
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from db import open_database
from examples.till_client import TillClient, TillError
from tests.cli_staff import CASHIER, SECOND, SECOND_PIN, staff_the_store
from ui.cli.main import cli
from ui.clock import real_clock, system_clock
from ui.till.app import TillServer, create_app
from ui.till.context import TillContext, TillSettings, till_actor, token_digest

NOW = "2026-03-02T12:00:00+03:00"
LINES = [
    {"code": "1001", "name": "Кофе", "quantity": "1", "price": 60000, "amount": 60000},
    {"code": "2002", "name": "Сыр", "quantity": "1", "price": 30000, "amount": 30000},
    {
        "code": "3003",
        "name": "Сигареты",
        "quantity": "1",
        "price": 20000,
        "amount": 20000,
        "category": "tobacco",
    },
]


def _cli(*args: str) -> Any:
    result = CliRunner().invoke(cli, [*args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    db_path = tmp_path_factory.mktemp("till") / "shop.sqlite3"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("POS_LOYALTY_DB", str(db_path))
        mp.setenv("POS_LOYALTY_NOW", NOW)
        staff_the_store(db_path, mp)
        _cli("init", "--template", "discount", "--store", "Магазин")
        card = _cli(
            "member", "add", "--name", "Иван Петров", "--phone", "+79123456789", "--consent"
        )
        number = str(card["card"]["number"])
        _cli("adjust", number, "--points", "400", "--reason", "opening balance")
        yield db_path, number


@pytest.fixture(scope="module")
def served(store: tuple[Path, str]) -> Iterator[tuple[str, str]]:
    db_path, card = store
    database = open_database(db_path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("POS_LOYALTY_NOW", NOW)
        context = TillContext(
            database=database,
            actor=till_actor(database.uow(), "T-TILL", CASHIER),
            store=_store_header(),
            clock=system_clock,
            real_clock=real_clock,
            language="en",
        )
        port = _free_port()
        server = TillServer(context, "127.0.0.1", port)
        server.start()
        yield f"http://127.0.0.1:{port}", card
        server.stop()
    database.close()


def _store_header() -> Any:
    from pos_loyalty.services.slips import StoreHeader

    return StoreHeader(name="Магазин")


@pytest.fixture
def till(served: tuple[str, str]) -> TillClient:
    return TillClient(served[0])


def test_a_check_is_split_over_its_lines_as_computed_by_hand(
    till: TillClient, served: tuple[str, str]
) -> None:
    got = till.calculate("C-SPLIT", LINES, served[1], "max")
    # eligible 900.00: 5 % = 45.00 as 600:300 -> 30.00, 15.00; cap 50 % of 855.00 = 427 points,
    # the member holds 400: 400.00 as 570.00:285.00 -> 266.666.., 133.333.. -> 266.67, 133.33
    assert (got["discount"], got["redeemed_points"], got["payable"]) == (4500, 400, 65500)
    assert [(x["discount"], x["points_value"], x["paid"]) for x in got["lines"]] == [
        (3000, 26667, 30333),
        (1500, 13333, 15167),
        (0, 0, 20000),
    ]
    assert got["member"]["spendable"] == 400 and got["member"]["tier"] == "Карта"
    assert any(r["code"] == "excluded" for r in got["reasons"])
    assert till.cancel("C-SPLIT")["state"] == "cancelled"


def test_confirm_is_idempotent_and_a_changed_check_under_its_id_is_refused(
    till: TillClient, served: tuple[str, str]
) -> None:
    till.calculate("C-ONCE", LINES[:1], None)
    first = till.confirm("C-ONCE", "R-1")
    again = till.confirm("C-ONCE", "R-1")
    assert first["sale_id"] == again["sale_id"] and again["repeated"] is True
    assert (first["paid"], first["state"]) == (60000, "confirmed")
    with pytest.raises(TillError) as refused:
        till.calculate("C-ONCE", LINES, None)
    assert refused.value.status == 409 and "new id" in refused.value.body["message"]
    with pytest.raises(TillError) as sold:
        till.cancel("C-ONCE")
    assert sold.value.status == 409


def test_a_cut_confirmation_then_the_retry_record_one_sale(
    till: TillClient, served: tuple[str, str], store: tuple[Path, str]
) -> None:
    till.calculate("C-CUT", LINES[1:2], None)
    body = json.dumps({"receipt_no": "R-CUT"}).encode()
    host, port = served[0].removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as raw:  # send, then leave unanswered
        raw.sendall(
            b"POST /v1/checks/C-CUT/confirm HTTP/1.1\r\nHost: till\r\n"
            b"Content-Type: application/json\r\nContent-Length: "
            + str(len(body)).encode()
            + b"\r\n\r\n"
            + body
        )
    time.sleep(0.3)
    retried = till.confirm("C-CUT", "R-CUT")
    with sqlite3.connect(store[0]) as db:
        (count,) = db.execute("SELECT count(*) FROM sales WHERE receipt_no = 'R-CUT'").fetchone()
    assert count == 1 and retried["sale_id"]


def test_a_cancelled_check_cannot_be_confirmed(till: TillClient) -> None:
    till.calculate("C-GONE", LINES[:1], None)
    till.cancel("C-GONE")
    with pytest.raises(TillError) as refused:
        till.confirm("C-GONE", "R-2")
    assert refused.value.status == 409


def test_refund_of_some_lines_returns_their_split_figures(
    till: TillClient, served: tuple[str, str]
) -> None:
    till.calculate("C-BACK", LINES, served[1], 100)
    till.confirm("C-BACK", "R-3")
    back = till.refund("C-BACK", [2, 3])
    # 5 % of 900.00 = 45.00 -> 30.00, 15.00; 100.00 of points over 570.00:285.00 -> 66.67, 33.33
    assert [(x["line"], x["discount"], x["points_value"]) for x in back["lines"]] == [
        (2, 1500, 3333),
        (3, 0, 0),
    ]
    assert (back["amount"], back["lines_paid"]) == (50000, 45167)
    with pytest.raises(TillError) as twice:
        till.refund("C-BACK", [3])
    assert twice.value.status == 409


def test_a_refund_above_the_limit_needs_a_manager(till: TillClient) -> None:
    big = [{"code": "9", "name": "ТВ", "quantity": "1", "price": 200000, "amount": 200000}]
    till.calculate("C-BIG", big, None)
    till.confirm("C-BIG", "R-4")
    with pytest.raises(TillError) as refused:
        till.refund("C-BIG", [1])
    assert refused.value.status == 403 and "manager" in refused.value.body["message"]
    done = till.refund("C-BIG", [1], approver=(SECOND, SECOND_PIN))
    assert done["money_returned"] == 200000


def test_an_amount_that_is_a_card_number_is_refused(
    till: TillClient, served: tuple[str, str]
) -> None:
    line = {"code": "1", "name": "x", "quantity": "1", "price": 1, "amount": 42000000001300}
    with pytest.raises(TillError) as refused:
        till.calculate("C-CARD", [line], None)
    assert refused.value.status == 422


def test_a_float_amount_is_refused(till: TillClient) -> None:
    line = {"code": "1", "name": "x", "quantity": "1", "price": 1, "amount": 10.5}
    with pytest.raises(TillError) as refused:
        till.calculate("C-FLOAT", [line], None)
    assert refused.value.status == 422


def test_listening_beyond_the_loopback_needs_a_token() -> None:
    with pytest.raises(Exception, match="token"):
        TillSettings(host="0.0.0.0").require_safe()


def _description() -> dict[str, object]:
    database: Any = None  # building the description touches no store
    context = TillContext(database, None, None, system_clock, real_clock)  # type: ignore[arg-type]
    return create_app(context).openapi()


schema = schemathesis.openapi.from_dict(_description())


@schema.parametrize()
@settings(
    max_examples=15,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_no_till_request_gets_a_server_error(
    case: schemathesis.Case, served: tuple[str, str]
) -> None:
    case.call_and_validate(base_url=served[0], checks=[not_a_server_error])


def test_a_configured_token_is_required_and_only_its_hash_is_kept(
    store: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path, card = store
    monkeypatch.setenv("POS_LOYALTY_DB", str(db_path))
    monkeypatch.setenv("POS_LOYALTY_NOW", NOW)
    staff_the_store_env(monkeypatch)
    shown = _cli("till", "configure", "--token", "s3cret", "--staff", CASHIER)
    assert shown["token_set"] is True and "s3cret" not in json.dumps(shown)
    database = open_database(db_path)
    settings_ = TillSettings.read(database.uow())
    assert settings_.token == token_digest("s3cret") and settings_.staff == CASHIER
    context = TillContext(
        database,
        till_actor(database.uow(), "T-TILL", settings_.staff),
        _store_header(),
        system_clock,
        real_clock,
        token=settings_.token,
    )
    port = _free_port()
    server = TillServer(context, "127.0.0.1", port)
    server.start()
    try:
        url = f"http://127.0.0.1:{port}"
        with pytest.raises(TillError) as refused:
            TillClient(url).calculate("C-TOKEN", LINES[:1], None)
        assert refused.value.status == 401
        assert TillClient(url, "s3cret").calculate("C-TOKEN", LINES[:1], card)["total"] == 60000
    finally:
        server.stop()
        database.close()


def staff_the_store_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.cli_staff import MANAGER, MANAGER_PIN, act_as

    act_as(monkeypatch, MANAGER, MANAGER_PIN)


def test_the_counter_serves_the_till_api_when_the_setting_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.app import start_till
    from ui.cli.context import App

    db_path = tmp_path / "shop.sqlite3"
    monkeypatch.setenv("POS_LOYALTY_DB", str(db_path))
    staff_the_store(db_path, monkeypatch)
    _cli("init", "--template", "discount")
    problems: list[str] = []
    app = App(db_path=db_path)
    try:
        assert start_till(app, problems.append) is None  # not asked for: nothing listens
        port = _free_port()
        _cli("till", "configure", "--port", str(port), "--staff", CASHIER, "--start-with-window")
        server = start_till(App(db_path=db_path), problems.append)
        assert server is not None and problems == []
        try:
            answer = TillClient(f"http://127.0.0.1:{port}").calculate("C-W", LINES[:1], None)
            assert answer["total"] == 60000
            # a second counter on the same port cannot listen: it says so and goes on
            assert start_till(App(db_path=db_path), problems.append) is None
            assert problems and "The till API did not start" in problems[0]
        finally:
            server.stop()
    finally:
        app.close()
