"""What every back-office panel is given: the database, the worker, the manager, the clock.

Panels get their collaborators from here through their constructor and never build adapters
themselves, so the tests hand them the same object over a real database file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from pos_loyalty.domain.staff import Staff
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.staff import PinHasher
from ui.dialogs.manager_pin import ask_manager_approval
from ui.worker import Worker

Approver = Callable[[QWidget, str], Staff | None]
"""Ask a second manager to approve something with their PIN; the manager, or None."""


@dataclass(slots=True)
class BackOffice:
    """The collaborators of the back-office panels, for the manager signed in."""

    uow_factory: Callable[[], UnitOfWork]
    worker: Worker
    staff: Staff
    terminal_id: str
    clock: Clock
    hasher: PinHasher
    language: str
    approver: Approver | None = None

    @property
    def actor(self) -> Actor:
        """Who writes: this terminal and the manager signed in."""
        return Actor(terminal_id=self.terminal_id, staff_id=self.staff.id)

    def approve(self, parent: QWidget, reason: str) -> Staff | None:
        """Ask a second manager (not the one signed in) for their PIN; None when refused."""
        if self.approver is not None:
            return self.approver(parent, reason)
        found: Staff | None = ask_manager_approval(
            parent, self.uow_factory, self.hasher, self.clock, reason
        )
        return found
