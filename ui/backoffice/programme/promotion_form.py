"""The form of one promotion or personal offer: its days and hours, whom it is for, its effect.

The form reads and writes the promotion's plain data (the form `promotion_to_dict` writes):
dates as ISO text, hours as "HH:MM", money and percentages as the text typed, so the domain's
reader is the one that decides what is valid. Its notes are keyed by the bare field name
(`ends_on`, `multiplier`); the owner knows which promotion the form shows.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from ui.backoffice.programme.fields import Section, day_of, money_text

TARGETS = (
    ("everyone", QT_TRANSLATE_NOOP("PromotionForm", "everyone")),
    ("tier", QT_TRANSLATE_NOOP("PromotionForm", "members of a tier")),
    ("inactive", QT_TRANSLATE_NOOP("PromotionForm", "members with no purchase for some days")),
    ("birthday", QT_TRANSLATE_NOOP("PromotionForm", "members in their birthday window")),
    ("member", QT_TRANSLATE_NOOP("PromotionForm", "one member (a personal offer)")),
)
EFFECTS = (
    ("earn_multiplier", QT_TRANSLATE_NOOP("PromotionForm", "multiply the points earned")),
    ("extra_discount", QT_TRANSLATE_NOOP("PromotionForm", "an extra discount")),
    ("fixed_bonus", QT_TRANSLATE_NOOP("PromotionForm", "bonus points for a check from an amount")),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("PromotionForm", "Mon"),
    QT_TRANSLATE_NOOP("PromotionForm", "Tue"),
    QT_TRANSLATE_NOOP("PromotionForm", "Wed"),
    QT_TRANSLATE_NOOP("PromotionForm", "Thu"),
    QT_TRANSLATE_NOOP("PromotionForm", "Fri"),
    QT_TRANSLATE_NOOP("PromotionForm", "Sat"),
    QT_TRANSLATE_NOOP("PromotionForm", "Sun"),
)


def _combo(parent: QWidget, name: str, items: tuple[tuple[str, object], ...]) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    for key, text in items:
        box.addItem(QCoreApplication.translate("PromotionForm", str(text)), key)
    return box


class PromotionForm(Section):
    """Edits one promotion's plain data; `with_target=False` for a personal offer."""

    def __init__(self, with_target: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._member_id = ""  # kept as loaded: a member is chosen by card, in Personal offers
        self.code = self._line("code")
        self.name = self._line("name")
        self.starts_on = self._date("starts_on")
        self.ends_on = self._date("ends_on")
        self.weekdays = [
            QCheckBox(QCoreApplication.translate("PromotionForm", str(d)), self) for d in WEEKDAYS
        ]
        self.hours_on = QCheckBox(self.tr("only from"), self)
        self.hours_on.setObjectName("hours_on")
        self.hour_from, self.hour_to = self._time("hour_from"), self._time("hour_to")
        self.target = _combo(self, "target", TARGETS)
        self.tier = QComboBox(self)
        self.tier.setObjectName("tier")
        self.tier.setEditable(True)
        self.inactive_days = self.count_spin("inactive_days", 3650)
        self.effect = _combo(self, "effect", EFFECTS)
        self.multiplier = self.percent_edit("multiplier", "2")
        self.extra_discount = self.percent_edit("extra_discount_percent", "5")
        self.bonus_points = self.count_spin("bonus_points")
        self.min_check = self.money_edit("min_check", "3000.00")
        self.single_use = QCheckBox(self.tr("good for one purchase only"), self)
        self.single_use.setObjectName("single_use")
        for box in (*self.weekdays, self.hours_on, self.single_use):
            box.toggled.connect(self._on_field_changed)
        for combo in (self.target, self.tier, self.effect):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        self.tier.editTextChanged.connect(self._on_field_changed)
        self._form = self._layout(with_target)
        self._with_target = with_target
        if not with_target:  # an offer is for the member it is given to
            self.target.hide()
            self.tier.hide()
            self.inactive_days.hide()
        self._on_choice_changed()

    def _layout(self, with_target: bool) -> QFormLayout:
        form = QFormLayout(self)
        form.addRow(self.tr("Code"), self.noted("code", self.code))
        form.addRow(self.tr("Name (shown to the cashier)"), self.noted("name", self.name))
        form.addRow(self.tr("From"), self.noted("starts_on", self.starts_on))
        form.addRow(self.tr("Until (included)"), self.noted("ends_on", self.ends_on))
        days = QHBoxLayout()
        for box in self.weekdays:
            days.addWidget(box)
        form.addRow(self.tr("On (none: every day)"), self.noted("weekdays", self._row(days)))
        hours = QHBoxLayout()
        for widget in (self.hours_on, self.hour_from, self.hour_to):
            hours.addWidget(widget)
        form.addRow(self.tr("Hours (to excluded)"), self.noted("hours", self._row(hours)))
        if with_target:
            form.addRow(self.tr("For"), self.noted("target", self.target))
            form.addRow(self.tr("Tier"), self.noted("tier", self.tier))
            form.addRow(
                self.tr("No purchase for, days"), self.noted("inactive_days", self.inactive_days)
            )
        form.addRow(self.tr("Effect"), self.noted("effect", self.effect))
        form.addRow(self.tr("Points multiplied by"), self.noted("multiplier", self.multiplier))
        form.addRow(
            self.tr("Extra discount, %"), self.noted("extra_discount_percent", self.extra_discount)
        )
        form.addRow(self.tr("Bonus, points"), self.noted("bonus_points", self.bonus_points))
        form.addRow(self.tr("For checks from"), self.noted("min_check", self.min_check))
        form.addRow(self.single_use)
        return form

    def _row(self, layout: QHBoxLayout) -> QWidget:
        box = QWidget(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box.setLayout(layout)
        return box

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

    def _time(self, name: str) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        edit.timeChanged.connect(self._on_field_changed)
        return edit

    def set_tiers(self, names: list[str]) -> None:
        """Offer these tier names to choose from (the one typed is kept)."""
        if [self.tier.itemText(i) for i in range(self.tier.count())] == names:
            return  # unchanged: leave what is being typed alone
        typed = self.tier.currentText()
        self.tier.blockSignals(True)
        self.tier.clear()
        self.tier.addItems(names)
        self.tier.setEditText(typed)
        self.tier.blockSignals(False)

    def load(self, data: dict[str, Any]) -> None:
        """Show one promotion's plain data."""
        self._loading = True
        self.code.setText(str(data.get("code", "")))
        self.name.setText(str(data.get("name", "")))
        self.starts_on.setDate(QDate(date.fromisoformat(str(data["starts_on"]))))
        self.ends_on.setDate(QDate(date.fromisoformat(str(data["ends_on"]))))
        days = set(data.get("weekdays", []))
        for i, box in enumerate(self.weekdays):
            box.setChecked(i in days)
        hours = data.get("hours")
        self.hours_on.setChecked(bool(hours))
        start, end = (time.fromisoformat(h) for h in hours) if hours else (time(8), time(11))
        self.hour_from.setTime(QTime(start.hour, start.minute))
        self.hour_to.setTime(QTime(end.hour, end.minute))
        self.target.setCurrentIndex(max(0, self.target.findData(data.get("target", "everyone"))))
        self.tier.setEditText(str(data.get("tier", "")))
        self._member_id = str(data.get("member_id", ""))
        self.inactive_days.setValue(int(data.get("inactive_days", 0)))
        self.effect.setCurrentIndex(max(0, self.effect.findData(data.get("effect"))))
        self.multiplier.setText(str(data.get("multiplier", "2")))
        self.extra_discount.setText(str(data.get("extra_discount_percent", "5")))
        self.bonus_points.setValue(int(data.get("bonus_points", 100)))
        self.min_check.setText(str(data.get("min_check", "0.00")))
        self.single_use.setChecked(bool(data.get("single_use", False)))
        self._loading = False
        self._on_choice_changed()

    def data(self) -> dict[str, Any]:
        """The promotion as typed, in the plain-data form."""
        out: dict[str, Any] = {
            "code": self.code.text().strip(),
            "name": self.name.text().strip(),
            "starts_on": day_of(self.starts_on.date()).isoformat(),
            "ends_on": day_of(self.ends_on.date()).isoformat(),
            "effect": self.effect.currentData(),
            "target": self.target.currentData() if self._with_target else "member",
        }
        days = [i for i, box in enumerate(self.weekdays) if box.isChecked()]
        if days:
            out["weekdays"] = days
        if self.hours_on.isChecked():
            out["hours"] = [
                self.hour_from.time().toString("HH:mm"),
                self.hour_to.time().toString("HH:mm"),
            ]
        if out["target"] == "tier":
            out["tier"] = self.tier.currentText().strip()
        if out["target"] == "inactive":
            out["inactive_days"] = self.inactive_days.value()
        if out["target"] == "member" and self._member_id:
            out["member_id"] = self._member_id
        out.update(self._effect_data(out["effect"]))
        if self.single_use.isChecked():
            out["single_use"] = True
        return out

    def _effect_data(self, effect: str) -> dict[str, Any]:
        if effect == "earn_multiplier":
            return {"multiplier": self.multiplier.text().strip()}
        if effect == "extra_discount":
            return {"extra_discount_percent": self.extra_discount.text().strip()}
        return {"bonus_points": self.bonus_points.value(), "min_check": money_text(self.min_check)}

    def collect(self, data: dict[str, Any]) -> None:
        """Write the promotion as typed into `data`."""
        data.update(self.data())

    def _on_choice_changed(self, *_args: object) -> None:
        target, effect = self.target.currentData(), self.effect.currentData()
        if target == "tier" and not self.tier.currentText() and self.tier.count():
            self.tier.setCurrentIndex(0)
        shown = {
            self.tier: self._with_target and target == "tier",
            self.inactive_days: self._with_target and target == "inactive",
            self.multiplier: effect == "earn_multiplier",
            self.extra_discount: effect == "extra_discount",
            self.bonus_points: effect == "fixed_bonus",
            self.min_check: effect == "fixed_bonus",
        }
        for widget, visible in shown.items():
            widget.setEnabled(visible)
            box = widget.parentWidget()
            if (
                box is not None and box is not self
            ):  # tier and inactive_days are not on an offer's form
                self._form.setRowVisible(box, visible)
        self.hour_from.setEnabled(self.hours_on.isChecked())
        self.hour_to.setEnabled(self.hours_on.isChecked())
        self._on_field_changed()

    def _on_field_changed(self, *_args: object) -> None:
        if not self._loading:
            self.hour_from.setEnabled(self.hours_on.isChecked())
            self.hour_to.setEnabled(self.hours_on.isChecked())
            self.edited.emit()
