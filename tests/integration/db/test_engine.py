"""The engine: pragmas in force, the write lock taken at BEGIN, and where the file lives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from db import Database, default_database_path, open_database
from db.engine import DATABASE_FILE, ENV_DATABASE

from .builders import a_member


def test_a_new_file_runs_in_wal_mode_with_full_sync_and_foreign_keys(database: Database) -> None:
    with database.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA busy_timeout").scalar() == 5000


def test_a_write_transaction_holds_the_write_lock_before_writing_anything(
    database: Database, db_path: Path
) -> None:
    other = open_database(db_path, busy_timeout_ms=50)
    try:
        with database.uow():
            with pytest.raises(OperationalError, match="database is locked"), other.uow():
                pass
            raw = sqlite3.connect(db_path, timeout=0.05)
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                raw.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
            raw.close()
    finally:
        other.close()


def test_the_write_lock_is_free_again_once_the_transaction_ends(
    database: Database, db_path: Path
) -> None:
    other = open_database(db_path, busy_timeout_ms=50)
    try:
        with database.uow():
            pass
        with other.uow() as second:
            second.settings.put("terminal", "T1")
            second.commit()
    finally:
        other.close()


def test_a_read_only_transaction_lets_a_writer_commit_and_keeps_its_snapshot(
    database: Database, db_path: Path
) -> None:
    other = open_database(db_path, busy_timeout_ms=50)
    member = a_member()
    try:
        with database.uow().read_only() as reader:
            assert reader.members.get(member.id) is None
            with other.uow() as writer:
                writer.members.add(member)
                writer.commit()
            assert reader.members.get(member.id) is None
        with database.uow().read_only() as reader:
            assert reader.members.get(member.id) == member
    finally:
        other.close()


def test_open_database_creates_the_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "loyalty.sqlite3"
    open_database(path).close()
    assert path.is_file()


def test_the_environment_variable_chooses_the_database_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(ENV_DATABASE, str(tmp_path / "elsewhere.sqlite3"))
    assert default_database_path() == tmp_path / "elsewhere.sqlite3"


def test_without_the_environment_variable_the_file_is_in_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_DATABASE, raising=False)
    path = default_database_path()
    assert path.name == DATABASE_FILE
    assert "pos-loyalty" in path.parent.name
