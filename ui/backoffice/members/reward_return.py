"""The member page's "Give back reward": a reward of the points history given back.

The core first says whether the reward of the chosen row can still be given back and what its
points are worth (`give_back_check`, refused as `refund_reward` refuses it), the person signed
in confirms, and the refund policy says whether they may do it alone: above the refund limit on
the points' value a manager other than them approves by name and PIN (`BackOffice.approve`),
as at the counter. `refund_reward` then runs under the person signed in; the refund's slip is
kept (the counter reprints it), and the list and the page are read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from pos_loyalty.domain.approvals import Action
from pos_loyalty.services.reward_redemption import RewardRefunded, refund_reward
from pos_loyalty.services.rewards_taken import GiveBack, give_back_check
from ui.backoffice.context import BackOffice
from ui.checkout.approvals import CANNOT_BE_APPROVED, refusal_alone
from ui.checkout.reward_give_back import (
    approval_reason,
    give_back_question,
    give_back_title,
    given_back_text,
    nothing_given_back,
)
from ui.core_messages import core_message
from ui.station import load_station

if TYPE_CHECKING:
    from ui.backoffice.members.panel import MembersPanel


class RewardReturnAction(QObject):
    """Gives back the reward chosen in the points history of the member shown."""

    def __init__(self, panel: MembersPanel, context: BackOffice) -> None:
        super().__init__(panel)
        self.panel, self.context = panel, context
        self.confirm_box: QMessageBox | None = None

    def start(self) -> None:
        """Ask the core whether the chosen reward can be given back; the questions follow."""
        entry, ctx = self.panel.page_view.reward_chosen(), self.context
        if entry is None:
            self.panel.say(self.tr("Choose a reward in the points history first."), error=True)
            return
        uow, entry_id = ctx.uow_factory, entry.id
        ctx.worker.submit(
            lambda: give_back_check(entry_id, uow=uow()),
            self._on_checked,
            self._on_refused,
        )

    def _on_checked(self, check: GiveBack) -> None:
        box = QMessageBox(self.panel)
        box.setObjectName("giveBackConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(give_back_title())
        box.setText(give_back_question(check.taken, self.context.language))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._on_answered(check, result))
        self.confirm_box = box
        box.open()

    def _on_answered(self, check: GiveBack, result: int) -> None:
        self.confirm_box = None
        if result != QMessageBox.StandardButton.Yes:
            self.panel.say(nothing_given_back())
            return
        approved_by = self._approved_by(check)
        if approved_by is None:
            return
        ctx, entry_id = self.context, check.taken.entry.id
        uow, clock, actor = ctx.uow_factory, ctx.clock, ctx.actor

        def task() -> RewardRefunded:
            store = load_station(uow()).store  # the kept slip names the store
            return refund_reward(
                entry_id, uow=uow(), clock=clock, actor=actor, store=store, approved_by=approved_by
            )

        ctx.worker.submit(task, self._on_given_back, self._on_refused)

    def _approved_by(self, check: GiveBack) -> str | None:
        """ "" if the person signed in may give it back alone, else the id of the manager who
        approved on the spot (None: nobody did, and the panel says so)."""
        ctx = self.context
        refusal = refusal_alone(ctx.staff, Action.REFUND, check.limits, check.taken.value)
        if refusal is None:
            return ""
        if refusal.code in CANNOT_BE_APPROVED:
            self.panel.say(core_message(refusal, ctx.language), error=True)
            return None
        approver = ctx.approve(self.panel, approval_reason(check.taken))
        if approver is None:
            self.panel.say(self.tr("Nobody approved it: nothing was given back."), error=True)
            return None
        return approver.id

    def _on_given_back(self, done: RewardRefunded) -> None:
        self.panel.say(given_back_text(done, self.context.language))
        self.panel.model.refresh()
        self.panel.page_view.reload()

    def _on_refused(self, exc: BaseException) -> None:
        self.panel.say(core_message(exc, self.context.language), error=True)
