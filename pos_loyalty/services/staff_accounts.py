"""A manager's changes to staff accounts: a new PIN, a lock released, the role, on or off.

Each change is one transaction, allowed by the approval policy (`Action.STAFF`: a manager, or
a cashier with a manager approving), that also writes its audit record. The store never runs
without a manager: the last active one can be neither demoted nor deactivated. A deactivated
account keeps its history but cannot sign in or approve.
"""

from __future__ import annotations

from dataclasses import replace

from pos_loyalty.domain.approvals import Action
from pos_loyalty.domain.errors import NotAllowed, NotFound
from pos_loyalty.domain.staff import Role, Staff, validate_pin
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.authority import authorise_action
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.staff import PinHasher, staff_details


def list_staff(*, uow: UnitOfWork) -> list[Staff]:
    """Every account, active or not, by name."""
    with uow.read_only():
        return uow.staff.all()


def reset_pin(
    staff_id: str,
    new_pin: str,
    *,
    uow: UnitOfWork,
    hasher: PinHasher,
    clock: Clock,
    actor: Actor,
    approved_by: str = "",
) -> Staff:
    """Give a staff member a new PIN (as long as their role needs) and release any lock."""
    with uow:
        approved = _allowed(uow, actor, approved_by)
        person = _account(uow, staff_id)
        pin_hash = hasher.hash(validate_pin(new_pin, person.role))
        updated = replace(person, pin_hash=pin_hash, failed_attempts=0, locked_until=None)
        uow.staff.update(updated)
        record_action(uow, actor, "staff_pin_reset", staff_details(person), clock, approved)
        uow.commit()
    return updated


def release_lockout(
    staff_id: str, *, uow: UnitOfWork, clock: Clock, actor: Actor, approved_by: str = ""
) -> Staff:
    """Unlock an account locked after wrong PINs."""
    with uow:
        approved = _allowed(uow, actor, approved_by)
        person = _account(uow, staff_id)
        updated = replace(person, failed_attempts=0, locked_until=None)
        uow.staff.update(updated)
        details = staff_details(person, failed_attempts=person.failed_attempts)
        record_action(uow, actor, "staff_unlock", details, clock, approved)
        uow.commit()
    return updated


def change_role(
    staff_id: str,
    role: Role,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    approved_by: str = "",
) -> Staff:
    """Make a cashier a manager or a manager a cashier (never the last active manager).

    A new manager's PIN is reset next (managers need 6 digits); the back office asks for it.
    """
    with uow:
        approved = _allowed(uow, actor, approved_by)
        person = _account(uow, staff_id)
        if person.role == role:
            return person
        if person.is_manager and person.active:
            _keep_a_manager(uow, person, "made a cashier")
        updated = replace(person, role=role)
        uow.staff.update(updated)
        details = staff_details(updated, before=person.role.value)
        record_action(uow, actor, "staff_role", details, clock, approved)
        uow.commit()
    return updated


def set_active(
    staff_id: str,
    active: bool,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    approved_by: str = "",
) -> Staff:
    """Deactivate an account (it can no longer sign in) or reactivate it."""
    with uow:
        approved = _allowed(uow, actor, approved_by)
        person = _account(uow, staff_id)
        if person.active == active:
            return person
        if not active and person.is_manager:
            _keep_a_manager(uow, person, "deactivated")
        updated = replace(person, active=active, failed_attempts=0, locked_until=None)
        uow.staff.update(updated)
        action = "staff_reactivate" if active else "staff_deactivate"
        record_action(uow, actor, action, staff_details(updated), clock, approved)
        uow.commit()
    return updated


def _allowed(uow: UnitOfWork, actor: Actor, approved_by: str) -> str:
    approver = authorise_action(uow, actor, Action.STAFF, approved_by=approved_by)
    return approver.id if approver else ""


def _account(uow: UnitOfWork, staff_id: str) -> Staff:
    person = uow.staff.get(staff_id)
    if person is None:
        raise NotFound(f"no staff member {staff_id}: refresh the list")
    return person


def _keep_a_manager(uow: UnitOfWork, person: Staff, change: str) -> None:
    others = [s for s in uow.staff.all() if s.is_manager and s.active and s.id != person.id]
    if not others:
        raise NotAllowed(
            f"{person.name} is the last active manager and cannot be {change}: "
            "make another account a manager first"
        )
