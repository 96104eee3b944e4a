"""Bonuses for actions: welcome, birthday (its window and how soon it expires), referral."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QWidget

from ui.backoffice.programme.fields import Section

_FIELDS = (
    "welcome",
    "birthday",
    "birthday_window_days",
    "birthday_expire_days",
    "referral_referrer",
    "referral_newcomer",
)


class BonusesSection(Section):
    """The points given for registering, a birthday and bringing a friend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins = {name: self.count_spin(f"bonuses.{name}") for name in _FIELDS}
        self.spins["birthday_window_days"].setMaximum(183)
        labels = {
            "welcome": self.tr("Welcome bonus, points (once, at registration)"),
            "birthday": self.tr("Birthday bonus, points (once a year)"),
            "birthday_window_days": self.tr("Birthday window, days before and after"),
            "birthday_expire_days": self.tr("Birthday points expire after, days"),
            "referral_referrer": self.tr("Referral: the member who invited, points"),
            "referral_newcomer": self.tr("Referral: the newcomer, points"),
        }
        form = QFormLayout(self)
        for name in _FIELDS:
            form.addRow(labels[name], self.noted(f"bonuses.{name}", self.spins[name]))

    def load(self, data: dict[str, Any]) -> None:
        """Show the bonuses of the programme data."""
        bonuses = data.get("bonuses", {})
        for name, spin in self.spins.items():
            spin.setValue(int(bonuses.get(name, 0)))

    def collect(self, data: dict[str, Any]) -> None:
        """Write the bonuses as chosen."""
        data["bonuses"] = {name: spin.value() for name, spin in self.spins.items()}
