"""The approval policy applied to stored accounts and limits, and changes to the limits.

`authorise_action` is what every guarded use case calls inside its transaction: it loads the
person acting and the approver by staff id (never by name), reads the limits from the settings
and asks `domain.approvals.authorise`. Who these people are was proven before, by their PINs
(`services.staff.sign_in` / `approve_as_manager`), at whatever entry point they stand.
"""

from __future__ import annotations

from pos_loyalty.domain.approvals import (
    DEFAULT_POINTS_LIMIT,
    DEFAULT_REFUND_LIMIT,
    Action,
    Limits,
    authorise,
)
from pos_loyalty.domain.errors import InvalidInput, NotAllowed
from pos_loyalty.domain.staff import Staff
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor

REFUND_LIMIT_KEY = "refund_manager_limit"
"""Money (minor units) a cashier refunds without a manager."""

POINTS_LIMIT_KEY = "adjust_approval_limit"
"""Points a manager adds or removes by hand without a second manager."""

LIMIT_KEYS = {REFUND_LIMIT_KEY: DEFAULT_REFUND_LIMIT, POINTS_LIMIT_KEY: DEFAULT_POINTS_LIMIT}


def approval_limits(uow: UnitOfWork) -> Limits:
    """The limits in force (inside the caller's transaction)."""
    return Limits(refund=_limit(uow, REFUND_LIMIT_KEY), points=_limit(uow, POINTS_LIMIT_KEY))


def _limit(uow: UnitOfWork, key: str) -> int:
    value = uow.settings.get(key)
    if value is None:
        return LIMIT_KEYS[key]
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInput(f"the setting {key} is {value!r}: it must be 0 or more")
    return value


def authorise_action(
    uow: UnitOfWork, actor: Actor, action: Action, *, approved_by: str = "", amount: int = 0
) -> Staff | None:
    """Refuse `action` unless the policy allows it to these people; return the approver used."""
    person = uow.staff.get(actor.staff_id) if actor.staff_id else None
    approver = None
    if approved_by:
        approver = uow.staff.get(approved_by)
        if approver is None:
            raise NotAllowed(
                "the approval must come from an active manager of this store: ask a manager",
                code="approver_unknown",
            )
    return authorise(action, person, approver, amount=amount, limits=approval_limits(uow))


def set_limit(
    key: str,
    value: int,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    approved_by: str = "",
) -> int:
    """Change an approval limit; raising one needs a second manager. The change is logged."""
    if key not in LIMIT_KEYS:
        raise InvalidInput(f"no approval limit {key!r}: choose {', '.join(sorted(LIMIT_KEYS))}")
    if isinstance(value, bool) or value < 0:
        raise InvalidInput("an approval limit is 0 or more", code="limit_negative")
    with uow:
        before = _limit(uow, key)
        action = Action.RAISE_LIMIT if value > before else Action.SETTINGS
        approver = authorise_action(uow, actor, action, approved_by=approved_by)
        uow.settings.put(key, value)
        details = {"key": key, "before": before, "after": value}
        record_action(uow, actor, "setting", details, clock, approver.id if approver else "")
        uow.commit()
    return value
