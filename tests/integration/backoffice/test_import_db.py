"""The member import on a real SQLite file: a round trip with the export, and all or nothing."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from db import Database
from pos_loyalty.domain.cards import card_number_for, card_sequence
from pos_loyalty.domain.import_rows import MemberRecord, parse_record, read_csv
from pos_loyalty.domain.ledger import replay
from pos_loyalty.services.exporting import export_members
from pos_loyalty.services.importing import (
    ImportRefused,
    check_import,
    file_source,
    import_members,
)
from pos_loyalty.services.members import Registration, register_member
from pos_loyalty.services.posting import Actor
from tests.cli_staff import MANAGER_PIN, act_as
from tests.integration.backoffice.conftest import TODAY, Clock
from ui.cli.main import cli

HEADER = "name;phone;email;birthday;consent_date;card;card_type;card_state;points;spend"
TABLES = (
    "members",
    "cards",
    "ledger_entries",
    "lots",
    "balances",
    "member_spend",
    "outbox",
    "audit_log",
    "import_batches",
    "terminal_sequences",
    "card_sequence",
)


def member_rows(count: int, first: int = 1) -> Iterator[str]:
    """Rows of a member file: every tenth without a card, points and spend on some."""
    for i in range(first, first + count):
        card = "" if i % 10 == 0 else card_number_for(1000 + i)
        points = (i * 37) % 500 if i % 3 else 0
        spend = f"{i * 13}.{i % 100:02d}" if i % 4 else ""
        birthday = f"{1950 + i % 50}-{1 + i % 12:02d}-{1 + i % 28:02d}" if i % 2 else ""
        yield (
            f"Участник Номер {i};+7 9{i:09d};m{i}@example.com;{birthday};2024-01-10;{card};"
            f"{('bonus', 'discount', 'club')[i % 3]};{'blocked' if i % 50 == 0 else 'active'};"
            f"{points};{spend}"
        )


def _write(path: Path, rows: Iterator[str] | list[str]) -> Path:
    path.write_text("\ufeff" + "\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _records(text: str) -> list[MemberRecord]:
    header, rows = read_csv(text.splitlines(keepends=True))
    out = [parse_record(header, fields, line, TODAY) for line, fields in rows]
    assert all(isinstance(r, MemberRecord) for r in out)
    return out  # type: ignore[return-value]


def _counts(db_path: Path) -> dict[str, int]:
    with sqlite3.connect(db_path) as raw:
        return {t: raw.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def _sequences(db_path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db_path) as raw:
        return raw.execute(
            "SELECT * FROM terminal_sequences UNION ALL SELECT * FROM card_sequence"
        ).fetchall()


def test_a_thousand_members_import_and_export_as_the_same_file(
    database: Database, tmp_path: Path, clock: Clock, actor: Actor
) -> None:
    source = _write(tmp_path / "old.csv", member_rows(1000))
    report = import_members(
        file_source(source), uow=database.uow(), clock=clock, actor=actor, file_name="old.csv"
    )
    assert (report.rows, report.members, report.new_cards) == (1000, 1000, 100)
    out = io.StringIO()
    assert export_members(out, uow=database.uow(), clock=clock) == 1000
    before, after = _records(source.read_text(encoding="utf-8-sig")), _records(out.getvalue())
    for old, new in zip(before, after, strict=True):
        assert new == (old if old.card else replace(old, card=new.card))
    new_numbers = [r.card for r, o in zip(after, before, strict=True) if o.card is None]
    assert len(set(new_numbers)) == 100
    assert min(card_sequence(n or "") for n in new_numbers) > 1000 + 999


def test_imported_balances_are_what_replaying_the_ledger_gives(
    database: Database, tmp_path: Path, clock: Clock, actor: Actor
) -> None:
    source = _write(tmp_path / "old.csv", member_rows(300))
    import_members(file_source(source), uow=database.uow(), clock=clock, actor=actor)
    uow = database.uow()
    with uow.read_only():
        ids = [r[0] for r in uow.connection.exec_driver_sql("SELECT id FROM members")]
        for member_id in ids:
            assert replay(uow.ledger.of_member(member_id)) == uow.wallets.get(member_id)
        total = uow.connection.exec_driver_sql("SELECT SUM(balance) FROM balances").scalar()
        kinds = uow.connection.exec_driver_sql("SELECT kind, COUNT(*) FROM outbox GROUP BY kind")
        assert dict(kinds.fetchall()) == {
            "programme": 1,
            "member_registered": 300,
            "card_bound": 300,
            "ledger_entry": 200,
        }
    assert total == sum(((i * 37) % 500 if i % 3 else 0) for i in range(1, 301))


def test_after_an_import_the_counter_carries_on_with_fresh_numbers(
    database: Database, tmp_path: Path, clock: Clock, actor: Actor
) -> None:
    source = _write(tmp_path / "old.csv", member_rows(30))
    import_members(file_source(source), uow=database.uow(), clock=clock, actor=actor)
    done = register_member(
        Registration("Новый Участник", "+7 955 000 00 00", True),
        uow=database.uow(),
        clock=clock,
        actor=actor,
    )
    assert card_sequence(done.card.number) > 1030
    uow = database.uow()
    with uow.read_only():
        (welcome,) = uow.ledger.of_member(done.member.id)
    assert welcome.seq == 21  # 20 opening entries came first on this terminal


def test_a_failure_in_the_middle_leaves_the_database_as_it_was(
    database: Database,
    db_path: Path,
    tmp_path: Path,
    clock: Clock,
    actor: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register_member(
        Registration("Старый Участник", "+7 955 000 00 00", True),
        uow=database.uow(),
        clock=clock,
        actor=actor,
    )
    before, sequences = _counts(db_path), _sequences(db_path)
    monkeypatch.setattr("pos_loyalty.services.importing.WRITE_BATCH", 100)

    def crash(done: int, total: int) -> None:
        if done >= 500:
            raise RuntimeError("power cut")

    source = _write(tmp_path / "old.csv", member_rows(1000))
    with pytest.raises(RuntimeError, match="power cut"):
        import_members(
            file_source(source), uow=database.uow(), clock=clock, actor=actor, progress=crash
        )
    assert _counts(db_path) == before
    assert _sequences(db_path) == sequences


def test_a_file_with_bad_rows_is_refused_whole_and_a_dry_run_lists_them(
    database: Database, db_path: Path, tmp_path: Path, clock: Clock, actor: Actor
) -> None:
    import_members(
        file_source(_write(tmp_path / "first.csv", member_rows(5))),
        uow=database.uow(),
        clock=clock,
        actor=actor,
    )
    before = _counts(db_path)
    rows = [*member_rows(3, first=6), *member_rows(1, first=2), *member_rows(1, first=3)]
    source = file_source(_write(tmp_path / "second.csv", rows))
    report = check_import(source, uow=database.uow(), clock=clock)
    assert [(p.line, p.column) for p in report.problems] == [
        (5, "phone"),
        (5, "card"),
        (6, "phone"),
        (6, "card"),
    ]
    with pytest.raises(ImportRefused, match="2 of 5 rows"):
        import_members(source, uow=database.uow(), clock=clock, actor=actor)
    assert _counts(db_path) == before


def test_the_command_line_shows_progress_and_every_problem(
    database: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POS_LOYALTY_NOW", "2026-03-02T12:00:00+03:00")
    act_as(monkeypatch, "Менеджер", MANAGER_PIN)
    good = _write(tmp_path / "good.csv", member_rows(20))
    bad = _write(tmp_path / "bad.csv", [*member_rows(2, first=100), "Без телефона;;;;;;;;;"])
    runner = CliRunner()
    db = ["--db", str(db_path)]
    checked = runner.invoke(cli, [*db, "import", "members", str(bad), "--dry-run"])
    assert checked.exit_code == 2
    assert "line 4, phone: the phone is empty" in checked.stdout
    assert "line 4, consent_date: empty" in checked.stdout
    refused = runner.invoke(cli, [*db, "import", "members", str(bad)])
    assert refused.exit_code == 2 and "nothing was imported" in refused.stderr
    done = runner.invoke(cli, [*db, "import", "members", str(good), "--json"])
    assert done.exit_code == 0, done.output
    assert "importing members: 100 % (20/20)" in done.stderr
    assert '"members": 20' in done.stdout and '"imported": true' in done.stdout
