"""No poison messages: what the server refuses is set aside at the terminal, the rest goes on.

A name of 257 characters, accepted by an older counter, used to be refused (422) with the whole
batch, every time: nothing behind it ever reached the server.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, select

from pos_loyalty.services.payloads import member_to_dict
from server.models import members
from sync import push as sync_push
from sync.worker import SyncStatus, status
from tests.server.live import LiveServer, Till, enrolment_code
from ui.cli.main import cli as terminal_cli

CARD = "0420000000013"


def _cli(db: Path, *args: str) -> Any:
    result = CliRunner().invoke(terminal_cli, [*args, "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _server_names(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(connection.execute(select(members.c.name)).scalars())


def _poison(till: Till, name: str) -> None:
    """Queue a registration the way an older counter, without the shared limit, did."""
    member = replace(till.register("Старый Клиент", "+7 912 000 00 09").member, name=name)
    uow = till.db.uow()
    with uow:
        uow.outbox.add("member_updated", member_to_dict(member))
        uow.commit()


def test_a_message_the_server_refuses_is_set_aside_and_the_rest_is_sent(
    live: LiveServer,
    server_engine: Engine,
    till_factory: Callable[[str], Till],
    tmp_path: Path,
) -> None:
    till = till_factory("T-POISON")
    till.enrol(live.url, enrolment_code(server_engine, "Store"))
    _poison(till, "Я" * 257)
    after = till.register("Пётр Новый", "+7 912 000 00 10")
    till.checkout(after.card.number, 150000)

    report = till.sync()

    assert report.push.set_aside == 1
    assert any("name" in line and "200" in line for line in report.push.problems)
    assert {"Старый Клиент", "Пётр Новый"} <= _server_names(server_engine)
    assert status(till.db).backlog == 0 and status(till.db).set_aside == 1
    shown = _cli(tmp_path / "T-POISON.sqlite3", "sync", "status")
    assert shown["set_aside"] == 1 and shown["backlog"] == 0
    (aside,) = _cli(tmp_path / "T-POISON.sqlite3", "sync", "set-aside")["messages"]
    assert aside["kind"] == "member_updated" and "at most 200" in aside["reason"]
    assert till.sync().push.sent == 0  # it is not sent again by itself


def test_a_refusal_in_the_push_answer_is_set_aside_with_its_reason(
    live: LiveServer, server_engine: Engine, till_factory: Callable[[str], Till]
) -> None:
    first, second = till_factory("T-FIRST"), till_factory("T-SECOND")
    for till in (first, second):
        till.enrol(live.url, enrolment_code(server_engine, "Store"))
    first.register("Анна Первая", "+7 912 000 00 11", card=CARD)
    first.sync()
    second.register("Борис Второй", "+7 912 000 00 12", card=CARD)
    second.register("Вера Третья", "+7 912 000 00 13")

    report = second.sync()

    assert report.push.set_aside >= 1
    assert "Вера Третья" in _server_names(server_engine)
    reasons = [m.reason for m in sync_push.set_aside_list(second.db)]
    assert any("already belongs to another member" in r for r in reasons), reasons
    assert sync_push.send_set_aside_again(second.db) == len(reasons)
    assert status(second.db).set_aside == 0 and status(second.db).backlog == len(reasons)


def test_a_message_too_large_to_send_is_set_aside_alone(
    live: LiveServer,
    server_engine: Engine,
    till_factory: Callable[[str], Till],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    till = till_factory("T-BIG")
    till.enrol(live.url, enrolment_code(server_engine, "Store"))
    till.sync()  # the programme goes first: it is larger than the limit set below
    _poison(till, "Большое имя " * 16)  # within the server's limit, too large for the one below
    for n in range(20):
        till.register(f"Клиент {n}", f"+7 912 000 01 {n:02d}")
    monkeypatch.setattr(sync_push, "PUSH_BODY_BYTES", 600)

    report = till.sync()

    assert report.push.set_aside == 1
    assert "larger than the 600 bytes" in sync_push.set_aside_list(till.db)[0].reason
    assert {f"Клиент {n}" for n in range(20)} <= _server_names(server_engine)
    assert status(till.db).backlog == 0


def test_the_status_bar_says_how_many_are_set_aside_and_what_to_do(qtbot: Any) -> None:
    from ui.checkout.status_bar import DeviceStatusBar

    bar = DeviceStatusBar()
    qtbot.addWidget(bar)
    bar.show_sync(SyncStatus("idle", 0, None, set_aside=3, problems=("refused: name",)))
    assert "3 messages set aside" in bar.sync_label.text()
    assert "pos-loyalty sync set-aside" in bar.sync_label.text()
    assert bar.sync_label.toolTip() == "refused: name"
