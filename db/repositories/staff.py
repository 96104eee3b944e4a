"""Staff accounts in `staff`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from db.models import staff
from pos_loyalty.domain.errors import NotFound
from pos_loyalty.domain.staff import Role, Staff

_ALL = select(staff).order_by(staff.c.name)
_BY_ID = select(staff).where(staff.c.id == bindparam("id"))
_BY_NAME = select(staff).where(staff.c.name == bindparam("name"))


def _row(p: Staff) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "role": p.role.value,
        "pin_hash": p.pin_hash,
        "failed_attempts": p.failed_attempts,
        "locked_until": p.locked_until,
        "active": p.active,
    }


def _staff(row: Any) -> Staff:
    return Staff(
        id=row.id,
        name=row.name,
        role=Role(row.role),
        pin_hash=row.pin_hash,
        failed_attempts=row.failed_attempts,
        locked_until=row.locked_until,
        active=row.active,
    )


class SqlAlchemyStaffRepository:
    """The StaffRepository port over the `staff` table."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, person: Staff) -> None:
        """Insert a new account."""
        self._connection.execute(insert(staff), _row(person))

    def get(self, staff_id: str) -> Staff | None:
        """The account with this id, or None."""
        row = self._connection.execute(_BY_ID, {"id": staff_id}).first()
        return None if row is None else _staff(row)

    def by_name(self, name: str) -> Staff | None:
        """The account with this name, or None."""
        row = self._connection.execute(_BY_NAME, {"name": name}).first()
        return None if row is None else _staff(row)

    def all(self) -> list[Staff]:
        """Every account, by name."""
        return [_staff(row) for row in self._connection.execute(_ALL)]

    def update(self, person: Staff) -> None:
        """Save an account's new state."""
        done = self._connection.execute(
            update(staff).where(staff.c.id == person.id).values(_row(person))
        )
        if done.rowcount != 1:
            raise NotFound(f"no staff member {person.id}")
