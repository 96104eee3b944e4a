"""The member page: personal data and consent, standing, and the tabs of their history.

`show_member(member_id)` reads the page off the GUI thread (`history.member_page`); the points
history comes a page at a time, newest first, each entry with the balance after it, and Older /
Newer (Ctrl+PgDown / Ctrl+PgUp) move through it. The action buttons are here; the panel
connects them to what they do. A reward row of the history can be given back ("Give back
reward", a button under the history and the row's context menu).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.domain.members import format_phone, mask_phone
from pos_loyalty.domain.money import format_percent
from pos_loyalty.services.history import MemberPage, member_page
from pos_loyalty.services.ports import Clock, UnitOfWork
from ui.backoffice.members import tables
from ui.checkout.text import day, money, points
from ui.core_messages import core_message
from ui.fitting import KeyGrid
from ui.worker import Worker

HISTORY_PAGE = 50


class MemberPageView(QWidget):
    """Everything about one member, with the buttons to act on them."""

    page_shown = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        worker: Worker,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        language: str,
        *,
        full_phones: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker, self._uow, self._clock = worker, uow_factory, clock
        self._language, self._full_phones = language, full_phones
        self.page: MemberPage | None = None
        layout = QVBoxLayout(self)
        self.buttons = KeyGrid(5)  # on two rows when five Russian labels do not fit
        self.back_button = self._button("back", self.tr("Back to the list"), "Esc")
        self.edit_button = self._button("edit", self.tr("Edit"), "F4")
        self.points_button = self._button("points", self.tr("Add or remove points"), "F6")
        self.merge_button = self._button("merge", self.tr("Merge with another member"), "F7")
        self.erase_button = self._button("erase", self.tr("Erase personal data"), "F8")
        self.membership_button = self._button("membership", self.tr("Club membership"), "F9")
        layout.addWidget(self.buttons)
        self.title = self._label(layout, "memberName")
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.personal = self._label(layout, "personal")
        self.standing = self._label(layout, "standing")
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self._build_tabs()

    def _button(self, name: str, text: str, key: str) -> QPushButton:
        button = QPushButton(f"{text}  ({key})", self)
        button.setObjectName(name)
        button.setShortcut(QKeySequence(key))
        self.buttons.add(button)
        return button

    def _label(self, layout: QVBoxLayout, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        return label

    def _build_tabs(self) -> None:
        history = QWidget(self)
        box = QVBoxLayout(history)
        self.points_table = tables.make_table("pointsHistory", tables.points_headers(), (2, 3))
        box.addWidget(self.points_table)
        nav = QHBoxLayout()
        self.newer_button = QPushButton(self.tr("Newer  (Ctrl+PgUp)"), history)
        self.newer_button.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.newer_button.clicked.connect(lambda: self._on_history_moved(-1))
        self.older_button = QPushButton(self.tr("Older  (Ctrl+PgDown)"), history)
        self.older_button.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.older_button.clicked.connect(lambda: self._on_history_moved(1))
        self.history_label = QLabel(history)
        self.give_back_button = QPushButton(self.tr("Give back reward"), history)
        self.give_back_button.setObjectName("giveBackReward")
        widgets = (self.newer_button, self.history_label, self.older_button, self.give_back_button)
        for widget in widgets:
            nav.addWidget(widget)
        box.addLayout(nav)
        self.give_back_action = QAction(self.tr("Give back reward"), self.points_table)
        self.give_back_action.triggered.connect(self.give_back_button.click)
        self.points_table.addAction(self.give_back_action)
        self.points_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.points_table.itemSelectionChanged.connect(self._on_points_table_selection_changed)
        self._on_points_table_selection_changed()
        self.tabs.addTab(history, self.tr("Points history"))
        self.cards_table = tables.make_table("cards", tables.card_headers())
        self.tabs.addTab(self.cards_table, self.tr("Cards"))
        self.tiers_table = tables.make_table("tiers", tables.tier_headers(), (2,))
        self.tabs.addTab(self.tiers_table, self.tr("Tier history"))
        self.sales_table = tables.make_table("sales", tables.sale_headers(), (2, 3, 4, 5))
        self.tabs.addTab(self.sales_table, self.tr("Last sales"))

    def reward_chosen(self) -> LedgerEntry | None:
        """The reward entry chosen in the points history (None: no row, or not a reward)."""
        rows = self.points_table.selectionModel().selectedRows()
        if self.page is None or not rows or rows[0].row() >= len(self.page.points):
            return None
        entry = self.page.points[rows[0].row()].entry
        return entry if entry.kind == EntryKind.REWARD else None

    def _on_points_table_selection_changed(self) -> None:
        chosen = self.reward_chosen() is not None
        self.give_back_button.setEnabled(chosen)
        self.give_back_action.setEnabled(chosen)

    @property
    def member_id(self) -> str | None:
        """The member shown, if any."""
        return None if self.page is None else self.page.member.id

    def show_member(self, member_id: str, history_page: int = 1) -> None:
        """Read the member's page (and page `history_page` of their points) off the GUI thread."""
        uow, clock = self._uow, self._clock
        self._worker.submit(
            lambda: member_page(
                member_id, uow=uow(), clock=clock, page=history_page, page_size=HISTORY_PAGE
            ),
            self._show,
            lambda exc: self.failed.emit(core_message(exc)),
            channel="members.page",
        )

    def reload(self) -> None:
        """Read the member shown again (after a change), at the same page of history."""
        if self.page is not None:
            self.show_member(self.page.member.id, self.page.page)

    def _on_history_moved(self, step: int) -> None:
        if self.page is None:
            return
        target = self.page.page + step
        if 1 <= target <= self.page.pages:
            self.show_member(self.page.member.id, target)

    def _show(self, page: MemberPage) -> None:
        self.page = page
        lang = self._language
        member = page.member
        self.title.setText(member.name if not member.is_erased else self.tr("(erased)"))
        self.personal.setText(self._personal_text(page))
        self.standing.setText(self._standing_text(page))
        tables.fill(self.points_table, tables.points_rows(page, lang))
        self._on_points_table_selection_changed()
        tables.fill(self.cards_table, tables.card_rows(page))
        tables.fill(self.tiers_table, tables.tier_rows(page, lang))
        tables.fill(self.sales_table, tables.sale_rows(page, lang))
        self.history_label.setText(
            self.tr("Page {page} of {pages} ({entries} entries)").format(
                page=page.page, pages=page.pages, entries=page.entries
            )
        )
        self.newer_button.setEnabled(page.page > 1)
        self.older_button.setEnabled(page.page < page.pages)
        active = not member.is_erased and member.merged_into is None
        for button in (
            self.edit_button,
            self.points_button,
            self.merge_button,
            self.membership_button,
        ):
            button.setEnabled(active)
        self.erase_button.setEnabled(not member.is_erased)
        self.page_shown.emit(member.id)

    def _personal_text(self, page: MemberPage) -> str:
        m, lang = page.member, self._language
        if m.is_erased and m.erased_at is not None:
            text = self.tr("Personal data erased on request on {day}.")
            lines = [text.format(day=day(m.erased_at.date(), lang))]
        else:
            phone = format_phone(m.phone) if self._full_phones else mask_phone(m.phone)
            lines = [
                self.tr("Phone: {phone}").format(phone=phone),
                self.tr("E-mail: {email}").format(email=m.email or "—"),
                self.tr("Birthday: {day}").format(day=day(m.birthday, lang) if m.birthday else "—"),
                self._consent_text(page),
            ]
        if m.registered_on:
            lines.append(self.tr("Registered: {day}").format(day=day(m.registered_on, lang)))
        if m.merged_into:
            lines.append(self.tr("Merged into member {id}").format(id=m.merged_into))
        if page.merged_from:
            merged = ", ".join(page.merged_from)
            lines.append(self.tr("Merged into this member: {ids}").format(ids=merged))
        return "\n".join(lines)

    def _consent_text(self, page: MemberPage) -> str:
        at = page.member.consent_at
        if at is None:
            return self.tr("Consent to personal data: not given")
        at = at.astimezone(self._clock().tzinfo)  # stored in UTC, shown in the store's time
        when = day(at.date(), self._language) + at.strftime(" %H:%M")
        return self.tr("Consent to personal data: given on {when}").format(when=when)

    def _standing_text(self, page: MemberPage) -> str:
        s, lang = page.standing, self._language
        lines = [
            self.tr("Balance: {balance} points (spendable {spendable}, pending {pending})").format(
                balance=points(s.balance, lang),
                spendable=points(s.spendable, lang),
                pending=points(s.pending, lang),
            ),
            self.tr("Tier: {tier}, discount {percent} %").format(
                tier=s.tier.name, percent=format_percent(s.discount_percent)
            ),
        ]
        if s.next_tier is not None and s.to_next_tier is not None:
            more = self.tr("{amount} more to {tier}")
            lines.append(more.format(amount=money(s.to_next_tier, lang), tier=s.next_tier.name))
        if s.membership_until is not None:
            text = self.tr("Club membership until {day}")
            lines.append(text.format(day=day(s.membership_until, lang)))
        for when, count in s.expiring:
            text = self.tr("{points} points expire on {day}")
            lines.append(text.format(points=points(count, lang), day=day(when, lang)))
        return "\n".join(lines)
