"""The audit log on a real file: manual actions land in it, and tampering with it is detected.

The triggers refuse UPDATE and DELETE from any client, so each test drops the trigger first, as
someone with the file and an SQLite shell could, and then checks that `audit verify` tells.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from db import Database
from pos_loyalty.domain.staff import Role
from pos_loyalty.services.audit import verify_audit_log
from pos_loyalty.services.bonuses import ManualPoints, ManualReason, give_points
from pos_loyalty.services.members import Registration, register_member
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.staff import add_staff
from tests.integration.backoffice.conftest import Clock
from ui.cli.main import cli


class PlainHasher:
    """Stands in for argon2 where only the staff records matter."""

    def hash(self, pin: str) -> str:
        return f"plain:{pin}"

    def verify(self, pin_hash: str, pin: str) -> bool:
        return pin_hash == f"plain:{pin}"


@pytest.fixture
def logged(database: Database, clock: Clock, actor: Actor) -> Database:
    """A database whose audit log holds four manual actions."""
    approver = add_staff("Павел", Role.MANAGER, "654321", uow=database.uow(), hasher=PlainHasher())
    member = register_member(
        Registration("Иван Петров", "+7 912 345 67 89", True),
        uow=database.uow(),
        clock=clock,
        actor=actor,
    ).member
    for points, reason, by in [
        (50, ManualReason.REVIEW, ""),
        (700, ManualReason.COMPLAINT, approver.id),
        (-20, ManualReason.CORRECTION, ""),
        (10, ManualReason.OTHER, ""),
    ]:
        cmd = ManualPoints(member.id, points, reason, "по просьбе", by)
        give_points(cmd, uow=database.uow(), clock=clock, actor=actor)
        clock.advance(days=1)
    return database


def _sql(db_path: Path, *statements: str) -> None:
    with sqlite3.connect(db_path) as raw:
        for statement in statements:
            raw.execute(statement)


def test_every_manual_action_is_in_the_log_and_the_log_is_intact(logged: Database) -> None:
    uow = logged.uow()
    with uow.read_only():
        records = uow.audit.all()
    assert [(r.seq, r.action, r.details["points"]) for r in records] == [
        (1, "bonus", 50),
        (2, "bonus", 700),
        (3, "adjust", -20),
        (4, "adjust", 10),
    ]
    assert records[1].approved_by != "" and records[0].approved_by == ""
    assert verify_audit_log(uow=logged.uow()) == []


def test_altering_a_records_details_is_detected(logged: Database, db_path: Path) -> None:
    details = json.dumps({"points": 7000}, separators=(",", ":"))
    _sql(
        db_path,
        "DROP TRIGGER audit_log_no_update",
        f"UPDATE audit_log SET details = '{details}' WHERE seq = 2",
    )
    assert verify_audit_log(uow=logged.uow()) == ["record 2 was altered after it was written"]


def test_altering_who_approved_is_detected(logged: Database, db_path: Path) -> None:
    _sql(
        db_path,
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET approved_by = 'someone-else' WHERE seq = 2",
    )
    assert verify_audit_log(uow=logged.uow()) == ["record 2 was altered after it was written"]


def test_deleting_a_record_is_detected(logged: Database, db_path: Path) -> None:
    _sql(db_path, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq = 2")
    assert verify_audit_log(uow=logged.uow()) == [
        "record 2 is missing (found 3 in its place)",
        "record 3 does not follow the record before it",
    ]


def test_reordering_records_is_detected(logged: Database, db_path: Path) -> None:
    _sql(
        db_path,
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET seq = -2 WHERE seq = 2",
        "UPDATE audit_log SET seq = 2 WHERE seq = 3",
        "UPDATE audit_log SET seq = 3 WHERE seq = -2",
    )
    problems = verify_audit_log(uow=logged.uow())
    assert "record 2 does not follow the record before it" in problems
    assert "record 2 was altered after it was written" in problems
    assert "record 3 was altered after it was written" in problems


def test_the_command_line_shows_exports_and_verifies_the_log(
    logged: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    db = ["--db", str(db_path)]
    shown = runner.invoke(cli, [*db, "audit", "show", "--json"])
    assert shown.exit_code == 0 and [r["seq"] for r in json.loads(shown.stdout)] == [1, 2, 3, 4]
    assert "по просьбе" in runner.invoke(cli, [*db, "audit", "show", "--last", "1"]).stdout
    exported = tmp_path / "audit.csv"
    assert runner.invoke(cli, [*db, "audit", "export", str(exported)]).exit_code == 0
    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("seq;at;terminal_id") and len(lines) == 5
    assert runner.invoke(cli, [*db, "audit", "verify"]).exit_code == 0
    _sql(db_path, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq = 1")
    broken = runner.invoke(cli, [*db, "audit", "verify"])
    assert broken.exit_code == 4 and "record 1 is missing" in broken.stdout
