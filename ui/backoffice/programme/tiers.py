"""Tiers: a name, the spend that reaches it, its discount and its points; thresholds rise."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.backoffice.programme.fields import Section, intro, money_text

_KEYS = ("name", "threshold", "discount_percent", "earn_percent")


@dataclass(frozen=True, slots=True)
class TierRow:
    """The fields of one tier."""

    name: QLineEdit
    threshold: QLineEdit
    discount: QLineEdit
    earn: QLineEdit
    remove: QPushButton


class TiersSection(Section):
    """The tiers, lowest first; a row can be added at the bottom or removed (not the last)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TierRow] = []
        self._grid_box = QWidget(self)
        self._grid = QGridLayout(self._grid_box)
        self.add_button = QPushButton(self.tr("Add a tier"), self)
        self.add_button.setObjectName("addTier")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(
            intro(
                self.tr(
                    "Members reach a tier by what they paid over the tier window. The first "
                    "tier starts at 0; each next one needs more spend."
                ),
                self,
            )
        )
        layout.addWidget(self._grid_box)
        layout.addWidget(self.noted("tiers", QLabel(self)))
        layout.addWidget(self.add_button)
        layout.addStretch(1)

    def load(self, data: dict[str, Any]) -> None:
        """Show the tiers of the programme data."""
        self._set_rows([{k: str(t.get(k, "0")) for k in _KEYS} for t in data["tiers"]])

    def collect(self, data: dict[str, Any]) -> None:
        """Write the tiers as typed."""
        data["tiers"] = self._typed()

    def _typed(self) -> list[dict[str, str]]:
        return [
            {
                "name": row.name.text().strip(),
                "threshold": money_text(row.threshold),
                "discount_percent": row.discount.text().strip(),
                "earn_percent": row.earn.text().strip(),
            }
            for row in self.rows
        ]

    def _set_rows(self, tiers: list[dict[str, str]]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        self.forget("tiers[")
        self.rows = []
        titles = (
            self.tr("Tier"),
            self.tr("From spend"),
            self.tr("Discount, %"),
            self.tr("Points, %"),
        )
        for column, title in enumerate(titles):
            self._grid.addWidget(QLabel(title, self._grid_box), 0, column)
        for i, tier in enumerate(tiers):
            self._add_row(i, tier)
        self.edited.emit()

    def _add_row(self, i: int, tier: dict[str, str]) -> None:
        name = QLineEdit(tier["name"], self._grid_box)
        name.setObjectName(f"tiers[{i}].name")
        name.textChanged.connect(self._on_field_changed)
        threshold = self.money_edit(f"tiers[{i}].threshold")
        discount = self.percent_edit(f"tiers[{i}].discount_percent")
        earn = self.percent_edit(f"tiers[{i}].earn_percent")
        for edit, key in (
            (threshold, "threshold"),
            (discount, "discount_percent"),
            (earn, "earn_percent"),
        ):
            edit.setText(tier[key])
        remove = QPushButton(self.tr("Remove"), self._grid_box)
        remove.setObjectName(f"removeTier{i}")
        remove.clicked.connect(lambda: self._on_remove_clicked(i))
        fields = (
            ("name", name),
            ("threshold", threshold),
            ("discount_percent", discount),
            ("earn_percent", earn),
        )
        for column, (key, edit) in enumerate(fields):
            self._grid.addWidget(self.noted(f"tiers[{i}].{key}", edit), i + 1, column)
        self._grid.addWidget(remove, i + 1, len(fields))
        self.rows.append(TierRow(name, threshold, discount, earn, remove))
        for row in self.rows:
            row.remove.setEnabled(len(self.rows) > 1)

    def _on_add_button_clicked(self) -> None:
        tiers = self._typed()
        tiers.append({"name": "", "threshold": "", "discount_percent": "0", "earn_percent": "0"})
        self._set_rows(tiers)
        self.rows[-1].name.setFocus()

    def _on_remove_clicked(self, index: int) -> None:
        tiers = self._typed()
        if len(tiers) > 1:
            del tiers[index]
            self._set_rows(tiers)
