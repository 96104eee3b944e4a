"""Expiry and activation: how long points last, and after how many days they can be spent."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QWidget

from ui.backoffice.programme.fields import Section, intro


class ExpirySection(Section):
    """expire_after_days (0: never) and activation_days (0: at once)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expire_after = self.count_spin("expire_after_days", 3650)
        self.expire_after.setSpecialValueText(self.tr("never"))
        self.activation = self.count_spin("activation_days", 365)
        self.activation.setSpecialValueText(self.tr("at once"))
        form = QFormLayout(self)
        form.addRow(
            intro(
                self.tr(
                    "Points credited on day d are gone on day d + expiry and can be spent "
                    "from day d + activation (the return window)."
                ),
                self,
            )
        )
        form.addRow(
            self.tr("Points expire after, days"),
            self.noted("expire_after_days", self.expire_after),
        )
        form.addRow(
            self.tr("Points can be spent after, days"),
            self.noted("activation_days", self.activation),
        )

    def load(self, data: dict[str, Any]) -> None:
        """Show the expiry settings of the programme data."""
        self.expire_after.setValue(int(data["expire_after_days"]))
        self.activation.setValue(int(data["activation_days"]))

    def collect(self, data: dict[str, Any]) -> None:
        """Write the expiry settings as chosen."""
        data["expire_after_days"] = self.expire_after.value()
        data["activation_days"] = self.activation.value()
