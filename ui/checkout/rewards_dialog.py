"""Rewards for points at the counter (Ctrl+R): the ones the member can take today, and giving one.

The dialog lists what the core's `rewards_for` says the member on screen can take today (in
its window, in stock, no dearer than the points they can spend) and gives the chosen one
through `redeem_reward` on the worker, holding it at the central server first
(sync/reward_holds.py); it decides nothing itself. What the core refuses comes back in the
window's language while the dialog stays open. Once given, the member panel is read again
(the new balance) and the slip prints with the reward's line.

Below them are the rewards the member took in the last 30 days and has not given back
(ui/checkout/rewards_taken.py); "Give back" on one goes through `GiveBackAtCounter`
(ui/checkout/reward_give_back.py): the refund policy, a manager where it asks for one, the
core's `refund_reward`, the new balance and the refund's slip.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.services.ports import RewardAuthoriser, UnitOfWork
from pos_loyalty.services.reward_redemption import (
    MemberRewards,
    RewardGiven,
    redeem_reward,
    rewards_for,
)
from pos_loyalty.services.rewards_taken import RewardTaken
from ui.checkout.reward_give_back import GiveBackAtCounter
from ui.checkout.rewards_taken import TakenRewards
from ui.checkout.text import day, points
from ui.core_messages import core_message

if TYPE_CHECKING:
    from ui.checkout.window import CheckoutWindow


class RewardsDialog(QDialog):
    """The rewards the member can take; `confirmed` carries the chosen reward's id, and
    `give_back_chosen` the `RewardTaken` chosen to give back."""

    confirmed = Signal(str)
    give_back_chosen = Signal(object)

    def __init__(self, found: MemberRewards, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found, self._language = found, language
        self.setObjectName("rewardsDialog")
        self.setWindowTitle(self.tr("Rewards for points: {name}").format(name=found.member_name))
        self.spendable = QLabel(
            self.tr("Points to spend: {points}").format(points=points(found.spendable, language)),
            self,
        )
        self.spendable.setObjectName("spendable")
        self.table = self._table()
        self.empty = QLabel(self.tr("No reward can be taken today with these points."), self)
        self.empty.setObjectName("noRewards")
        self.empty.setVisible(not found.rewards)
        self.taken = TakenRewards(found.taken, language, self)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.confirm_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.give_back_button = self.buttons.addButton(
            self.tr("Give back"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.give_back_button.setObjectName("giveBack")
        self.give_back_button.setAutoDefault(False)  # Enter gives a reward, never takes one back
        self.give_back_button.setVisible(bool(found.taken))
        self.give_back_button.clicked.connect(self._on_give_back_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.taken.table.itemSelectionChanged.connect(self._on_taken_item_selection_changed)
        self.taken.give_back_chosen.connect(lambda _taken: self._on_give_back_button_clicked())
        layout = QVBoxLayout(self)
        widgets = (self.spendable, self.table, self.empty, self.taken, self.refusal, self.buttons)
        for widget in widgets:
            layout.addWidget(widget)
        if found.rewards:
            self.table.selectRow(0)
        self._on_table_item_selection_changed()
        self._on_taken_item_selection_changed()
        self.resize(640, 540 if found.taken else 380)

    def _table(self) -> QTableWidget:
        rows = self.found.rewards
        table = QTableWidget(len(rows), 4, self)
        table.setObjectName("rewards")
        table.setHorizontalHeaderLabels(
            [self.tr("Reward"), self.tr("Points"), self.tr("Left"), self.tr("Until")]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, offer in enumerate(rows):
            r = offer.reward
            left = "" if offer.left is None else points(offer.left, self._language)
            until = "" if r.ends_on is None else day(r.ends_on, self._language)
            texts = (r.name, points(r.points, self._language), left, until)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.activated.connect(lambda _index: self.buttons.accepted.emit())
        return table

    def chosen(self) -> str | None:
        """The id of the reward chosen in the table (None: nothing chosen)."""
        rows = self.table.selectionModel().selectedRows()
        return self.found.rewards[rows[0].row()].reward.id if rows else None

    def show_refusal(self, text: str) -> None:
        """Show what the core refused; the dialog stays open for another choice or Cancel."""
        self.refusal.setText(text)
        self.buttons.setEnabled(True)

    def wait_for_core(self) -> None:
        """Hold the buttons until the core answers: one reward given or given back per press."""
        self.refusal.clear()
        self.buttons.setEnabled(False)

    def _on_taken_item_selection_changed(self) -> None:
        self.give_back_button.setEnabled(self.taken.chosen() is not None)

    def _on_give_back_button_clicked(self) -> None:
        taken: RewardTaken | None = self.taken.chosen()
        if taken is None or not self.give_back_button.isEnabled() or not self.buttons.isEnabled():
            return
        self.give_back_chosen.emit(taken)

    def _on_table_item_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.confirm_button.setText(self.tr("Give"))
            self.confirm_button.setEnabled(False)
            return
        price = self.found.rewards[rows[0].row()].reward.points
        label = self.tr("Give for %n point(s)", "", price)
        self.confirm_button.setText(label.replace(str(price), points(price, self._language)))
        self.confirm_button.setEnabled(True)

    def _on_buttons_accepted(self) -> None:
        chosen = self.chosen()
        if chosen is None or not self.confirm_button.isEnabled():
            return
        self.wait_for_core()
        self.confirmed.emit(chosen)


class RewardsAtCounter(QObject):
    """Ctrl+R at the counter: the rewards of the member on screen, the dialog, the reward."""

    def __init__(self, window: CheckoutWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: RewardsDialog | None = None
        self.authoriser: RewardAuthoriser | None = None
        """Holds the reward at the central server (set by the app; None: the terminal alone)."""
        self.giving_back = GiveBackAtCounter(window)

    def _uow(self) -> Callable[[], UnitOfWork]:
        return self._window.prompts.uow_factory

    def open_for_key(self) -> None:
        """Ask the core what the member on screen can take today, then show the dialog."""
        w = self._window
        view = w.session.view
        if view is None or view.member is None:
            w.show_message("error", self.tr("Scan the member's card first."))
            return
        if not view.can_transact:  # a blocked or replaced card: the core would refuse it too
            w.show_message("error", w.member_panel.state_label.text())
            return
        card, uow, clock = view.card.number, self._uow(), w.session.now
        w.session.worker.submit(
            lambda: rewards_for(card, uow=uow(), clock=clock),
            self._on_listed,
            lambda exc: w.show_message("error", core_message(exc, w.language)),
            channel="rewards",
        )

    def _on_listed(self, found: MemberRewards) -> None:
        w = self._window
        view = w.session.view
        if w.shift.locked or view is None or view.card.number != found.card_number:
            return  # the customer changed (or the counter locked) while the list was read
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = RewardsDialog(found, w.language, w)
        self.dialog.confirmed.connect(lambda reward_id: self._on_dialog_confirmed(found, reward_id))
        dialog = self.dialog
        dialog.give_back_chosen.connect(
            lambda taken: self.giving_back.start(dialog, found.card_number, taken)
        )
        self.dialog.finished.connect(lambda _result: w.search.focus())
        self.dialog.open()

    def _on_dialog_confirmed(self, found: MemberRewards, reward_id: str) -> None:
        s = self._window.session
        # who gives is taken now: a reward asked for before a cashier switch stays theirs
        uow, actor, clock, authoriser = self._uow(), s.actor, s.now, self.authoriser
        store = s.settings.station.store if s.settings is not None else None
        card = found.card_number
        s.worker.submit(
            lambda: redeem_reward(
                card,
                reward_id,
                uow=uow(),
                clock=clock,
                actor=actor,
                authoriser=authoriser,
                store=store,
            ),
            lambda done: self._on_given(done, card),
            self._on_refused,
        )

    def _on_given(self, done: RewardGiven, card: str) -> None:
        w = self._window
        if self.dialog is not None:
            self.dialog.accept()
        price = done.reward.points
        text = self.tr("Reward given: {name} for %n point(s); balance now {balance}.", "", price)
        text = text.replace(str(price), points(price, w.language), 1)
        balance = points(done.balance_after, w.language)
        w.show_message("ok", text.format(name=done.reward.name, balance=balance))
        if done.slip is not None:
            w.session.print(done.slip, done.entry.id)
        view = w.session.view
        if view is not None and view.card.number == card:
            w.session.look_up(card)  # the panel shows the new balance

    def _on_refused(self, exc: BaseException) -> None:
        text = core_message(exc, self._window.language)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_refusal(text)
        self._window.show_message("error", text)
