"""The staff accounts in a table: name, role, active, locked until."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from pos_loyalty.domain.staff import Role, Staff

ROLE_TEXTS = {
    Role.CASHIER: QT_TRANSLATE_NOOP("StaffTable", "Cashier"),
    Role.MANAGER: QT_TRANSLATE_NOOP("StaffTable", "Manager"),
}


def role_text(role: Role) -> str:
    """The role as shown, in the language in force."""
    return QCoreApplication.translate("StaffTable", str(ROLE_TEXTS[role]))


class StaffTable(QTableWidget):
    """One row per account, by name; the selected row's account is `selected`."""

    def __init__(self) -> None:
        super().__init__(0, 4)
        self.setObjectName("staffTable")
        self.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Active"), self.tr("Locked until")]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.people: list[Staff] = []

    def show_people(self, people: list[Staff], now: datetime) -> None:
        """Fill the table, keeping the same account selected if it is still there."""
        keep = self.selected.id if self.selected else None
        self.people = people
        self.setRowCount(len(people))
        for row, person in enumerate(people):
            cells = [
                person.name,
                role_text(person.role),
                self.tr("yes") if person.active else self.tr("no"),
                self._locked_text(person, now),
            ]
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))
            if person.id == keep:
                self.selectRow(row)

    def _locked_text(self, person: Staff, now: datetime) -> str:
        if person.locked_until is None or person.locked_at(now) is None:
            return ""
        return person.locked_until.astimezone(now.tzinfo).strftime("%Y-%m-%d %H:%M:%S")

    @property
    def selected(self) -> Staff | None:
        """The account of the selected row, or None."""
        rows = self.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.people):
            return None
        return self.people[rows[0].row()]

    def select_name(self, name: str) -> None:
        """Select the account called `name`."""
        for row, person in enumerate(self.people):
            if person.name == name:
                self.selectRow(row)
                return

    def cell(self, name: str, column: int) -> str:
        """The text shown for `name` in `column` (0 name, 1 role, 2 active, 3 locked until)."""
        for row, person in enumerate(self.people):
            if person.name == name:
                item = self.item(row, column)
                return item.text() if item else ""
        raise KeyError(name)
