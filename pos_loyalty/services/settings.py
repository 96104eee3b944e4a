"""Changing the terminal's settings: one guarded, audited transaction for any of them.

The window's Settings dialog, the command line's `devices set` and `limits`, and the back office
all save through `change_settings`, so a change is allowed by the approval policy (a manager, or
a cashier with a manager's PIN) and written to the audit log with its value before and after.
Raising an approval limit needs a second manager, as `authority.set_limit` explains.
"""

from __future__ import annotations

from typing import Any

from pos_loyalty.domain.approvals import Action
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.authority import LIMIT_KEYS, authorise_action
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor


def change_settings(
    changes: dict[str, Any],
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    approved_by: str = "",
) -> list[str]:
    """Store the changed values (already checked by their owners); return the keys changed."""
    with uow:
        before = {key: uow.settings.get(key) for key in changes}
        changed = [key for key, value in changes.items() if before[key] != value]
        if not changed:
            return []
        action = Action.RAISE_LIMIT if _raises_a_limit(before, changes) else Action.SETTINGS
        approver = authorise_action(uow, actor, action, approved_by=approved_by)
        for key in changed:
            uow.settings.put(key, changes[key])
            details = {"key": key, "before": before[key], "after": changes[key]}
            record_action(uow, actor, "setting", details, clock, approver.id if approver else "")
        uow.commit()
    return changed


def _raises_a_limit(before: dict[str, Any], changes: dict[str, Any]) -> bool:
    for key, default in LIMIT_KEYS.items():
        if key in changes and changes[key] is not None:
            old = before.get(key)
            if changes[key] > (default if old is None else old):
                return True
    return False
