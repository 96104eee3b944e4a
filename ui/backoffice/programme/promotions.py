"""Promotions: a list, and the form of the one chosen; each is checked with the programme."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.backoffice.programme.fields import Problem, Section, explain
from ui.backoffice.programme.promotion_form import PromotionForm
from ui.dialogs.field_errors import ErrorLabel

_PATH = re.compile(r"promotions\[(\d+)\](?:\.(\w+))?")


class PromotionsSection(Section):
    """The programme's promotions; `today` is the first day of a new one."""

    def __init__(self, today: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.promotions: list[dict[str, Any]] = []
        self.list = QListWidget(self)
        self.list.setObjectName("promotionList")
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.form = PromotionForm(True, self)
        self.form.edited.connect(self._on_form_edited)
        self.general = ErrorLabel(self)
        self.general.setObjectName("note_promotions")
        self.add_button = QPushButton(self.tr("Add a promotion"), self)
        self.add_button.setObjectName("addPromotion")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove it"), self)
        self.remove_button.setObjectName("removePromotion")
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(self.form, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.general)
        self._show_form()

    def set_tiers(self, names: list[str]) -> None:
        """The tiers a promotion may be for."""
        self.form.set_tiers(names)

    def load(self, data: dict[str, Any]) -> None:
        """Show the promotions of the programme data."""
        self.promotions = [dict(p) for p in data.get("promotions", [])]
        self._refill(0 if self.promotions else -1)

    def collect(self, data: dict[str, Any]) -> None:
        """Write the promotions as typed."""
        data["promotions"] = [dict(p) for p in self.promotions]

    def select(self, index: int) -> None:
        """Show promotion `index` in the form."""
        self.list.setCurrentRow(index)

    def local_problems(self) -> list[Problem]:
        """The unreadable amounts of the promotion shown, named with its index."""
        row = self.list.currentRow()
        if row < 0:
            return []
        return [(f"promotions[{row}].{f}", m) for f, m in self.form.local_problems()]

    def show_problem(self, path: str, message: str) -> bool:
        """Show a promotion's problem under its field (if shown) and beside it in the list."""
        if not path.startswith("promotions"):
            return False
        found = _PATH.fullmatch(path)
        index = int(found.group(1)) if found else -1
        if 0 <= index < self.list.count():
            item = self.list.item(index)
            item.setForeground(QBrush(QColor("#b00020")))
            item.setToolTip(explain(message))
        field = found.group(2) if found else None
        if index == self.list.currentRow() and field and self.form.show_problem(field, message):
            return True
        name = self.promotions[index]["name"] if 0 <= index < len(self.promotions) else ""
        self.general.show_error(
            self.tr("Promotion {n} ({name}): {problem}").format(
                n=index + 1, name=name, problem=explain(message)
            ),
            message,
        )
        return True

    def clear_problems(self) -> None:
        """Hide every note and unmark the list."""
        self.form.clear_problems()
        self.general.clear_error()
        for i in range(self.list.count()):
            self.list.item(i).setForeground(QBrush())
            self.list.item(i).setToolTip("")

    def _refill(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for promo in self.promotions:
            self.list.addItem(self._title(promo))
        self.list.blockSignals(False)
        self.list.setCurrentRow(current)
        self._show_form()
        self.edited.emit()

    def _title(self, promo: dict[str, Any]) -> str:
        return str(promo.get("name") or promo.get("code") or self.tr("(no name)"))

    def _show_form(self) -> None:
        row = self.list.currentRow()
        self.form.setVisible(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        if row >= 0:
            self.form.load(self.promotions[row])

    def _on_list_current_row_changed(self, _row: int) -> None:
        self._show_form()
        self.edited.emit()

    def _on_form_edited(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.promotions[row] = self.form.data()
        self.list.item(row).setText(self._title(self.promotions[row]))
        self.edited.emit()

    def _on_add_button_clicked(self) -> None:
        codes = {p.get("code") for p in self.promotions}
        n = len(self.promotions) + 1
        while f"promo{n}" in codes:
            n += 1
        self.promotions.append(
            {
                "code": f"promo{n}",
                "name": self.tr("New promotion"),
                "starts_on": self._today.isoformat(),
                "ends_on": (self._today + timedelta(days=30)).isoformat(),
                "effect": "earn_multiplier",
                "target": "everyone",
                "multiplier": "2",
            }
        )
        self._refill(len(self.promotions) - 1)
        self.form.name.setFocus()
        self.form.name.selectAll()

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self.promotions[row]
            self._refill(min(row, len(self.promotions) - 1))
