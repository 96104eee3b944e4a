"""Staff use cases: add accounts, sign in with a PIN, a manager approving on the spot.

What a manager changes on accounts afterwards (PINs, locks, roles) is in `staff_accounts`.

Failed tries lock the account for growing periods (see `domain.staff.lockout_after`); the
count and the lock are written in the same transaction as the check, so restarting the app
does not reset them. A manager approving is named and proven by PIN like a sign-in, so a PIN
guessed at an approval prompt counts against that account too; a PIN alone proves nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from pos_loyalty.domain.approvals import Action
from pos_loyalty.domain.errors import Conflict, InvalidInput, NotAllowed, NotFound
from pos_loyalty.domain.staff import Role, Staff, lockout_after, same_name, validate_pin
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.authority import authorise_action
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
    approved_by: str = "",
) -> Staff:
    """Create a staff account; with an actor, allowed by the policy and logged as `staff_add`.

    Only setting up a store (the first run, `init --manager`, the demo) adds accounts with
    nobody acting: there is nobody yet to authorise it.
    """
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("a staff member needs a name")
    person = Staff(new_id(), name, role, hasher.hash(validate_pin(pin, role)))
    with uow:
        approver = None
        if actor is not None:
            approver = authorise_action(uow, actor, Action.STAFF, approved_by=approved_by)
        if find_by_name(uow, name) is not None:
            raise Conflict(f"there is already a staff member called {name}: choose another name")
        uow.staff.add(person)
        if actor is not None and clock is not None:
            approved = approver.id if approver else ""
            record_action(uow, actor, "staff_add", staff_details(person), clock, approved)
        uow.commit()
    return person


def staff_details(person: Staff, **more: Any) -> dict[str, Any]:
    """What the audit log says about an account a change was made to (never the PIN)."""
    return {"staff_id": person.id, "name": person.name, "role": person.role.value, **more}


def find_by_name(uow: UnitOfWork, name: str) -> Staff | None:
    """The account this name means, whatever its case and spacing (inside a transaction)."""
    exact = uow.staff.by_name(" ".join(name.split()))
    if exact is not None:
        return exact
    found = [person for person in uow.staff.all() if same_name(person.name, name)]
    return found[0] if len(found) == 1 else None


def sign_in(
    name: str,
    pin: str,
    *,
    uow: UnitOfWork,
    hasher: PinHasher,
    clock: Clock,
    terminal_id: str = "",
) -> Staff:
    """Check a person's PIN; count failures in the database and lock for growing periods.

    `clock` times the lockout: give it the machine's real clock, never a demo or test time
    that a caller can set (tests inject their own). A lock that starts is logged.
    """
    with uow:
        person = find_by_name(uow, name)
        if person is None or not person.active:
            raise NotFound(f"no active staff member called {name}", code="staff_unknown", name=name)
        result = _check(uow, person, pin, hasher, clock())
        if isinstance(result, NotAllowed) and result.code == "pin_wrong_locked":
            details = staff_details(person, failed_attempts=person.failed_attempts + 1)
            record_action(uow, Actor(terminal_id, person.id), "staff_locked", details, clock)
        uow.commit()
    if isinstance(result, NotAllowed):
        raise result
    return result


def approve_as_manager(
    name: str,
    pin: str,
    *,
    uow: UnitOfWork,
    hasher: PinHasher,
    clock: Clock,
    terminal_id: str = "",
) -> Staff:
    """Prove that a manager approves on the spot: their name and PIN, counted like a sign-in."""
    person = sign_in(name, pin, uow=uow, hasher=hasher, clock=clock, terminal_id=terminal_id)
    if not person.is_manager:
        raise NotAllowed(
            f"{person.name} is not a manager: ask a manager to approve",
            code="approver_not_manager",
            name=person.name,
        )
    return person


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
