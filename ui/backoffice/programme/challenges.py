"""Challenges: a list, and the form of the one chosen; each is checked with the programme."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from ui.backoffice.programme.challenge_form import ChallengeForm
from ui.backoffice.programme.fields import Problem, Section, explain, intro
from ui.dialogs.field_errors import ErrorLabel

_PATH = re.compile(r"challenges\[(\d+)\](?:\.(\w+))?")


class ChallengesSection(Section):
    """The programme's challenges; `today` is the first day of a new one."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.challenges: list[dict[str, Any]] = []
        self.list = QListWidget(self)
        self.list.setObjectName("challengeList")
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.form = ChallengeForm(self)
        self.form.edited.connect(self._on_form_edited)
        self.general = ErrorLabel(self)
        self.general.setObjectName("note_challenges")
        self.add_button = QPushButton(self.tr("Add a challenge"), self)
        self.add_button.setObjectName("addChallenge")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove it"), self)
        self.remove_button.setObjectName("removeChallenge")
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(self.form, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(
            intro(
                self.tr(
                    "A challenge gives bonus points once a period to the member who reaches "
                    "its goal: a number of purchases within each period of so many days, or an "
                    "amount spent in a category between two dates."
                ),
                self,
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.general)
        self._show_form()

    def load(self, data: dict[str, Any]) -> None:
        """Show the challenges of the programme data."""
        self.challenges = [dict(c) for c in data.get("challenges", [])]
        self._refill(0 if self.challenges else -1)

    def collect(self, data: dict[str, Any]) -> None:
        """Write the challenges as typed (nothing when there are none)."""
        data.pop("challenges", None)
        if self.challenges:
            data["challenges"] = [dict(c) for c in self.challenges]

    def select(self, index: int) -> None:
        """Show challenge `index` in the form."""
        self.list.setCurrentRow(index)

    def local_problems(self) -> list[Problem]:
        """The unreadable amounts of the challenge shown, named with its index."""
        row = self.list.currentRow()
        if row < 0:
            return []
        return [(f"challenges[{row}].{f}", m) for f, m in self.form.local_problems()]

    def show_problem(self, path: str, message: str) -> bool:
        """Show a challenge's problem under its field (if shown) and beside it in the list."""
        if not path.startswith("challenges"):
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
        name = self.challenges[index].get("name", "") if 0 <= index < len(self.challenges) else ""
        self.general.show_error(
            self.tr("Challenge {n} ({name}): {problem}").format(
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
        for challenge in self.challenges:
            self.list.addItem(self._title(challenge))
        self.list.blockSignals(False)
        self.list.setCurrentRow(current)
        self._show_form()
        self.edited.emit()

    def _title(self, challenge: dict[str, Any]) -> str:
        return str(challenge.get("name") or challenge.get("code") or self.tr("(no name)"))

    def _show_form(self) -> None:
        row = self.list.currentRow()
        self.form.setVisible(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        if row >= 0:
            self.form.load(self.challenges[row])

    def _on_list_current_row_changed(self, _row: int) -> None:
        self._show_form()
        self.edited.emit()

    def _on_form_edited(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.challenges[row] = self.form.data()
        self.list.item(row).setText(self._title(self.challenges[row]))
        self.edited.emit()

    def _on_add_button_clicked(self) -> None:
        codes = {c.get("code") for c in self.challenges}
        n = len(self.challenges) + 1
        while f"challenge{n}" in codes:
            n += 1
        self.challenges.append(
            {
                "code": f"challenge{n}",
                "name": self.tr("New challenge"),
                "kind": "purchases",
                "starts_on": self._today.isoformat(),
                "ends_on": (self._today + timedelta(days=89)).isoformat(),
                "purchases": 5,
                "min_check": "300.00",
                "period_days": 30,
                "bonus_points": 200,
            }
        )
        self._refill(len(self.challenges) - 1)
        self.form.name.setFocus()
        self.form.name.selectAll()

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self.challenges[row]
            self._refill(min(row, len(self.challenges) - 1))
