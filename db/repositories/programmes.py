"""Programme versions as JSON text, parsed once per process and kept in a shared cache."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, bindparam, insert, select

from db import jsontext
from db.models import programmes
from pos_loyalty.domain.programme import Programme

_INSERT = insert(programmes)
_CURRENT = (
    select(programmes.c.version, programmes.c.data).order_by(programmes.c.version.desc()).limit(1)
)
_GET = select(programmes.c.version, programmes.c.data).where(
    programmes.c.version == bindparam("version")
)


class ProgrammeCache:
    """Parsed programmes keyed by (version, stored text), shared by a database's units of work.

    Keying on the text too means a version added in a transaction that was rolled back, then
    stored again differently, can never come back from the cache.
    """

    MAX_ENTRIES = 64

    def __init__(self) -> None:
        self._parsed: dict[tuple[int, str], Programme] = {}

    def parse(self, version: int, data: str) -> Programme:
        """Return the programme stored as `data`, parsing it only the first time."""
        key = (version, data)
        found = self._parsed.get(key)
        if found is None:
            if len(self._parsed) >= self.MAX_ENTRIES:
                self._parsed.clear()
            found = Programme.from_dict(jsontext.loads(data), version=version)
            self._parsed[key] = found
        return found


class SqlAlchemyProgrammeRepository:
    """Programmes in `programmes`; the highest version is current."""

    __slots__ = ("_cache", "_connection")

    def __init__(self, connection: Connection, cache: ProgrammeCache) -> None:
        self._connection = connection
        self._cache = cache

    def current(self) -> Programme | None:
        """Return the newest programme version, or None before one was set."""
        row = self._connection.execute(_CURRENT).first()
        return None if row is None else self._cache.parse(row[0], row[1])

    def get(self, version: int) -> Programme | None:
        """Return one programme version, or None."""
        row = self._connection.execute(_GET, {"version": version}).first()
        return None if row is None else self._cache.parse(row[0], row[1])

    def add(self, programme: Programme) -> None:
        """Store a new programme version; an existing version is refused by the database."""
        data = jsontext.dumps(programme.to_dict(), "programme")
        params = {"version": programme.version, "created_at": datetime.now(UTC), "data": data}
        self._connection.execute(_INSERT, params)
