"""The programme editor's fields: text for money and percentages, with a note under each.

Money and percentages are typed as text and read with the domain's own helpers
(`parse_money` into minor units, `parse_percent` into an exact Fraction), never through a
float. A `Section` keeps a note under every field, keyed by the field's path in the
programme's plain data (`max_redeem_percent`, `bonuses.welcome`, `tiers[1].threshold`), so
a refusal from `Programme.from_dict` is shown beside the field it names.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import parse_money, parse_percent
from ui.dialogs.field_errors import ErrorLabel

Problem = tuple[str, str]
"""(the field's path, the domain's message)."""

_EXPLAINED = (
    (
        "has more than 2 decimal places",
        QT_TRANSLATE_NOOP(
            "ProgrammeFields", "At most 2 decimal places: amounts are to the kopeck."
        ),
    ),
    (
        "is not an amount",
        QT_TRANSLATE_NOOP("ProgrammeFields", "Not an amount: type it like 1234.50."),
    ),
    (
        "is not a percentage",
        QT_TRANSLATE_NOOP("ProgrammeFields", "Not a percentage: type it like 5 or 2.5."),
    ),
    ("between 0 and 100", QT_TRANSLATE_NOOP("ProgrammeFields", "Must be between 0 and 100.")),
    (
        "rise strictly",
        QT_TRANSLATE_NOOP("ProgrammeFields", "Each tier must start above the tier before it."),
    ),
    (
        "first tier must start at 0",
        QT_TRANSLATE_NOOP("ProgrammeFields", "The first tier starts at 0."),
    ),
    (
        "names must be different",
        QT_TRANSLATE_NOOP("ProgrammeFields", "Another tier has this name."),
    ),
    ("needs a name", QT_TRANSLATE_NOOP("ProgrammeFields", "Give it a name.")),
    ("needs a code", QT_TRANSLATE_NOOP("ProgrammeFields", "Give it a code.")),
    (
        "before it starts",
        QT_TRANSLATE_NOOP("ProgrammeFields", "The last day is before the first day."),
    ),
    (
        "must end after they start",
        QT_TRANSLATE_NOOP("ProgrammeFields", "The hours must end after they start."),
    ),
    ("is used twice", QT_TRANSLATE_NOOP("ProgrammeFields", "Another promotion has this code.")),
    ("there is no tier", QT_TRANSLATE_NOOP("ProgrammeFields", "There is no tier with this name.")),
    ("must be more than 0.00", QT_TRANSLATE_NOOP("ProgrammeFields", "Must be more than 0.00.")),
    ("at least 1 point", QT_TRANSLATE_NOOP("ProgrammeFields", "At least 1 point.")),
    (
        "the multiplier must be more than 0",
        QT_TRANSLATE_NOOP("ProgrammeFields", "More than 0 (2 doubles the points)."),
    ),
    (
        "the extra discount must be",
        QT_TRANSLATE_NOOP("ProgrammeFields", "More than 0 and at most 100."),
    ),
    ("without a purchase", QT_TRANSLATE_NOOP("ProgrammeFields", "At least 1 day.")),
    (
        "another reward has the id",
        QT_TRANSLATE_NOOP("ProgrammeFields", "Another reward has this id."),
    ),
    (
        "another challenge has the code",
        QT_TRANSLATE_NOOP("ProgrammeFields", "Another challenge has this code."),
    ),
    (
        "must be lower-case letters",
        QT_TRANSLATE_NOOP("ProgrammeFields", "Latin lower-case letters, digits, '-' or '_'."),
    ),
    ("at least 1 purchase", QT_TRANSLATE_NOOP("ProgrammeFields", "At least 1 purchase.")),
    ("needs a category", QT_TRANSLATE_NOOP("ProgrammeFields", "Give it a category.")),
    ("must be at least 1 day", QT_TRANSLATE_NOOP("ProgrammeFields", "At least 1 day.")),
)
"""The domain's refusals said in the app's language (the precise message stays as a tooltip)."""


def explain(message: str) -> str:
    """Say a refusal from the domain in the app's language (the common cases; else as given)."""
    for phrase, text in _EXPLAINED:
        if phrase in message:
            return QCoreApplication.translate("ProgrammeFields", str(text))
    return message


def day_of(value: QDate) -> date:
    """The calendar day of a QDate (read from its parts, the way the reports window does)."""
    return date(value.year(), value.month(), value.day())


def intro(text: str, parent: QWidget) -> QLabel:
    """A paragraph explaining a section, wrapped to the width available."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def money_text(edit: QLineEdit) -> str:
    """The amount typed, as the text the programme data holds."""
    return edit.text().strip()


class Section(QWidget):
    """One part of the programme: it loads its settings, collects them, shows their problems."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes: dict[str, ErrorLabel] = {}
        self._checks: dict[str, tuple[QLineEdit, Callable[[str], Any]]] = {}

    # -- building -------------------------------------------------------------------------

    def noted(self, path: str, widget: QWidget) -> QWidget:
        """Return `widget` in a box with the note for `path` underneath."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        note = ErrorLabel(box)
        note.setObjectName(f"note_{path}")
        layout.addWidget(note)
        self._notes[path] = note
        return box

    def money_edit(self, path: str, placeholder: str = "0.00") -> QLineEdit:
        """A text field for an amount, read with `parse_money`."""
        return self._text_edit(path, placeholder, parse_money)

    def percent_edit(self, path: str, placeholder: str = "0") -> QLineEdit:
        """A text field for a percentage, read with `parse_percent`."""
        return self._text_edit(path, placeholder, parse_percent)

    def count_spin(self, name: str, maximum: int = 1_000_000, minimum: int = 0) -> QSpinBox:
        """A spin box for days or points (whole numbers only)."""
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(minimum, maximum)
        spin.valueChanged.connect(self._on_field_changed)
        return spin

    def _text_edit(self, path: str, placeholder: str, parse: Callable[[str], Any]) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(path)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._on_field_changed)
        self._checks[path] = (edit, parse)
        return edit

    def forget(self, prefix: str) -> None:
        """Drop the fields and notes whose path starts with `prefix` (rows being rebuilt)."""
        for table in (self._checks, self._notes):
            for path in [p for p in table if p.startswith(prefix)]:
                del table[path]

    def _on_field_changed(self, *_args: object) -> None:
        self.edited.emit()

    # -- what subclasses provide ------------------------------------------------------------

    def load(self, data: dict[str, Any]) -> None:
        """Show the settings of a programme's plain data."""
        raise NotImplementedError

    def collect(self, data: dict[str, Any]) -> None:
        """Write the settings as typed into the programme's plain data."""
        raise NotImplementedError

    # -- problems ---------------------------------------------------------------------------

    def local_problems(self) -> list[Problem]:
        """Every amount or percentage here that cannot be read, with the domain's message."""
        found = []
        for path, (edit, parse) in self._checks.items():
            if not edit.isEnabledTo(self):  # a field switched off here (not a panel busy saving)
                continue
            try:
                parse(edit.text())
            except InvalidInput as exc:
                found.append((path, str(exc)))
        return found

    def show_problem(self, path: str, message: str) -> bool:
        """Show the problem under its field; False when no field here has that path."""
        note = self._notes.get(path)
        if note is None:
            return False
        note.show_error(explain(message), message)
        return True

    def clear_problems(self) -> None:
        """Hide every note."""
        for note in self._notes.values():
            note.clear_error()

    def note(self, path: str) -> str:
        """The note shown under the field `path` ("" when none)."""
        found = self._notes.get(path)
        return "" if found is None else found.error()
