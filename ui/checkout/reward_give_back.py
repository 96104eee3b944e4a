"""Giving a reward back at the counter: the rewards dialog's "Give back".

The window decides nothing about it. The core first says whether the reward can still be
given back and what its points are worth (`give_back_check`, refused as `refund_reward` would
refuse it: given back already, at another counter or in the back office), the cashier says yes
to the question, and the window's `approval` asks the refund policy whether the person signed
in may do it alone: above the refund limit on the points' value a manager other than them
approves by name and PIN, exactly as for a refund of a sale. Then `refund_reward` runs on the
worker under the person signed in, exactly as `pos-loyalty reward refund` does; the message
says the points returned and the new balance, the member panel is read again and the refund's
slip prints. The words of it are shared with the back office's member page
(ui/backoffice/members/reward_return.py), context `RewardGiveBack`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from pos_loyalty.domain.approvals import Action
from pos_loyalty.services.reward_redemption import RewardRefunded, refund_reward
from pos_loyalty.services.rewards_taken import GiveBack, RewardTaken, give_back_check
from ui.checkout.approvals import Approval
from ui.checkout.text import day, points
from ui.core_messages import core_message

if TYPE_CHECKING:
    from ui.checkout.rewards_dialog import RewardsDialog
    from ui.checkout.window import CheckoutWindow


def give_back_title() -> str:
    """The title of the question."""
    return QCoreApplication.translate("RewardGiveBack", "Give back a reward")


def give_back_question(taken: RewardTaken, language: str) -> str:
    """Whether to give `taken` back, with what it returns."""
    text = QCoreApplication.translate(
        "RewardGiveBack",
        "Give back {name}, taken on {day}? The member gets %n point(s) back and the reward "
        "goes back to the stock.",
        None,
        taken.points,
    ).replace(str(taken.points), points(taken.points, language), 1)
    return text.format(name=taken.name, day=day(taken.entry.business_date, language))


def approval_reason(taken: RewardTaken) -> str:
    """What the manager approves ("A manager's name and PIN are needed to ...")."""
    text = QCoreApplication.translate("RewardGiveBack", "give back the reward {name}")
    return text.format(name=taken.name)


def nothing_given_back() -> str:
    """The answer to a "No"."""
    return QCoreApplication.translate("RewardGiveBack", "Nothing was given back.")


def given_back_text(done: RewardRefunded, language: str) -> str:
    """What was given back and the balance now."""
    returned = done.returned.points
    text = QCoreApplication.translate(
        "RewardGiveBack",
        "Reward given back: {name}, %n point(s) returned; balance now {balance}.",
        None,
        returned,
    ).replace(str(returned), points(returned, language), 1)
    return text.format(name=done.reward_name, balance=points(done.balance_after, language))


class GiveBackAtCounter(QObject):
    """Gives back the reward chosen in the rewards dialog (see the module docstring)."""

    def __init__(self, window: CheckoutWindow) -> None:
        super().__init__(window)
        self._window = window

    def start(self, dialog: RewardsDialog, card: str, taken: RewardTaken) -> None:
        """Ask the core whether `taken` can be given back; the questions follow its answer."""
        dialog.wait_for_core()
        uow, entry_id = self._window.prompts.uow_factory, taken.entry.id
        self._window.session.worker.submit(
            lambda: give_back_check(entry_id, uow=uow()),
            lambda check: self._on_checked(dialog, card, check),
            lambda exc: self._refused(dialog, core_message(exc, self._window.language)),
        )

    def _on_checked(self, dialog: RewardsDialog, card: str, check: GiveBack) -> None:
        w, taken = self._window, check.taken
        if w.shift.locked or not dialog.isVisible():
            return  # the counter locked, or the cashier closed the dialog meanwhile
        question = give_back_question(taken, w.language)
        if not w.prompts.confirm(dialog, give_back_title(), question):
            dialog.show_refusal(nothing_given_back())
            return
        approval = self._approval(dialog, check)
        if approval is None:
            return
        s = w.session
        # who gives back is taken now, with the manager who approved it
        uow, actor, clock, approved_by = w.prompts.uow_factory, s.actor, s.now, approval.approved_by
        store = s.settings.station.store if s.settings is not None else None
        entry_id = taken.entry.id
        s.worker.submit(
            lambda: refund_reward(
                entry_id,
                uow=uow(),
                clock=clock,
                actor=actor,
                store=store,
                approved_by=approved_by,
            ),
            lambda done: self._on_given_back(dialog, card, done),
            lambda exc: self._refused(dialog, core_message(exc, w.language)),
        )

    def _approval(self, dialog: RewardsDialog, check: GiveBack) -> Approval | None:
        """The window's approval, as for a refund of a sale (None: not approved, and the
        dialog says why as the message line does)."""
        w = self._window
        approval = w.approval(Action.REFUND, approval_reason(check.taken), check.taken.value)
        if approval is None:
            dialog.show_refusal(w.message.text())
        return approval

    def _on_given_back(self, dialog: RewardsDialog, card: str, done: RewardRefunded) -> None:
        w = self._window
        if dialog.isVisible():
            dialog.accept()
        w.show_message("ok", given_back_text(done, w.language))
        if done.slip is not None:
            w.session.print(done.slip, done.returned.id)
        view = w.session.view
        if view is not None and view.card.number == card:
            w.session.look_up(card)  # the panel shows the new balance

    def _refused(self, dialog: RewardsDialog, text: str) -> None:
        if dialog.isVisible():
            dialog.show_refusal(text)
        self._window.show_message("error", text)
