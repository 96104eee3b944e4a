"""Statements that differ between SQLite and PostgreSQL, chosen by the connection's dialect."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

import psycopg
from sqlalchemy import ColumnElement, Connection, Dialect, String, Table, any_, bindparam, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

CHUNK = 1000
T = TypeVar("T")


def insert_for(connection: Connection, table: Table) -> Any:
    """An INSERT that supports ON CONFLICT on this connection's dialect."""
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def upsert(connection: Connection, table: Table, keys: list[str], columns: list[str]) -> Any:
    """INSERT ... ON CONFLICT (keys) DO UPDATE SET the given columns."""
    stmt = insert_for(connection, table)
    return stmt.on_conflict_do_update(
        index_elements=[table.c[k] for k in keys],
        set_={name: stmt.excluded[name] for name in columns},
    )


def one_of(connection: Connection, column: Any, name: str) -> ColumnElement[bool]:
    """`column IN (:name)`: one array parameter on PostgreSQL, an expanded list on SQLite."""
    if connection.dialect.name == "postgresql":
        array = bindparam(name, type_=postgresql.ARRAY(column.type if column.type else String()))
        return column == any_(array)  # type: ignore[no-any-return]
    return column.in_(bindparam(name, expanding=True))  # type: ignore[no-any-return]


class Clash(Exception):
    """A row `bulk_insert` brought has the key of a row already stored (a unique key)."""


def bulk_insert(
    connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert many rows, each the values of `columns` in that order: COPY on PostgreSQL,
    executemany on SQLite. A push writes thousands, so no dict is made per row here.

    Raises `Clash` if a row breaks a unique key; the transaction must then be rolled back
    (to a savepoint taken before).
    """
    if not rows:
        return
    if connection.dialect.name != "postgresql":
        named = [dict(zip(columns, row, strict=True)) for row in rows]
        try:
            connection.execute(insert(table), named)
        except IntegrityError as exc:
            if "UNIQUE" not in str(exc.orig):
                raise
            raise Clash(str(exc.orig)) from exc
        return
    try:
        _copy(connection, table, columns, rows)
    except psycopg.errors.UniqueViolation as exc:
        raise Clash(str(exc)) from exc


def _copy(
    connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """COPY in PostgreSQL's binary format: no value is written out as text by psycopg and
    parsed back by PostgreSQL (a timestamp is eight bytes, an entry's JSON goes as it is, not
    as hex), which takes a push's COPYs about a quarter of the client CPU of the text format."""
    raw = connection.connection.driver_connection
    assert raw is not None
    statement = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN (FORMAT BINARY)"
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        copy.set_types(copy_types(connection.dialect, table, columns))
        write = copy.write_row
        for row in rows:
            write(row)


def copy_types(dialect: Dialect, table: Table, columns: Sequence[str]) -> tuple[str, ...]:
    """The PostgreSQL type names of these columns as the models declare them: a binary COPY
    must name each column's type (tests/server/test_bulk_insert.py holds them to the columns
    the migrations made)."""
    key = (table.name, tuple(columns))
    found = _COPY_TYPES.get(key)
    if found is None:
        found = tuple(
            table.c[name].type.compile(dialect=dialect).split("(")[0].strip().lower()
            for name in columns
        )
        _COPY_TYPES[key] = found
    return found


_COPY_TYPES: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterable[Sequence[T]]:
    """Split a list into slices of at most `size` (bounded IN lists)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
