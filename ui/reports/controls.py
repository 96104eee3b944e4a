"""The reports window's choices: which report, which days, which store, which card, language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from pos_loyalty.reports import REPORTS
from pos_loyalty.reports.catalogue import CHAIN_REPORTS
from pos_loyalty.reports.labels import Labels
from pos_loyalty.reports.period import LANGUAGES, Language
from ui.fitting import KeyGrid

_LANGUAGE_NAMES = {"ru": "Русский", "en": "English"}
"""Each language by its own name, so a person finds theirs whatever the window speaks."""


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


@dataclass(frozen=True, slots=True)
class Chain:
    """A chain-wide report from the central server: every store, or only `store`."""

    store: str | None


class Controls(QWidget):
    """The row of inputs above the report."""

    def __init__(self, t: Labels, language: Language, today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.t = t
        self.report_box = QComboBox(self)
        self.report_box.setObjectName("report")
        for name in REPORTS:
            self.report_box.addItem(t[f"{name}.title"], name)
        self.first_edit = self._date_edit(today, "from")
        self.last_edit = self._date_edit(today, "to")
        self.store_box = QComboBox(self)
        self.store_box.addItem(self.tr("All terminals"), None)
        self.card_edit = QLineEdit(self)
        self.card_edit.setPlaceholderText("0420000000013")
        self.language_box = QComboBox(self)
        for code in LANGUAGES:
            self.language_box.addItem(_LANGUAGE_NAMES.get(code, code), code)
        self.language_box.setCurrentIndex(LANGUAGES.index(language))
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setDefault(True)
        self.report_box.currentIndexChanged.connect(self._on_report_box_changed)
        self._on_report_box_changed()
        self._lay_out()

    def _lay_out(self) -> None:
        """Each label with its field; on a narrow screen they go on to a second row."""
        grid = KeyGrid(7, self)
        for label, widget in (
            (self.tr("Report"), self.report_box),
            (self.tr("From"), self.first_edit),
            (self.tr("To"), self.last_edit),
            (self.tr("Store"), self.store_box),
            (self.tr("Card"), self.card_edit),
            (self.tr("Language of the report"), self.language_box),
        ):
            pair = QWidget(self)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(QLabel(label, pair))
            row.addWidget(widget, 1)
            grid.add(pair)
        grid.add(self.show_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(grid)

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _on_report_box_changed(self) -> None:
        chain = self.chain() is not None
        self.card_edit.setEnabled(self.report() == "statement" and not chain)
        for index, name in enumerate(REPORTS):
            item = self.report_box.model().item(index)  # type: ignore[attr-defined]
            item.setEnabled(not chain or name in CHAIN_REPORTS)

    def set_stores(self, names: list[str]) -> None:
        """Offer the stores whose terminals are known."""
        for name in names:
            self.store_box.addItem(name, name)

    def set_chain(self, names: list[str]) -> None:
        """Offer the chain-wide reports of the central server: all stores, and each one."""
        self.store_box.addItem(self.tr("Chain (server)"), Chain(None))
        for name in names:
            self.store_box.addItem(self.tr("Chain: {store}").format(store=name), Chain(name))
        self.store_box.currentIndexChanged.connect(self._on_report_box_changed)

    def choose(self, report: str, first: date, last: date) -> None:
        """Select a report and a period (as a person would)."""
        self.report_box.setCurrentIndex(self.report_box.findData(report))
        self.first_edit.setDate(_qdate(first))
        self.last_edit.setDate(_qdate(last))

    def report(self) -> str:
        """The chosen report's name."""
        return str(self.report_box.currentData())

    def first(self) -> date:
        """The first day chosen."""
        return _pydate(self.first_edit.date())

    def last(self) -> date:
        """The last day chosen."""
        return _pydate(self.last_edit.date())

    def store(self) -> str | None:
        """The store chosen, or None for every terminal (or for a chain-wide report)."""
        data = self.store_box.currentData()
        return None if data is None or isinstance(data, Chain) else str(data)

    def chain(self) -> Chain | None:
        """The chain-wide choice (the central server makes the report), or None."""
        data = self.store_box.currentData()
        return data if isinstance(data, Chain) else None

    def card(self) -> str | None:
        """The card typed, for a statement."""
        return self.card_edit.text().strip() or None

    def language(self) -> Language:
        """The language the report is made in."""
        return "ru" if self.language_box.currentData() == "ru" else "en"
