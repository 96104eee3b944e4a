"""The Staff tab: the accounts, with a manager's changes to them.

Only a manager sees the accounts: for anyone else the panel shows a refusal and builds nothing
else. Every change runs its use case on the worker (hashing a PIN takes a while), writes its
audit record in the same transaction, and then the table is read again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos_loyalty.domain.errors import LoyaltyError
from pos_loyalty.domain.staff import Role, Staff
from pos_loyalty.services import staff_accounts as accounts
from pos_loyalty.services.staff import add_staff
from ui.backoffice.context import BackOffice
from ui.backoffice.notice import Notice
from ui.backoffice.staff.forms import AddStaffForm, NewPinForm
from ui.backoffice.staff.table import StaffTable, role_text
from ui.core_messages import core_message


class StaffPanel(QWidget):
    """The accounts (role, active, locked until) and what a manager may change on them."""

    def __init__(self, context: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffPanel")
        self.context = context
        self._select_next = ""
        self.allowed = context.manager is not None  # a manager, or a cashier one let in
        layout = QVBoxLayout(self)
        if not self.allowed:
            refusal = QLabel(self.tr("Only a manager may see and change staff accounts."))
            refusal.setObjectName("staffRefused")
            layout.addWidget(refusal)
            layout.addStretch(1)
            return
        self._build(layout)
        self.refresh()

    def _build(self, layout: QVBoxLayout) -> None:
        self.table = StaffTable()
        self.add_form = AddStaffForm()
        self.pin_form = NewPinForm()
        self.release_button = QPushButton(self.tr("Release the lockout"))
        self.role_button = QPushButton(self.tr("Make a manager"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.notice = Notice()
        buttons = QHBoxLayout()
        for button in (self.release_button, self.role_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.add_form)
        right.addWidget(self.pin_form)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout.addLayout(body, 1)
        layout.addWidget(self.notice)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.add_form.add_button.clicked.connect(self._on_add_button_clicked)
        self.pin_form.set_button.clicked.connect(self._on_set_button_clicked)
        self.release_button.clicked.connect(self._on_release_button_clicked)
        self.role_button.clicked.connect(self._on_role_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self._on_table_item_selection_changed()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the accounts again when the tab comes back into view (locks change at the till)."""
        super().showEvent(event)
        if self.allowed and self.table.people and not event.spontaneous():
            self.refresh()

    def refresh(self) -> None:
        """Read the accounts again."""
        uow_factory = self.context.uow_factory
        self._run(lambda: accounts.list_staff(uow=uow_factory()), self._on_staff_listed)

    def _on_staff_listed(self, people: list[Staff]) -> None:
        self.table.show_people(people, self.context.clock())
        if self._select_next:
            self.table.select_name(self._select_next)
            self._select_next = ""
        self._on_table_item_selection_changed()

    def _on_table_item_selection_changed(self) -> None:
        person = self.table.selected
        for button in (self.role_button, self.active_button, self.pin_form.set_button):
            button.setEnabled(person is not None)
        self.release_button.setEnabled(person is not None and person.failed_attempts > 0)
        if person is not None:
            manager = person.is_manager
            self.role_button.setText(
                self.tr("Make a cashier") if manager else self.tr("Make a manager")
            )
            self.active_button.setText(
                self.tr("Deactivate") if person.active else self.tr("Reactivate")
            )

    def _on_add_button_clicked(self) -> None:
        form = self.add_form
        problem = form.problem()
        if problem is not None:
            self.notice.show_text("error", problem)
            return
        name, role, pin = form.name_edit.text(), form.role, form.pin_edit.text()
        call = partial(add_staff, name, role, pin, hasher=self.context.hasher)
        self._change(call, self._on_staff_added)

    def _on_staff_added(self, person: Staff) -> None:
        self.add_form.clear()
        text = self.tr("{name} was added as {role}.")
        self._changed(text.format(name=person.name, role=role_text(person.role)), person)

    def _on_set_button_clicked(self) -> None:
        person = self.table.selected
        problem = self.pin_form.problem(person.role) if person is not None else None
        if person is None or problem is not None:
            self.notice.show_text("error", problem or self.tr("Select an account first."))
            return
        pin = self.pin_form.pin_edit.text()
        call = partial(accounts.reset_pin, person.id, pin, hasher=self.context.hasher)
        self._change(call, self._on_pin_set)

    def _on_pin_set(self, person: Staff) -> None:
        self.pin_form.clear()
        self._changed(self.tr("{name} has a new PIN.").format(name=person.name), person)

    def _on_release_button_clicked(self) -> None:
        if (person := self.table.selected) is not None:
            text = self.tr("{name} can sign in again.")
            self._change(partial(accounts.release_lockout, person.id), self._said(text))

    def _on_role_button_clicked(self) -> None:
        if (person := self.table.selected) is not None:
            role = Role.CASHIER if person.is_manager else Role.MANAGER
            text = self.tr("{name} is now: {role}.")
            said = self._said(text, role=role_text(role))
            self._change(partial(accounts.change_role, person.id, role), said)

    def _on_active_button_clicked(self) -> None:
        if (person := self.table.selected) is not None:
            if person.active:
                text = self.tr("{name} was deactivated and can no longer sign in.")
            else:
                text = self.tr("{name} was reactivated and can sign in again.")
            call = partial(accounts.set_active, person.id, not person.active)
            self._change(call, self._said(text))

    def _said(self, text: str, **values: str) -> Callable[[Staff], None]:
        return lambda person: self._changed(text.format(name=person.name, **values), person)

    def _changed(self, text: str, person: Staff) -> None:
        self.notice.show_text("ok", text)
        self._select_next = person.name
        self.refresh()

    def _change(self, call: Callable[..., Staff], on_done: Callable[[Staff], None]) -> None:
        """Run a use case that changes an account, as the person signed in at this terminal."""
        c, approved_by = self.context, self.context.approved_by
        self._run(
            lambda: call(
                uow=c.uow_factory(), clock=c.clock, actor=c.actor, approved_by=approved_by
            ),
            on_done,
        )

    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self.context.worker.submit(fn, on_done, self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, LoyaltyError):
            self.notice.show_text(
                "error", self.tr("Refused: {reason}").format(reason=core_message(error))
            )
        else:
            self.notice.show_text(
                "error", self.tr("Not done: {error}").format(error=core_message(error))
            )
