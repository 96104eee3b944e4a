"""What every back-office panel is given: the database, the worker, the staff, the clock.

Panels get their collaborators from here through their constructor and never build adapters
themselves, so the tests hand them the same object over a real database file.

Whoever is signed in at the counter acts in the back office (`actor`). A cashier gets in only
with a manager's name and PIN (`opened_by`); that manager then approves what only a manager may
do (`approved_by`), and the audit log names both. A second manager, where a rule needs one, is
asked for on the spot (`approve`); the core's approval policy has the last word on all of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from pos_loyalty.domain.staff import Staff
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.staff import PinHasher
from ui.clock import real_clock
from ui.dialogs.manager_pin import ask_manager_approval
from ui.worker import Worker

Approver = Callable[[QWidget, str], Staff | None]
"""Ask a second manager to approve something by name and PIN; the manager, or None."""


@dataclass(slots=True)
class BackOffice:
    """The collaborators of the back-office panels, for the person signed in."""

    uow_factory: Callable[[], UnitOfWork]
    worker: Worker
    staff: Staff
    terminal_id: str
    clock: Clock
    hasher: PinHasher
    language: str
    approver: Approver | None = None
    opened_by: Staff | None = None
    pin_clock: Clock = real_clock
    """Times PIN lockouts: the real clock, never a business clock someone can set."""

    @property
    def actor(self) -> Actor:
        """Who writes: this terminal and the person signed in."""
        return Actor(terminal_id=self.terminal_id, staff_id=self.staff.id)

    @property
    def manager(self) -> Staff | None:
        """The manager answerable here: the person signed in, or the one who let them in."""
        return self.staff if self.staff.is_manager else self.opened_by

    @property
    def approved_by(self) -> str:
        """The standing approval of a cashier's manager-only actions ("" for a manager)."""
        if self.staff.is_manager or self.opened_by is None:
            return ""
        return self.opened_by.id

    def approve(self, parent: QWidget, reason: str) -> Staff | None:
        """Ask a second manager (not the person signed in) by name and PIN; None when refused."""
        if self.approver is not None:
            return self.approver(parent, reason)
        found: Staff | None = ask_manager_approval(
            parent,
            self.uow_factory,
            self.hasher,
            self.pin_clock,
            reason,
            signed_in=self.staff,
            terminal_id=self.terminal_id,
        )
        return found
