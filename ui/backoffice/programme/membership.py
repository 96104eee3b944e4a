"""Paid club membership: a fee buys a period of better terms (extra discount and points)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QWidget

from ui.backoffice.programme.fields import Section, money_text


class MembershipSection(Section):
    """Whether the club is sold, its fee and period, and the extra terms it gives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offered = QCheckBox(self.tr("Sell a paid club membership"), self)
        self.offered.setObjectName("membership.offered")
        self.offered.toggled.connect(self._on_offered_toggled)
        self.fee = self.money_edit("membership.fee", "990.00")
        self.period = self.count_spin("membership.period_days", 3650, 1)
        self.extra_discount = self.percent_edit("membership.extra_discount_percent")
        self.extra_earn = self.percent_edit("membership.extra_earn_percent")
        form = QFormLayout(self)
        form.addRow(self.offered)
        form.addRow(self.tr("Fee"), self.noted("membership.fee", self.fee))
        form.addRow(self.tr("Period, days"), self.noted("membership.period_days", self.period))
        form.addRow(
            self.tr("Extra discount, %"),
            self.noted("membership.extra_discount_percent", self.extra_discount),
        )
        form.addRow(
            self.tr("Extra points, % of the check"),
            self.noted("membership.extra_earn_percent", self.extra_earn),
        )
        self._on_offered_toggled(False)

    def load(self, data: dict[str, Any]) -> None:
        """Show the membership of the programme data (blank terms when none is sold)."""
        plan = data.get("membership")
        self.offered.setChecked(plan is not None)
        plan = plan or {
            "fee": "",
            "period_days": 365,
            "extra_discount_percent": "0",
            "extra_earn_percent": "0",
        }
        self.fee.setText(str(plan["fee"]))
        self.period.setValue(int(plan["period_days"]))
        self.extra_discount.setText(str(plan["extra_discount_percent"]))
        self.extra_earn.setText(str(plan["extra_earn_percent"]))
        self._on_offered_toggled(plan is not None and self.offered.isChecked())

    def collect(self, data: dict[str, Any]) -> None:
        """Write the membership as typed (nothing when the club is not sold)."""
        data.pop("membership", None)
        if self.offered.isChecked():
            data["membership"] = {
                "fee": money_text(self.fee),
                "period_days": self.period.value(),
                "extra_discount_percent": self.extra_discount.text().strip(),
                "extra_earn_percent": self.extra_earn.text().strip(),
            }

    def _on_offered_toggled(self, checked: bool) -> None:
        for widget in (self.fee, self.period, self.extra_discount, self.extra_earn):
            widget.setEnabled(checked)
        self.edited.emit()
