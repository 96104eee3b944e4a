"""Who may do what: the one approval policy every entry point goes through.

Each guarded action has a rule: whether only a manager may do it (a cashier then needs a
manager's approval on the spot), and when a second person must approve. "Second" means a
different, active manager, compared by staff id: a name typed twice, in another case or with
spaces, is still the same account. Above a limit a manager's own action needs another manager;
a cashier's action needs a manager. Lowering a limit is always safe; raising one needs the same
second manager it would protect, or the two-person rule could be switched off by one person.

The window, the command line, the import, the till API and the server all authenticate the
people involved first and then call `authorise` through `services.authority`; none of them has
its own copy of these rules.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.money import Minor, format_money
from pos_loyalty.domain.staff import Staff

DEFAULT_REFUND_LIMIT: Minor = 150_000
"""1 500.00: a cashier refunds up to this without a manager."""

DEFAULT_POINTS_LIMIT = 500
"""Points a manager adds or removes by hand without a second manager."""


class Action(enum.StrEnum):
    """The actions the policy guards."""

    REFUND = "refund"
    REDEEM_OVER_CAP = "redeem_over_cap"
    ADJUST = "adjust"
    BONUS = "bonus"
    PROGRAMME = "programme"
    STAFF = "staff"
    ERASE = "erase"
    SETTINGS = "settings"
    RAISE_LIMIT = "raise_limit"
    RESOLVE_FLAG = "resolve_flag"


class Second(enum.Enum):
    """When a second person must approve."""

    NEVER = "never"
    ABOVE_REFUND_LIMIT = "above_refund_limit"
    ABOVE_POINTS_LIMIT = "above_points_limit"
    ALWAYS = "always"


@dataclass(frozen=True, slots=True)
class Rule:
    """One action's rule."""

    manager_only: bool
    second: Second


RULES: dict[Action, Rule] = {
    Action.REFUND: Rule(manager_only=False, second=Second.ABOVE_REFUND_LIMIT),
    Action.REDEEM_OVER_CAP: Rule(manager_only=False, second=Second.ALWAYS),
    Action.ADJUST: Rule(manager_only=True, second=Second.ABOVE_POINTS_LIMIT),
    Action.BONUS: Rule(manager_only=True, second=Second.ABOVE_POINTS_LIMIT),
    Action.PROGRAMME: Rule(manager_only=True, second=Second.NEVER),
    Action.STAFF: Rule(manager_only=True, second=Second.NEVER),
    Action.ERASE: Rule(manager_only=True, second=Second.NEVER),
    Action.SETTINGS: Rule(manager_only=True, second=Second.NEVER),
    Action.RAISE_LIMIT: Rule(manager_only=True, second=Second.ALWAYS),
    Action.RESOLVE_FLAG: Rule(manager_only=True, second=Second.NEVER),
}


@dataclass(frozen=True, slots=True)
class Limits:
    """The amounts above which a second person must approve."""

    refund: Minor = DEFAULT_REFUND_LIMIT
    points: int = DEFAULT_POINTS_LIMIT


def authorise(
    action: Action,
    actor: Staff | None,
    approver: Staff | None,
    *,
    amount: int = 0,
    limits: Limits = Limits(),
) -> Staff | None:
    """Refuse the action unless the rule holds; return the approver it needed (None if none).

    `amount` is the refund's money (minor units) or the points' absolute number.
    """
    rule = RULES[action]
    if actor is None or not actor.active:
        raise NotAllowed(
            "only a signed-in, active staff member can do this: sign in with your PIN",
            code="actor_not_staff",
        )
    if approver is not None:
        _check_approver(actor, approver)
    if rule.manager_only and not actor.is_manager and approver is None:
        raise NotAllowed(
            f"only a manager can do this ({action.value}): ask a manager to approve",
            code="needs_manager",
            action=action.value,
        )
    if not _second_needed(rule.second, abs(amount), limits):
        return approver
    if rule.manager_only and not actor.is_manager:
        raise NotAllowed(
            f"{action.value} above the limit must be done by a manager and approved by a "
            "second manager",
            code="needs_two_managers",
            action=action.value,
        )
    if approver is None:
        raise _second_missing(action, rule.second, abs(amount), limits)
    return approver


def _second_missing(action: Action, second: Second, amount: int, limits: Limits) -> NotAllowed:
    if second is Second.ABOVE_REFUND_LIMIT:
        return NotAllowed(
            f"a refund of {format_money(amount)} is above the limit of "
            f"{format_money(limits.refund)}: a manager must approve",
            code="refund_over_limit",
            amount=amount,
            threshold=limits.refund,
        )
    if second is Second.ABOVE_POINTS_LIMIT:
        return NotAllowed(
            f"{amount} points is above the approval limit of {limits.points}: "
            "a second manager must approve",
            code="adjust_over_limit",
            points=amount,
            limit=limits.points,
        )
    return NotAllowed(
        f"{action.value} needs the approval of a manager other than the person doing it: "
        "ask a second manager",
        code="needs_second_manager",
        action=action.value,
    )


def _check_approver(actor: Staff, approver: Staff) -> None:
    if not approver.active or not approver.is_manager:
        raise NotAllowed(
            f"the approval must come from an active manager ({approver.name} is not one)",
            code="approver_not_manager",
            name=approver.name,
        )
    if approver.id == actor.id:
        raise NotAllowed(
            "a manager cannot approve their own change: ask a second manager",
            code="self_approval",
        )


def _second_needed(second: Second, amount: int, limits: Limits) -> bool:
    if second is Second.ALWAYS:
        return True
    if second is Second.ABOVE_REFUND_LIMIT:
        return amount > limits.refund
    if second is Second.ABOVE_POINTS_LIMIT:
        return amount > limits.points
    return False
