"""The sign-in dialog: choose your name, type your PIN; wrong PINs lock the account for a while."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.errors import NotAllowed, NotFound
from pos_loyalty.domain.staff import FREE_TRIES, Staff
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.staff import PinHasher, sign_in
from ui.dialogs.pin_pad import PinPad

COUNTDOWN_MS = 500


class SignInDialog(QDialog):
    """Staff sign-in; after `exec()` returns Accepted, `staff` is the person signed in."""

    signed_in = Signal(object)

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        hasher: PinHasher,
        clock: Clock,
        parent: QWidget | None = None,
        demo_hint: str = "",
        *,
        terminal_id: str = "",
    ) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._terminal_id = terminal_id  # a lock that starts is logged as at this terminal
        self._hasher = hasher
        self._clock = clock
        self._locked_until: datetime | None = None
        self.staff: Staff | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.setModal(True)
        self.staff_list = QListWidget(self)
        self.staff_list.setObjectName("staff_list")
        self.staff_list.setStyleSheet(
            "QListWidget { font-size: 13pt; } QListWidget::item { padding: 8px; }"
        )
        self.pad = PinPad(self)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.setObjectName("sign_in")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setMinimumHeight(44)
        self._countdown = QTimer(self)
        self._countdown.setInterval(COUNTDOWN_MS)
        self._layout(demo_hint)
        self.staff_list.currentItemChanged.connect(self._on_staff_list_current_item_changed)
        self.pad.submitted.connect(self._on_pad_submitted)
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        self._countdown.timeout.connect(self._on_countdown_timeout)
        self._load_staff()

    def _layout(self, demo_hint: str) -> None:
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Who is signing in?"), self))
        left.addWidget(self.staff_list)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Your PIN"), self))
        right.addWidget(self.pad)
        right.addWidget(self.sign_in_button)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        if demo_hint:
            hint = QLabel(demo_hint, self)
            hint.setObjectName("demo_hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)

    def _load_staff(self) -> None:
        uow = self._uow_factory()
        with uow.read_only():
            people = sorted((s for s in uow.staff.all() if s.active), key=lambda s: s.name)
        for person in people:
            item = QListWidgetItem(person.name, self.staff_list)
            item.setData(Qt.ItemDataRole.UserRole, person.name)
            item.setToolTip(self.tr("Manager") if person.is_manager else self.tr("Cashier"))
        if len(people) == 1:
            self.staff_list.setCurrentRow(0)
        if not people:
            self.message.setText(self.tr("There are no staff accounts yet: ask a manager."))

    def select(self, name: str) -> None:
        """Choose the staff member called `name` in the list."""
        found = self.staff_list.findItems(name, Qt.MatchFlag.MatchExactly)
        if found:
            self.staff_list.setCurrentItem(found[0])

    def _chosen_name(self) -> str:
        item = self.staff_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _on_staff_list_current_item_changed(self, *_: object) -> None:
        self.message.clear()
        self._show_state(self._chosen_name())
        # A PIN typed before the name was clicked is kept: people type first, then pick.
        self.pad.field.setFocus()

    def _on_pad_submitted(self) -> None:
        self._on_sign_in_button_clicked()

    def _on_sign_in_button_clicked(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        if not self._chosen_name():
            self.message.setText(self.tr("Choose your name first."))
            return
        if not self.pad.pin():
            self.message.setText(self.tr("Type your PIN."))
            return
        self._set_busy(True)
        self.message.setText(self.tr("Checking…"))
        QTimer.singleShot(0, self._check)

    def _check(self) -> None:
        name = self._chosen_name()
        try:
            person = sign_in(
                name,
                self.pad.pin(),
                uow=self._uow_factory(),
                hasher=self._hasher,
                clock=self._clock,
                terminal_id=self._terminal_id,
            )
        except NotAllowed:
            self._show_state(name, wrong_pin=True)
        except NotFound:
            self.message.setText(
                self.tr("{name} can no longer sign in: ask a manager.").format(name=name)
            )
        else:
            self.staff = person
            self.signed_in.emit(person)
            self.accept()
            return
        finally:
            self._set_busy(False)
        self.pad.clear()

    def _set_busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        self.pad.setEnabled(not busy)
        self.staff_list.setEnabled(not busy)

    def _show_state(self, name: str, *, wrong_pin: bool = False) -> None:
        """Say whether the account is locked (with a countdown) or how many tries are left."""
        self._countdown.stop()
        self._locked_until = None
        if not name:
            return
        uow = self._uow_factory()
        with uow.read_only():
            person = uow.staff.by_name(name)
        if person is None:
            return
        if person.locked_at(self._clock()) is not None:
            self._locked_until = person.locked_until
            self._countdown.start()
            self._on_countdown_timeout()
        elif wrong_pin:
            left = max(FREE_TRIES - person.failed_attempts, 0)
            text = self.tr("Wrong PIN. Tries left before a lock: %n.", "", left)
            self.message.setText(text if left else self.tr("Wrong PIN."))

    def _on_countdown_timeout(self) -> None:
        if self._locked_until is None:
            self._countdown.stop()
            return
        seconds = math.ceil((self._locked_until - self._clock()).total_seconds())
        if seconds <= 0:
            self._countdown.stop()
            self._locked_until = None
            self.message.setText(self.tr("You can try your PIN again now."))
            return
        text = self.tr("Locked after wrong PINs: try again in %n s.", "", seconds)
        self.message.setText(text)

    def locked_seconds(self) -> int:
        """Return the seconds the chosen account stays locked (0 when it is not)."""
        if self._locked_until is None:
            return 0
        return max(math.ceil((self._locked_until - self._clock()).total_seconds()), 0)
