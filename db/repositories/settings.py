"""Terminal and store settings: JSON-safe values (no floats) by key."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from db import jsontext
from db.models import settings

_GET = select(settings.c.value).where(settings.c.key == bindparam("key"))
_upsert = sqlite_insert(settings)
_PUT = _upsert.on_conflict_do_update(
    index_elements=[settings.c.key], set_={"value": _upsert.excluded.value}
)


class SqlAlchemySettingsRepository:
    """Settings in `settings`; a missing key reads as None."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def get(self, key: str) -> Any:
        """Return the value stored under `key`, or None."""
        data = self._connection.execute(_GET, {"key": key}).scalar()
        return None if data is None else jsontext.loads(data)

    def put(self, key: str, value: Any) -> None:
        """Store a JSON-safe value under `key`; raise TypeError for floats."""
        params = {"key": key, "value": jsontext.dumps(value, f"setting {key!r}")}
        self._connection.execute(_PUT, params)
