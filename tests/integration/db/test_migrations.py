"""The migrations: they build the schema the models describe, and go down and up again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from db import Database, downgrade, open_database, upgrade
from db.migrate import HEAD, SchemaTooNew, current_revision, head_revision, upgrade_sql
from db.models import metadata

from .builders import a_member

SEARCH_TABLES = {f"members_fts{suffix}" for suffix in ("", "_config", "_data", "_docsize", "_idx")}


def _objects(path: Path, kind: str) -> set[str]:
    with sqlite3.connect(path) as raw:
        rows = raw.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))
        return {name for (name,) in rows}


def test_the_migrations_build_exactly_the_schema_the_models_describe(db_path: Path) -> None:
    open_database(db_path).close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_name": lambda name, kind, _parents: name not in SEARCH_TABLES,
            },
        )
        assert compare_metadata(context, metadata) == []
    engine.dispose()


def test_a_new_database_is_at_the_newest_revision(database: Database) -> None:
    assert current_revision(database.engine) == head_revision() == HEAD


def test_the_insert_only_and_search_triggers_exist(db_path: Path, database: Database) -> None:
    assert _objects(db_path, "trigger") == {
        "ledger_entries_no_update",
        "ledger_entries_no_delete",
        "members_fts_insert",
        "members_fts_update",
        "members_fts_delete",
        "audit_log_no_update",
        "audit_log_no_delete",
        "audit_keys_no_update",
        "audit_keys_no_delete",
        "buyer_months_joined_insert",
        "buyer_months_joined_update",
    }


def test_downgrade_to_base_and_upgrade_again_works(db_path: Path, database: Database) -> None:
    downgrade(database.engine)
    assert current_revision(database.engine) is None
    assert _objects(db_path, "table") <= {"alembic_version", "sqlite_sequence"}
    assert _objects(db_path, "trigger") == set()
    upgrade(database.engine)
    assert current_revision(database.engine) == HEAD
    uow = database.uow()
    with uow:
        uow.members.add(a_member(name="Петров Пётр"))
        uow.commit()
    with uow.read_only():
        assert [m.name for m in uow.members.find_by_name("пет")] == ["Петров Пётр"]


def test_upgrade_takes_a_url_and_is_a_no_op_on_a_current_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'by-url.sqlite3'}"
    upgrade(url)
    upgrade(url)
    assert current_revision(url) == HEAD


def test_the_postgresql_migration_has_the_insert_only_trigger_and_a_name_index() -> None:
    sql = upgrade_sql("postgresql://")
    assert "CREATE FUNCTION ledger_entries_insert_only() RETURNS trigger" in sql
    assert "BEFORE UPDATE OR DELETE ON ledger_entries" in sql
    assert "ledger entries are insert-only: post a correcting entry" in sql
    assert (
        "CREATE INDEX ix_members_lower_search_name ON members (lower(search_name) text_pattern_ops)"
        in sql
    )
    assert "fts5" not in sql
    assert "TIMESTAMP WITH TIME ZONE" in sql
    assert "business_date DATE NOT NULL" in sql


def test_a_file_from_a_newer_version_is_refused_with_a_clear_message(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaTooNew, match="newer version of POS Loyalty"):
        open_database(db_path)


def test_the_start_up_shortcut_knows_the_newest_migration() -> None:
    assert head_revision() == HEAD


def test_a_current_file_opens_without_running_alembic(db_path: Path, database: Database) -> None:
    from db.migrate import is_current

    assert is_current(database.engine)
    downgrade(database.engine, "0001")
    assert not is_current(database.engine)
    upgrade(database.engine)
    assert is_current(database.engine)


def test_the_upgrade_scrubs_members_erased_before_erasure_reached_the_outbox(
    db_path: Path, database: Database
) -> None:
    member = a_member(name="Петров Пётр")
    uow = database.uow()
    with uow:
        uow.members.add(member)
        uow.outbox.add("member_registered", {"id": member.id, "name": member.name, "phone": "79"})
        uow.commit()
    with sqlite3.connect(db_path) as raw:  # an erasure as it was: the member row only
        raw.execute(
            "UPDATE members SET name = '', phone = '', erased_at = '2026-03-02T09:00:00+00:00' "
            "WHERE id = ?",
            (member.id,),
        )
    downgrade(database.engine, "0009")
    upgrade(database.engine)
    with sqlite3.connect(db_path) as raw:
        (payload,) = raw.execute("SELECT payload FROM outbox").fetchone()
    assert "Петров" not in payload and '"erased":true' in payload
    assert current_revision(database.engine) == HEAD
