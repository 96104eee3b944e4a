"""What the Members tab's buttons do: register, edit, merge, erase, add or remove points.

Each action opens its form (window-modal, without blocking), runs the use case off the GUI
thread when the form is submitted, and on success closes the form, says what was done and
reads the list and the member page again. A refusal stays in the form, under the field it is
about, so the manager can correct it. Above the approval limit a second manager approves with
their name and PIN (`BackOffice.approve`); nobody approving changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from pos_loyalty.domain.members import Member
from pos_loyalty.services.bonuses import (
    ManualPoints,
    ManualReason,
    PointsGiven,
    approval_limit,
    give_points,
)
from pos_loyalty.services.members import (
    PersonalData,
    Registered,
    Registration,
    edit_member,
    erase_member,
    register_member,
    set_marketing_consent,
)
from pos_loyalty.services.merge import Merged, merge_members
from pos_loyalty.services.ports import UnitOfWork
from ui.backoffice.context import BackOffice
from ui.backoffice.members.member_form import MemberData, MemberForm
from ui.backoffice.members.merge_dialog import MergeDialog
from ui.backoffice.members.points_dialog import PointsDialog
from ui.checkout.text import points
from ui.core_messages import core_message

if TYPE_CHECKING:
    from ui.backoffice.members.panel import MembersPanel


def _limit(uow: UnitOfWork) -> int:
    with uow.read_only():
        return approval_limit(uow)


class MemberActions(QObject):
    """The flows behind the buttons of the Members tab (see the module docstring)."""

    def __init__(self, panel: MembersPanel, context: BackOffice) -> None:
        super().__init__(panel)
        self.panel, self.context = panel, context
        self.dialog: Any = None
        self.confirm_box: QMessageBox | None = None

    def _open(self, dialog: Any) -> None:
        """Open a form window-modal without blocking; the previous form is let go."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def _submit(self, fn: Any, on_done: Any, on_failed: Any) -> None:
        self.context.worker.submit(fn, on_done, lambda exc: on_failed(core_message(exc)))

    def _changed(self, text: str, member_id: str | None = None) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.accept()
        self.panel.say(text)
        self.panel.model.refresh()
        if member_id is not None:
            self.panel.open_member(member_id)
        else:
            self.panel.page_view.reload()

    # Register and edit.

    def register(self) -> None:
        """Open the form for a new member with a card."""
        form = MemberForm(None, self.panel)
        form.submitted.connect(self._on_register_submitted)
        self._open(form)

    def _on_register_submitted(self, data: MemberData) -> None:
        ctx = self.context
        cmd = Registration(
            data.name,
            data.phone,
            data.consent,
            data.email,
            data.birthday,
            data.card_number,
            marketing_consent=data.marketing_consent,
        )
        self._submit(
            lambda: register_member(cmd, uow=ctx.uow_factory(), clock=ctx.clock, actor=ctx.actor),
            self._on_registered,
            self.dialog.show_refusal,
        )

    def _on_registered(self, done: Registered) -> None:
        text = self.tr("Registered {name} with card {card}; welcome bonus {points} points.")
        welcome = points(done.welcome_points, self.context.language)
        self._changed(
            text.format(name=done.member.name, card=done.card.number, points=welcome),
            done.member.id,
        )

    def edit(self) -> None:
        """Open the form with the personal data of the member shown."""
        page = self.panel.page_view.page
        if page is None:
            return
        form = MemberForm(page.member, self.panel)
        form.submitted.connect(self._on_edit_submitted)
        self._open(form)

    def _on_edit_submitted(self, data: MemberData) -> None:
        ctx, member = self.context, self.dialog.member
        cmd = PersonalData(member.id, data.name, data.phone, data.email, data.birthday)

        def save() -> Member:
            edit_member(cmd, uow=ctx.uow_factory())
            # The consent to offers is its own use case: dated, audited, sent on its own.
            return set_marketing_consent(
                member.id,
                data.marketing_consent,
                uow=ctx.uow_factory(),
                clock=ctx.clock,
                actor=ctx.actor,
            )

        self._submit(
            save,
            lambda edited: self._changed(self.tr("Saved {name}.").format(name=edited.name)),
            self.dialog.show_refusal,
        )

    # Merge and erase.

    def merge(self) -> None:
        """Open the merge dialog with the member shown as the one kept."""
        page, ctx = self.panel.page_view.page, self.context
        if page is None:
            return
        dialog = MergeDialog(
            page,
            ctx.worker,
            ctx.uow_factory,
            ctx.clock,
            ctx.language,
            full_phones=self.panel.full_phones,
            parent=self.panel,
        )
        dialog.confirmed.connect(self._on_merge_confirmed)
        self._open(dialog)

    def _on_merge_confirmed(self, keep: str, other: str) -> None:
        ctx = self.context
        self._submit(
            lambda: merge_members(
                keep, other, uow=ctx.uow_factory(), clock=ctx.clock, actor=ctx.actor
            ),
            self._on_merged,
            self.dialog.show_refusal,
        )

    def _on_merged(self, done: Merged) -> None:
        text = self.tr("Merged: {cards} card(s) and {points} points moved to {name}.")
        moved = points(done.points, self.context.language)
        self._changed(text.format(cards=len(done.cards), points=moved, name=done.kept.name))

    def erase(self) -> None:
        """Ask to confirm, then erase the personal data of the member shown."""
        page = self.panel.page_view.page
        if page is None:
            return
        box = QMessageBox(self.panel)
        box.setObjectName("eraseConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Erase personal data"))
        box.setText(
            self.tr(
                "Erase the name, phone, e-mail and birthday of {name}? Their points history "
                "stays under an anonymous id. This cannot be undone."
            ).format(name=page.member.name)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._on_erase_answered(page.member.id, result))
        self.confirm_box = box
        box.open()

    def _on_erase_answered(self, member_id: str, result: int) -> None:
        self.confirm_box = None
        if result != QMessageBox.StandardButton.Yes:
            self.panel.say(self.tr("Nothing was erased."))
            return
        ctx = self.context
        self._submit(
            lambda: erase_member(
                member_id,
                uow=ctx.uow_factory(),
                clock=ctx.clock,
                actor=ctx.actor,
                approved_by=ctx.approved_by,
            ),
            lambda _erased: self._changed(self.tr("Personal data erased; the points stay.")),
            lambda message: self.panel.say(message, error=True),
        )

    # Points.

    def give_points(self) -> None:
        """Read the approval limit, then open the points form for the member shown."""
        page = self.panel.page_view.page
        if page is None:
            return
        uow_factory = self.context.uow_factory
        self._submit(
            lambda: _limit(uow_factory()),
            lambda limit: self._open_points(page.member.name, limit),
            lambda message: self.panel.say(message, error=True),
        )

    def _open_points(self, name: str, limit: int) -> None:
        dialog = PointsDialog(name, limit, self.panel)
        dialog.submitted.connect(self._on_points_submitted)
        self._open(dialog)

    def _on_points_submitted(self, count: int, reason: str, text: str) -> None:
        dialog, page, ctx = self.dialog, self.panel.page_view.page, self.context
        if page is None:
            return
        approved_by = ctx.approved_by  # a cashier's manager, for what only a manager may do
        if abs(count) > dialog.limit:
            asked = self.tr("approve {points} points for {name}").format(
                points=f"{count:+}", name=page.member.name
            )
            approver = ctx.approve(dialog, asked)
            if approver is None:
                refused = self.tr("No second manager approved it: nothing was changed.")
                dialog.show_refusal(refused)
                self.panel.say(refused, error=True)
                return
            approved_by = approver.id
        cmd = ManualPoints(page.member.id, count, ManualReason(reason), text, approved_by)
        self._submit(
            lambda: give_points(cmd, uow=ctx.uow_factory(), clock=ctx.clock, actor=ctx.actor),
            self._on_points_given,
            dialog.show_refusal,
        )

    def _on_points_given(self, done: PointsGiven) -> None:
        lang = self.context.language
        text = self.tr("{points} points ({reason}); the balance is now {balance}.").format(
            points=f"{done.entry.points:+}",
            reason=done.entry.reason,
            balance=points(done.wallet.balance, lang),
        )
        if done.approver is not None:
            text += " " + self.tr("Approved by {name}.").format(name=done.approver.name)
        self._changed(text)
