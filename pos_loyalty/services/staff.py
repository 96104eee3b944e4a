"""Staff use cases: add accounts, sign in with a PIN, ask a manager to approve on the spot.

What a manager changes on accounts afterwards (PINs, locks, roles) is in `staff_accounts`.

Failed tries lock the account for growing periods (see `domain.staff.lockout_after`); the
count and the lock are written in the same transaction as the check, so restarting the app
does not reset them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from pos_loyalty.domain.errors import Conflict, InvalidInput, NotAllowed, NotFound
from pos_loyalty.domain.staff import Role, Staff, lockout_after, validate_pin
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor, new_id


class PinHasher(Protocol):
    """Hashes PINs and checks a PIN against a hash (argon2 in the app)."""

    def hash(self, pin: str) -> str: ...
    def verify(self, pin_hash: str, pin: str) -> bool: ...


def add_staff(
    name: str,
    role: Role,
    pin: str,
    *,
    uow: UnitOfWork,
    hasher: PinHasher,
    clock: Clock | None = None,
    actor: Actor | None = None,
) -> Staff:
    """Create a staff account; logged as `staff_add` when an actor (and clock) is given.

    Only setting up a store (the first run, the demo) adds accounts with nobody to log.
    """
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("a staff member needs a name")
    person = Staff(new_id(), name, role, hasher.hash(validate_pin(pin)))
    with uow:
        if uow.staff.by_name(name) is not None:
            raise Conflict(f"there is already a staff member called {name}: choose another name")
        uow.staff.add(person)
        if actor is not None and clock is not None:
            record_action(uow, actor, "staff_add", staff_details(person), clock)
        uow.commit()
    return person


def staff_details(person: Staff, **more: Any) -> dict[str, Any]:
    """What the audit log says about an account a change was made to (never the PIN)."""
    return {"staff_id": person.id, "name": person.name, "role": person.role.value, **more}


def sign_in(name: str, pin: str, *, uow: UnitOfWork, hasher: PinHasher, clock: Clock) -> Staff:
    """Check a PIN; count failures and lock the account for growing periods."""
    with uow:
        person = uow.staff.by_name(name)
        if person is None or not person.active:
            raise NotFound(f"no active staff member called {name}", code="staff_unknown", name=name)
        result = _check(uow, person, pin, hasher, clock())
        uow.commit()
    if isinstance(result, NotAllowed):
        raise result
    return result


def _check(
    uow: UnitOfWork, person: Staff, pin: str, hasher: PinHasher, now: datetime
) -> Staff | NotAllowed:
    locked = person.locked_at(now)
    if locked is not None:
        seconds = int(locked.total_seconds()) + 1
        return NotAllowed(
            f"{person.name} is locked for {seconds} s after wrong PINs",
            code="staff_locked",
            name=person.name,
            seconds=seconds,
        )
    if hasher.verify(person.pin_hash, pin):
        ok = replace(person, failed_attempts=0, locked_until=None)
        uow.staff.update(ok)
        return ok
    failed = person.failed_attempts + 1
    lock = lockout_after(failed)
    uow.staff.update(
        replace(person, failed_attempts=failed, locked_until=now + lock if lock else None)
    )
    if lock is None:
        return NotAllowed(f"wrong PIN for {person.name}", code="pin_wrong", name=person.name)
    seconds = int(lock.total_seconds())
    return NotAllowed(
        f"wrong PIN for {person.name}: locked for {seconds} s",
        code="pin_wrong_locked",
        name=person.name,
        seconds=seconds,
    )


def manager_approval(pin: str, *, uow: UnitOfWork, hasher: PinHasher, clock: Clock) -> Staff:
    """Find the manager whose PIN this is (asked on the spot for an action that needs one)."""
    with uow.read_only():
        managers = [s for s in uow.staff.all() if s.role == Role.MANAGER and s.active]
    now = clock()
    for manager in managers:
        if manager.locked_at(now) is None and hasher.verify(manager.pin_hash, pin):
            return manager
    raise NotAllowed(
        "that is not a manager's PIN: ask a manager to enter theirs", code="not_manager_pin"
    )
