"""Whether the person signed in may do an action alone, asked of the core's approval policy.

The counter asks a manager on the spot only when the policy (`domain.approvals.authorise`)
would refuse the person signed in without one, so the window holds no copy of the rules: a
manager at the counter is asked for a second manager exactly where the policy wants two
people (redeeming over the cap, a refund or an adjustment above its limit). The core checks
again when the action is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos_loyalty.domain.approvals import Action, Limits, authorise
from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.staff import Staff

CANNOT_BE_APPROVED = frozenset({"needs_two_managers", "actor_not_staff"})
"""Refusals that no approval on the spot can lift: asking a manager would be pointless."""


@dataclass(frozen=True, slots=True)
class Approval:
    """The answer to "who approves?": nobody was needed, or the manager who did."""

    manager: Staff | None = None

    @property
    def approved_by(self) -> str:
        """The approver's staff id for the use case ("" when nobody was needed)."""
        return self.manager.id if self.manager is not None else ""


def refusal_alone(
    staff: Staff, action: Action | None, limits: Limits, amount: int = 0
) -> NotAllowed | None:
    """The policy's refusal of `staff` doing `action` alone (None: they may).

    `action` None stands for what is a manager's without a rule of its own (opening the back
    office): a manager may, anyone else needs one.
    """
    if action is None:
        if staff.is_manager:
            return None
        return NotAllowed("only a manager can do this: ask a manager", code="needs_manager")
    try:
        authorise(action, staff, None, amount=amount, limits=limits)
    except NotAllowed as refusal:
        return refusal
    return None
