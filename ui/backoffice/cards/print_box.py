"""Issue a batch of unassigned cards and print cards as a PDF (CR80 cards or A4 label sheets).

Issuing runs off the GUI thread in one transaction, its progress in the bar; the numbers
issued land in the list of numbers to print, so the batch is printed next. Any other active
cards can be printed by typing or scanning their numbers into that list, one per line.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from pos_loyalty.domain.cards import CardType, validate_card_number
from pos_loyalty.domain.errors import InvalidCardNumber
from pos_loyalty.services.cards import MAX_BATCH
from ui.backoffice.cards import jobs
from ui.backoffice.context import BackOffice
from ui.backoffice.forms import row
from ui.backoffice.notice import Notice
from ui.worker import LongJob

LAYOUTS = (
    ("cr80", QT_TRANSLATE_NOOP("PrintBox", "CR80 cards, one per page (card printer)")),
    ("a4", QT_TRANSLATE_NOOP("PrintBox", "A4 label sheets, 10 cards per sheet")),
)
CARD_TYPES = (
    (CardType.BONUS, QT_TRANSLATE_NOOP("PrintBox", "bonus card (points)")),
    (CardType.DISCOUNT, QT_TRANSLATE_NOOP("PrintBox", "discount card")),
    (CardType.CLUB, QT_TRANSLATE_NOOP("PrintBox", "paid club membership")),
)


def _translated(label: object) -> str:
    return QCoreApplication.translate("PrintBox", str(label))


def split_numbers(text: str) -> list[str]:
    """The card numbers in a text: one per line, or separated by spaces, commas or semicolons."""
    return [part for part in re.split(r"[\s,;]+", text) if part]


class PrintBox(QGroupBox):
    """Issue a batch of new cards; print cards to a PDF."""

    def __init__(self, context: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Issue and print cards"))
        self._context = context
        self._build()
        self.job = LongJob(context.worker, self.progress, self)
        self.job.finished.connect(self._enable)

    def _build(self) -> None:
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(1, MAX_BATCH)
        self.count_spin.setValue(10)
        self.type_combo = QComboBox(self)
        for card_type, label in CARD_TYPES:
            self.type_combo.addItem(_translated(label), card_type.value)
        self.issue_button = QPushButton(self.tr("Issue the cards"), self)
        self.numbers_edit = QPlainTextEdit(self)
        self.numbers_edit.setPlaceholderText(self.tr("Card numbers to print, one per line"))
        self.layout_combo = QComboBox(self)
        for key, label in LAYOUTS:
            self.layout_combo.addItem(_translated(label), key)
        self.logo_edit = QLineEdit(self)
        self.logo_edit.setPlaceholderText(self.tr("No logo (PNG or JPEG, optional)"))
        self.logo_button = QPushButton(self.tr("Choose…"), self)
        self.print_button = QPushButton(self.tr("Print to PDF…"), self)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.notice = Notice(self)
        form = QFormLayout(self)
        form.addRow(self.tr("New cards"), row(self.count_spin, self.type_combo, self.issue_button))
        form.addRow(self.tr("Cards to print"), self.numbers_edit)
        form.addRow(self.tr("Layout"), self.layout_combo)
        form.addRow(self.tr("Logo"), row(self.logo_edit, self.logo_button))
        form.addRow("", row(self.print_button))
        form.addRow(self.progress)
        form.addRow(self.notice)
        self.issue_button.clicked.connect(self._on_issue_button_clicked)
        self.logo_button.clicked.connect(self._on_logo_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)

    # --- slots --------------------------------------------------------------------------

    def _on_issue_button_clicked(self) -> None:
        count, card_type = self.count_spin.value(), CardType(self.type_combo.currentData())
        uow_factory = self._context.uow_factory
        started = self.job.start(
            lambda report: jobs.issue(uow_factory, count, card_type, report),
            self._on_issued,
            self.notice.show_error,
        )
        if started:
            self.notice.show_text("info", self.tr("Issuing %n card(s)…", "", count))
            self._enable()

    def _on_logo_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_edit.setText(path)

    def _on_print_button_clicked(self) -> None:
        if self._numbers() is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print to PDF"), "", "PDF (*.pdf)")
        if path:
            self.print_to(Path(path))

    # --- work ---------------------------------------------------------------------------

    def add_numbers(self, numbers: list[str]) -> None:
        """Put card numbers in the list to print (e.g. a replacement card's new number)."""
        present = split_numbers(self.numbers_edit.toPlainText())
        self.numbers_edit.setPlainText("\n".join([*present, *numbers]))

    def print_to(self, target: Path) -> bool:
        """Print the listed cards to the PDF `target`; False if refused before starting."""
        numbers = self._numbers()
        if numbers is None:
            return False
        layout, logo_text = self.layout_combo.currentData(), self.logo_edit.text().strip()
        logo = Path(logo_text) if logo_text else None
        uow_factory = self._context.uow_factory
        started = self.job.start(
            lambda report: jobs.print_cards(uow_factory, numbers, target, layout, logo, report),
            self._on_printed,
            self.notice.show_error,
        )
        if started:
            self.notice.show_text("info", self.tr("Printing %n card(s)…", "", len(numbers)))
            self._enable()
        return started

    def _numbers(self) -> list[str] | None:
        numbers = split_numbers(self.numbers_edit.toPlainText())
        if not numbers:
            self.notice.show_text(
                "error", self.tr("List the cards to print, or issue a batch of new cards first.")
            )
            return None
        try:
            for number in numbers:
                validate_card_number(number)
        except InvalidCardNumber as exc:
            self.notice.show_error(exc)
            return None
        return numbers

    def _on_issued(self, numbers: list[str]) -> None:
        self.numbers_edit.setPlainText("\n".join(numbers))
        text = self.tr(
            "%n card(s) issued, from {first} to {last}: print them now.", "", len(numbers)
        )
        self.notice.show_text("ok", text.format(first=numbers[0], last=numbers[-1]))

    def _on_printed(self, printed: jobs.Printed) -> None:
        text = self.tr("%n card(s) printed on {pages} page(s) in {path}.", "", printed.cards)
        self.notice.show_text("ok", text.format(pages=printed.pages, path=printed.path))

    def _enable(self) -> None:
        idle = not self.job.running
        for widget in (self.issue_button, self.print_button):
            widget.setEnabled(idle)
