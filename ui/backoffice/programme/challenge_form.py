"""The form of one challenge: its days, what it asks for and its bonus.

The form reads and writes the challenge's plain data (the form `challenge_to_dict` writes):
dates as ISO text, money as the text typed, so the domain's reader decides what is valid. Its
notes are keyed by the bare field name (`purchases`, `spend`); the owner knows which challenge
the form shows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLineEdit, QWidget

from ui.backoffice.programme.fields import Section, day_of, money_text

KINDS = (
    ("purchases", QT_TRANSLATE_NOOP("ChallengeForm", "a number of purchases within a period")),
    ("category_spend", QT_TRANSLATE_NOOP("ChallengeForm", "an amount spent in a category")),
)


class ChallengeForm(Section):
    """Edits one challenge's plain data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.code = self._line("code")
        self.name = self._line("name")
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for key, text in KINDS:
            self.kind.addItem(QCoreApplication.translate("ChallengeForm", str(text)), key)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.starts_on = self._date("starts_on")
        self.ends_on = self._date("ends_on")
        self.purchases = self.count_spin("purchases", 1000, 1)
        self.min_check = self.money_edit("min_check", "300.00")
        self.period_days = self.count_spin("period_days", 3650, 1)
        self.category = self._line("category")
        self.spend = self.money_edit("spend", "3000.00")
        self.bonus_points = self.count_spin("bonus_points", 100_000, 1)
        self._form = self._layout()
        self._on_kind_changed()

    def _layout(self) -> QFormLayout:
        form = QFormLayout(self)
        form.addRow(self.tr("Code"), self.noted("code", self.code))
        form.addRow(self.tr("Name (shown to the customer)"), self.noted("name", self.name))
        form.addRow(self.tr("Goal"), self.noted("kind", self.kind))
        form.addRow(self.tr("From"), self.noted("starts_on", self.starts_on))
        form.addRow(self.tr("Until (included)"), self.noted("ends_on", self.ends_on))
        form.addRow(self.tr("Purchases"), self.noted("purchases", self.purchases))
        form.addRow(self.tr("Each of at least"), self.noted("min_check", self.min_check))
        form.addRow(self.tr("Within, days"), self.noted("period_days", self.period_days))
        form.addRow(self.tr("Category"), self.noted("category", self.category))
        form.addRow(self.tr("Spend"), self.noted("spend", self.spend))
        form.addRow(self.tr("Bonus, points"), self.noted("bonus_points", self.bonus_points))
        return form

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.textChanged.connect(self._on_field_changed)
        return edit

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self._on_field_changed)
        return edit

    def load(self, data: dict[str, Any]) -> None:
        """Show one challenge's plain data."""
        self._loading = True
        self.code.setText(str(data.get("code", "")))
        self.name.setText(str(data.get("name", "")))
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.get("kind", "purchases"))))
        self.starts_on.setDate(QDate(date.fromisoformat(str(data["starts_on"]))))
        self.ends_on.setDate(QDate(date.fromisoformat(str(data["ends_on"]))))
        self.purchases.setValue(int(data.get("purchases", 5)))
        self.min_check.setText(str(data.get("min_check", "0.00")))
        self.period_days.setValue(int(data.get("period_days", 30)))
        self.category.setText(str(data.get("category", "")))
        self.spend.setText(str(data.get("spend", "3000.00")))
        self.bonus_points.setValue(int(data.get("bonus_points", 100)))
        self._loading = False
        self._on_kind_changed()

    def data(self) -> dict[str, Any]:
        """The challenge as typed, in the plain-data form."""
        kind = self.kind.currentData()
        out: dict[str, Any] = {
            "code": self.code.text().strip(),
            "name": self.name.text().strip(),
            "kind": kind,
            "starts_on": day_of(self.starts_on.date()).isoformat(),
            "ends_on": day_of(self.ends_on.date()).isoformat(),
        }
        if kind == "purchases":
            out["purchases"] = self.purchases.value()
            out["min_check"] = money_text(self.min_check)
            out["period_days"] = self.period_days.value()
        else:
            out["category"] = self.category.text().strip()
            out["spend"] = money_text(self.spend)
        out["bonus_points"] = self.bonus_points.value()
        return out

    def collect(self, data: dict[str, Any]) -> None:
        """Write the challenge as typed into `data`."""
        data.update(self.data())

    def _on_kind_changed(self, *_args: object) -> None:
        purchases = self.kind.currentData() == "purchases"
        for widget, shown in (
            (self.purchases, purchases),
            (self.min_check, purchases),
            (self.period_days, purchases),
            (self.category, not purchases),
            (self.spend, not purchases),
        ):
            widget.setEnabled(shown)
            box = widget.parentWidget()
            if box is not None and box is not self:
                self._form.setRowVisible(box, shown)
        self._on_field_changed()

    def _on_field_changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()
