"""Adding or removing points by hand: how many, the reason from the list, and a text.

The form checks what `bonuses.give_points` would refuse (no change, a bonus that removes
points, 'other' without a text) before anything is sent, and says which field to fix. It shows
the approval limit: above it the panel asks a second manager before the change is made.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.services.bonuses import BONUS_REASONS, ManualReason
from ui.dialogs.field_errors import FieldProblem, FormErrors

REASONS = (
    (ManualReason.REVIEW, QT_TRANSLATE_NOOP("PointsDialog", "Review of the store (adds)")),
    (ManualReason.COMPLAINT, QT_TRANSLATE_NOOP("PointsDialog", "Making up for a complaint (adds)")),
    (ManualReason.CORRECTION, QT_TRANSLATE_NOOP("PointsDialog", "Correction (adds or removes)")),
    (ManualReason.OTHER, QT_TRANSLATE_NOOP("PointsDialog", "Other: say why below")),
)
MAX_POINTS = 10_000_000


class PointsDialog(QDialog):
    """Points to add (positive) or remove (negative), with a reason; emits `submitted`."""

    submitted = Signal(int, str, str)

    def __init__(self, member_name: str, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pointsDialog")
        self.setWindowTitle(self.tr("Points for {name}").format(name=member_name))
        self.limit = limit
        self.errors = FormErrors(self)
        form = QFormLayout()
        self.points_edit = QLineEdit(self)
        self.points_edit.setObjectName("points")
        self.points_edit.setPlaceholderText(self.tr("50 adds, -50 removes"))
        form.addRow(self.tr("Points"), self.errors.wrap("points", self.points_edit))
        self.reason_box = QComboBox(self)
        self.reason_box.setObjectName("reason")
        for reason, label in REASONS:
            self.reason_box.addItem(
                QCoreApplication.translate("PointsDialog", str(label)), reason.value
            )
        form.addRow(self.tr("Reason"), self.errors.wrap("reason", self.reason_box))
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("text")
        form.addRow(self.tr("Why"), self.errors.wrap("text", self.text_edit))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = self.tr("More than {limit} points either way needs a second manager's PIN.")
        self.limit_label = QLabel(note.format(limit=limit), self)
        self.limit_label.setWordWrap(True)
        layout.addWidget(self.limit_label)
        layout.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def choose(self, reason: ManualReason) -> None:
        """Select a reason from the list."""
        self.reason_box.setCurrentIndex(self.reason_box.findData(reason.value))

    def error(self, name: str = "") -> str:
        """The note shown under field `name` ("" for the whole form)."""
        return self.errors.error(name)

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        reason = ManualReason(self.reason_box.currentData())
        text = " ".join(self.text_edit.text().split())
        count = self._points()
        problem = self._problem(count, reason, text)
        if problem is not None:
            self.errors.show(problem)
            return
        assert count is not None
        self.buttons.setEnabled(False)
        self.submitted.emit(count, reason.value, text)

    def _points(self) -> int | None:
        text = self.points_edit.text().strip().replace(" ", "").replace("\u00a0", "")
        try:
            return int(text)
        except ValueError:
            return None

    def _problem(self, count: int | None, reason: ManualReason, text: str) -> FieldProblem | None:
        if count is None or count == 0 or abs(count) > MAX_POINTS:
            return FieldProblem("points", self.tr("Type a whole number like 50 or -50, not 0."))
        if reason in BONUS_REASONS and count < 0:
            note = self.tr("This reason only adds points: to remove points choose Correction.")
            return FieldProblem("reason", note)
        if reason == ManualReason.OTHER and not text:
            return FieldProblem("text", self.tr("Say why, for the reason Other."))
        return None

    def show_refusal(self, message: str) -> None:
        """Show why the change was not made; allow another try."""
        self.buttons.setEnabled(True)
        self.errors.show(FieldProblem("", message))
