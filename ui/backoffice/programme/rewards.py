"""Rewards: goods a member takes for points, each a row of the catalogue table.

A row is a reward's id (kept from version to version: the ledger and the stock count by it),
its name, its price in points, its stock ("no stock": as many as asked for), each terminal's
offline share of that stock, and the first and last day it is offered ("—": no limit). The
domain reads the rows (`pos_loyalty.domain.rewards_catalogue`) and names the field of any
refusal, which shows under it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.rewards_catalogue import MAX_REWARD_POINTS
from ui.backoffice.programme.fields import Section, day_of, intro

NO_DAY = QDate(2000, 1, 1)
"""The date edit's minimum, shown as "—": the reward is not limited on that side."""
MAX_COUNT = 1_000_000_000


@dataclass(frozen=True, slots=True)
class RewardRow:
    """The fields of one reward."""

    id: QLineEdit
    name: QLineEdit
    points: QSpinBox
    stock: QSpinBox
    share: QSpinBox
    starts_on: QDateEdit
    ends_on: QDateEdit
    remove: QPushButton


class RewardsSection(Section):
    """The catalogue of rewards for points; rows are added at the bottom or removed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RewardRow] = []
        self._grid_box = QWidget(self)
        self._grid = QGridLayout(self._grid_box)
        self.add_button = QPushButton(self.tr("Add a reward"), self)
        self.add_button.setObjectName("addReward")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(
            intro(
                self.tr(
                    "Goods a member takes for points at the counter (Ctrl+R). The stock counts "
                    "what is given in all stores; offline, each counter gives at most its "
                    "share of it. Keep a reward's id when you change it: the stock counts by it."
                ),
                self,
            )
        )
        layout.addWidget(self._grid_box)
        layout.addWidget(self.noted("rewards", QLabel(self)))
        layout.addWidget(self.add_button)
        layout.addStretch(1)

    def load(self, data: dict[str, Any]) -> None:
        """Show the catalogue of the programme data."""
        self._set_rows([dict(r) for r in data.get("rewards", [])])

    def collect(self, data: dict[str, Any]) -> None:
        """Write the rewards as typed (no key at all for an empty catalogue)."""
        typed = self._typed()
        if typed:
            data["rewards"] = typed
        else:
            data.pop("rewards", None)

    def _typed(self) -> list[dict[str, Any]]:
        typed = []
        for row in self.rows:
            reward: dict[str, Any] = {
                "id": row.id.text().strip(),
                "name": row.name.text().strip(),
                "points": row.points.value(),
            }
            if row.stock.value() >= 0:
                reward["stock"] = row.stock.value()
            if row.share.value():
                reward["offline_share"] = row.share.value()
            for key, edit in (("starts_on", row.starts_on), ("ends_on", row.ends_on)):
                if edit.date() != NO_DAY:
                    reward[key] = day_of(edit.date()).isoformat()
            typed.append(reward)
        return typed

    def _set_rows(self, rewards: list[dict[str, Any]]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        self.forget("rewards[")
        self.rows = []
        titles = (
            self.tr("Id"),
            self.tr("Name"),
            self.tr("Points"),
            self.tr("Stock"),
            self.tr("Offline share"),
            self.tr("From"),
            self.tr("Until (included)"),
        )
        for column, title in enumerate(titles):
            self._grid.addWidget(QLabel(title, self._grid_box), 0, column)
        for i, reward in enumerate(rewards):
            self._add_row(i, reward)
        self.edited.emit()

    def _add_row(self, i: int, reward: dict[str, Any]) -> None:
        where = f"rewards[{i}]"
        key = self._text(f"{where}.id", str(reward.get("id", "")))
        name = self._text(f"{where}.name", str(reward.get("name", "")))
        points = self.count_spin(f"{where}.points", MAX_REWARD_POINTS, minimum=1)
        points.setValue(int(reward.get("points", 1)))
        stock = self.count_spin(f"{where}.stock", MAX_COUNT, minimum=-1)
        stock.setSpecialValueText(self.tr("no stock"))
        stock.setValue(-1 if reward.get("stock") is None else int(reward["stock"]))
        share = self.count_spin(f"{where}.offline_share", MAX_COUNT)
        share.setValue(int(reward.get("offline_share", 0)))
        first = self._day(f"{where}.starts_on", reward.get("starts_on"))
        last = self._day(f"{where}.ends_on", reward.get("ends_on"))
        remove = QPushButton(self.tr("Remove"), self._grid_box)
        remove.setObjectName(f"removeReward{i}")
        remove.clicked.connect(lambda: self._on_remove_clicked(i))
        fields = (
            ("id", key),
            ("name", name),
            ("points", points),
            ("stock", stock),
            ("offline_share", share),
            ("starts_on", first),
            ("ends_on", last),
        )
        for column, (field, edit) in enumerate(fields):
            self._grid.addWidget(self.noted(f"{where}.{field}", edit), i + 1, column)
        self._grid.addWidget(remove, i + 1, len(fields))
        self.rows.append(RewardRow(key, name, points, stock, share, first, last, remove))

    def _text(self, path: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self._grid_box)
        edit.setObjectName(path)
        edit.textChanged.connect(self._on_field_changed)
        return edit

    def _day(self, path: str, value: Any) -> QDateEdit:
        edit = QDateEdit(self._grid_box)
        edit.setObjectName(path)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DAY)
        edit.setSpecialValueText("—")
        if value:
            day = date.fromisoformat(str(value))
            edit.setDate(QDate(day.year, day.month, day.day))
        else:
            edit.setDate(NO_DAY)
        edit.dateChanged.connect(self._on_field_changed)
        return edit

    def _on_add_button_clicked(self) -> None:
        rewards = self._typed()
        rewards.append({"id": "", "name": "", "points": 100})
        self._set_rows(rewards)
        self.rows[-1].id.setFocus()

    def _on_remove_clicked(self, index: int) -> None:
        rewards = self._typed()
        del rewards[index]
        self._set_rows(rewards)
