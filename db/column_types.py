"""Column types that keep dates and instants exact on SQLite and PostgreSQL.

On SQLite a date is stored as ISO text (`2026-03-08`) and an instant as fixed-width ISO text in
UTC (`2026-03-08T09:15:00.000000+00:00`), so text order is time order and indexes on them
serve range queries. On PostgreSQL the native DATE and TIMESTAMP WITH TIME ZONE are used.
Naive datetimes are refused: every instant the core hands over is timezone-aware.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import BigInteger, Date, DateTime, Dialect, Integer, String
from sqlalchemy.types import TypeDecorator, TypeEngine

RowId = BigInteger().with_variant(Integer(), "sqlite")
"""An integer key that is SQLite's rowid (INTEGER PRIMARY KEY) and a BIGINT elsewhere."""


def date_text(value: date) -> str:
    """Format a date the way it is stored on SQLite."""
    return value.isoformat()


def instant_text(value: datetime) -> str:
    """Format an aware datetime as fixed-width UTC ISO text; refuse a naive one."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"refusing naive datetime {value.isoformat()}: pass a timezone-aware one")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


class IsoDate(TypeDecorator[date]):
    """A calendar date: ISO text on SQLite, DATE elsewhere."""

    impl = Date
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        """Use 10-character text on SQLite, the native type elsewhere."""
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(10))
        return dialect.type_descriptor(Date())

    def process_bind_param(self, value: date | None, dialect: Dialect) -> Any:
        """Turn a date into what the column holds."""
        if value is None or dialect.name != "sqlite":
            return value
        return value.isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> date | None:
        """Turn what the column holds back into a date."""
        if value is None or isinstance(value, date):
            return value
        return date.fromisoformat(value)


class UtcDateTime(TypeDecorator[datetime]):
    """An instant: UTC ISO text on SQLite, TIMESTAMP WITH TIME ZONE elsewhere."""

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        """Use 32-character text on SQLite, the native type elsewhere."""
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(32))
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        """Turn an aware datetime into what the column holds; refuse a naive one."""
        if value is None:
            return None
        text = instant_text(value)
        return text if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Turn what the column holds back into an aware datetime (in UTC)."""
        if value is None:
            return None
        if isinstance(value, datetime):
            return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return datetime.fromisoformat(value)
