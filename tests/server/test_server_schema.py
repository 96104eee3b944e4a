"""The server's migrations build exactly the schema `server.models` describes, both ways."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from server import migrate
from server.database import open_server_database
from server.models import metadata


def test_the_migrations_build_the_schema_the_models_describe(server_engine: Engine) -> None:
    open_server_database(server_engine)
    with server_engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "version_table": migrate.VERSION_TABLE,
            },
        )
        assert compare_metadata(context, metadata) == []
    assert migrate.current_revision(server_engine) == migrate.head_revision() == "s0016"


def test_the_server_schema_goes_down_and_up_again(server_engine: Engine) -> None:
    open_server_database(server_engine)
    migrate.downgrade(server_engine)
    assert migrate.current_revision(server_engine) is None
    assert set(inspect(server_engine).get_table_names()) <= {
        migrate.VERSION_TABLE,
        "sqlite_sequence",
    }
    open_server_database(server_engine)
    assert "change_log" in inspect(server_engine).get_table_names()


def test_the_upgrade_sql_can_be_reviewed_without_a_database() -> None:
    sql = migrate.upgrade_sql("postgresql+psycopg://reviewer@nowhere/loyalty")
    assert "pg_current_xact_id()" in sql and "ledger_entries_insert_only" in sql
