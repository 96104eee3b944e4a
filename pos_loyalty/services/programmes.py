"""Programme use cases: show the current version, save a new one.

Saving never changes a version: it adds the next one, in one transaction with its outbox row
and, when a person saves it, an audit record of the manual action (`programme`) saying which
settings changed. A sale records the version it was computed with.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pos_loyalty.domain.approvals import Action
from pos_loyalty.domain.errors import Conflict
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.programme_checks import check_new_version, read_new_version
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.authority import authorise_action
from pos_loyalty.services.lookup import require_programme
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor

AUDIT_ACTION = "programme"


def current_programme(*, uow: UnitOfWork) -> Programme:
    """The programme in force."""
    with uow.read_only():
        return require_programme(uow)


def save_programme(
    data: dict[str, Any] | Programme,
    *,
    uow: UnitOfWork,
    actor: Actor | None = None,
    clock: Clock | None = None,
    expected_version: int | None = None,
    approved_by: str = "",
) -> Programme:
    """Save the rules as a new version (the next number); sales keep the version they used.

    With an `actor` (and its `clock`) the change is allowed by the approval policy and written
    to the audit log; only setting up a store saves a programme with nobody acting. With an
    `expected_version`, a programme saved meanwhile by someone else is a Conflict rather
    than silently replaced.
    """
    with uow:
        approver = None
        if actor is not None:
            approver = authorise_action(uow, actor, Action.PROGRAMME, approved_by=approved_by)
        current = uow.programmes.current()
        found = 0 if current is None else current.version
        if expected_version is not None and found != expected_version:
            raise Conflict(
                f"programme version {found} was saved meanwhile (you edited version "
                f"{expected_version}): reload it and make your changes again"
            )
        version = found + 1
        if isinstance(data, Programme):
            programme = check_new_version(replace(data, version=version))
        else:
            programme = read_new_version(data, version)
        uow.programmes.add(programme)
        uow.outbox.add("programme", programme.to_dict())
        if actor is not None:
            if clock is None:
                raise TypeError("save_programme needs the clock to log who saved it")
            details = {"version": version, "changed": changed_settings(current, programme)}
            approved = approver.id if approver else ""
            record_action(uow, actor, AUDIT_ACTION, details, clock, approved)
        uow.commit()
    return programme


def changed_settings(before: Programme | None, after: Programme) -> list[str]:
    """The top-level settings whose value differs between two versions, by name."""
    new = after.to_dict()
    old = {} if before is None else before.to_dict()
    return sorted(
        key for key in new.keys() | old.keys() if key != "version" and old.get(key) != new.get(key)
    )
