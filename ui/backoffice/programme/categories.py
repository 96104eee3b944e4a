"""Exclusions by category: lines of a category get no discount, earn no points, or neither."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.backoffice.programme.fields import Section, intro

RULES = (
    ("no_discount", QT_TRANSLATE_NOOP("CategoriesSection", "no discount (nor paid with points)")),
    ("no_earn", QT_TRANSLATE_NOOP("CategoriesSection", "no points earned")),
    ("neither", QT_TRANSLATE_NOOP("CategoriesSection", "neither discount nor points")),
)
"""The exclusions a category can have, as the `rule` keys this section uses."""


class CategoriesSection(Section):
    """A table of categories, each with its exclusion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("categories")
        self.table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Excluded from")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self._on_field_changed)
        add = QPushButton(self.tr("Add a category"), self)
        add.setObjectName("addCategory")
        add.clicked.connect(self._on_add_clicked)
        remove = QPushButton(self.tr("Remove the selected category"), self)
        remove.setObjectName("removeCategory")
        remove.clicked.connect(self._on_remove_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            intro(
                self.tr(
                    "Categories are typed at the counter with each line (tobacco, gift_card). "
                    "Lines of other categories get the discount and earn points."
                ),
                self,
            )
        )
        layout.addWidget(self.noted("no_discount_categories", self.table))
        layout.addLayout(buttons)

    def add_row(self, category: str, rule: str) -> None:
        """Add a category with its exclusion (`no_discount`, `no_earn` or `neither`)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(category))
        box = QComboBox(self.table)
        for key, text in RULES:
            box.addItem(QCoreApplication.translate("CategoriesSection", str(text)), key)
        box.setCurrentIndex(max(0, box.findData(rule)))
        box.currentIndexChanged.connect(self._on_field_changed)
        self.table.setCellWidget(row, 1, box)
        self.edited.emit()

    def rules(self) -> dict[str, str]:
        """The categories typed and their exclusions (blank rows left out)."""
        found = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = item.text().strip() if item is not None else ""
            box = self.table.cellWidget(row, 1)
            if name and isinstance(box, QComboBox):
                found[name] = str(box.currentData())
        return found

    def load(self, data: dict[str, Any]) -> None:
        """Show the excluded categories of the programme data."""
        no_discount = set(data.get("no_discount_categories", []))
        no_earn = set(data.get("no_earn_categories", []))
        self.table.setRowCount(0)
        for name in sorted(no_discount | no_earn):
            both = name in no_discount and name in no_earn
            self.add_row(
                name, "neither" if both else "no_discount" if name in no_discount else "no_earn"
            )

    def collect(self, data: dict[str, Any]) -> None:
        """Write the two lists of excluded categories."""
        rules = self.rules()
        data["no_discount_categories"] = sorted(
            n for n, r in rules.items() if r in ("no_discount", "neither")
        )
        data["no_earn_categories"] = sorted(
            n for n, r in rules.items() if r in ("no_earn", "neither")
        )

    def _on_add_clicked(self) -> None:
        self.add_row("", "no_discount")
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        item = self.table.item(self.table.rowCount() - 1, 0)
        if item is not None:
            self.table.editItem(item)

    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()
