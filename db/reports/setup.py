"""The store, its terminals and the programme versions in force, for the reports.

Which programme version was in force on a day is read from the data: the highest version any
ledger entry or sale used up to that day (versions only ever go up), or a version saved by that
day if it is higher; before any of those, the first version.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, func, select

from db.models import ledger_entries, programmes, sales
from db.repositories import ProgrammeCache, SqlAlchemyProgrammeRepository
from db.repositories.settings import SqlAlchemySettingsRepository
from pos_loyalty.domain.programme import Programme
from pos_loyalty.reports.period import Period


class SetupQueries:
    """Settings and programme versions."""

    _connection: Connection
    _programme_cache: ProgrammeCache

    def _setting(self, key: str) -> Any:
        return SqlAlchemySettingsRepository(self._connection).get(key)

    def store_name(self) -> str:
        """The store's name as the slips print it ("" if none is set or enrolled under)."""
        store = self._setting("store") or {}
        terminal = self._setting("terminal") or {}
        return str(store.get("name") or terminal.get("store") or "")

    def stores(self) -> dict[str, tuple[str, ...]]:
        """Known stores and their terminal ids: this terminal's own, and those the sync keeps."""
        known: dict[str, set[str]] = {}
        for name, ids in (self._setting("store_terminals") or {}).items():
            known.setdefault(str(name), set()).update(str(i) for i in ids)
        terminal = self._setting("terminal") or {}
        name = str(terminal.get("store") or self.store_name())
        if terminal.get("id") and name:
            known.setdefault(name, set()).add(str(terminal["id"]))
        return {name: tuple(sorted(ids)) for name, ids in known.items()}

    def current_programme(self) -> Programme | None:
        """The newest programme version."""
        return self._programmes().current()

    def programme_on(self, day: date) -> Programme | None:
        """The programme version in force on `day` (see the module docstring)."""
        version = self._version_on(day)
        return None if version is None else self._programmes().get(version)

    def programmes_in_force(self, period: Period) -> list[Programme]:
        """Every version in force on some day of the period, oldest first."""
        first, last = self._version_on(period.first), self._version_on(period.last)
        if first is None or last is None:
            return []
        found = (self._programmes().get(v) for v in range(first, last + 1))
        return [p for p in found if p is not None]

    def _programmes(self) -> SqlAlchemyProgrammeRepository:
        return SqlAlchemyProgrammeRepository(self._connection, self._programme_cache)

    def _version_on(self, day: date) -> int | None:
        e, s, p = ledger_entries.c, sales.c, programmes.c
        used = [
            select(e.programme_version)
            .where(e.business_date <= day)
            .order_by(e.business_date.desc(), e.pos.desc())
            .limit(1),
            select(s.programme_version)
            .where(s.business_date <= day)
            .order_by(s.business_date.desc())
            .limit(1),
            select(func.max(p.version)).where(
                p.created_at < datetime.combine(day + timedelta(days=1), time(0), UTC)
            ),
            select(func.min(p.version)),
        ]
        found = [self._connection.execute(q).scalar() for q in used]
        known = [int(v) for v in found[:3] if v is not None]
        if known:
            return max(known)
        return None if found[3] is None else int(found[3])
