"""Percentages and caps: the discount cap, how much of a check points may pay, the point's
value, the smallest check points pay for, and the window of spend that sets the tier."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QWidget

from ui.backoffice.programme.fields import Section, intro, money_text


class CapsSection(Section):
    """max_discount_percent, max_redeem_percent, min_check_for_redeem, point_value, window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_discount = self.percent_edit("max_discount_percent", "100")
        self.max_redeem = self.percent_edit("max_redeem_percent", "50")
        self.min_check = self.money_edit("min_check_for_redeem")
        self.point_value = self.money_edit("point_value", "1.00")
        self.tier_window = self.count_spin("tier_window_days", 3650, 1)
        form = QFormLayout(self)
        form.addRow(intro(self.tr("Percentages are of the check; amounts like 1234.50."), self))
        form.addRow(
            self.tr("Discount at most, % (tier + promotions + club)"),
            self.noted("max_discount_percent", self.max_discount),
        )
        form.addRow(
            self.tr("Points pay at most, % of the discountable part"),
            self.noted("max_redeem_percent", self.max_redeem),
        )
        form.addRow(
            self.tr("Points pay only for checks from"),
            self.noted("min_check_for_redeem", self.min_check),
        )
        form.addRow(self.tr("One point is worth"), self.noted("point_value", self.point_value))
        form.addRow(
            self.tr("Tier spend counts over, days"),
            self.noted("tier_window_days", self.tier_window),
        )

    def load(self, data: dict[str, Any]) -> None:
        """Show the caps of the programme data."""
        self.max_discount.setText(str(data["max_discount_percent"]))
        self.max_redeem.setText(str(data["max_redeem_percent"]))
        self.min_check.setText(str(data["min_check_for_redeem"]))
        self.point_value.setText(str(data["point_value"]))
        self.tier_window.setValue(int(data["tier_window_days"]))

    def collect(self, data: dict[str, Any]) -> None:
        """Write the caps as typed."""
        data["max_discount_percent"] = self.max_discount.text().strip()
        data["max_redeem_percent"] = self.max_redeem.text().strip()
        data["min_check_for_redeem"] = money_text(self.min_check)
        data["point_value"] = money_text(self.point_value)
        data["tier_window_days"] = self.tier_window.value()
