"""The Store and Counter tabs of the settings dialog: each shows its refused values itself."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from pos_loyalty.domain import fields as limits
from pos_loyalty.domain.approvals import DEFAULT_REFUND_LIMIT
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import format_money, parse_money
from pos_loyalty.domain.slip import Language
from pos_loyalty.services.slips import StoreHeader, checked_header
from ui.dialogs.field_errors import FieldProblem, FormErrors
from ui.dialogs.first_run_pages import LANGUAGE_NAMES
from ui.i18n import current_language, locale_for


class StoreTab(QWidget):
    """The store's name, slip header lines, footer and language."""

    def __init__(self, header: StoreHeader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = header.currency
        self.errors = FormErrors(self)
        self.name = QLineEdit(header.name, self)
        self.name.setMaxLength(limits.STORE_NAME)
        self.header_lines = QPlainTextEdit("\n".join(header.header_lines), self)
        self.header_lines.setPlaceholderText(self.tr("Address, phone, tax number: one per line"))
        self.header_lines.setMaximumHeight(96)
        self.footer = QLineEdit(header.footer, self)
        self.footer.setMaxLength(limits.SLIP_TEXT)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(header.language), 0))
        self.language.setToolTip(
            self.tr(
                "Slips and every open window use it as soon as it is saved; a report keeps "
                "the language chosen for it in the reports window."
            )
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Store name"), self.errors.wrap("name", self.name))
        form.addRow(self.tr("Header lines"), self.errors.wrap("header_lines", self.header_lines))
        form.addRow(self.tr("Footer"), self.errors.wrap("footer", self.footer))
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.errors.general)

    def collect(self) -> StoreHeader:
        """Return the header as typed, or show the problem and raise FieldProblem."""
        self.errors.clear()
        typed = StoreHeader(
            name=self.name.text(),
            header_lines=tuple(self.header_lines.toPlainText().splitlines()),
            footer=self.footer.text(),
            language=cast(Language, self.language.currentData()),
            currency=self._currency,
        )
        try:
            return checked_header(typed, name_given=True)
        except InvalidInput as error:
            problem = FieldProblem(*self._refusal(error), detail=str(error))
            self.errors.show(problem)
            raise problem from None

    def _refusal(self, error: InvalidInput) -> tuple[str, str]:
        """The field to show `error` under and what to tell the manager there."""
        if error.field == "store_name" and error.code == "store_name_blank":
            return "name", self.tr("Give the store's name, as printed on slips.")
        if error.field == "store_name":
            text = self.tr("At most {limit} characters fit in the store's name.")
            return "name", text.format(limit=limits.STORE_NAME)
        if error.field == "footer":
            text = self.tr("At most {limit} characters fit in the footer.")
            return "footer", text.format(limit=limits.SLIP_TEXT)
        text = self.tr("At most {count} header lines of {limit} characters each fit on a slip.")
        return "header_lines", text.format(count=limits.SLIP_LINES, limit=limits.SLIP_TEXT)


class CounterTab(QWidget):
    """Rules for the counter: the refund amount above which a manager must approve."""

    def __init__(self, refund_limit: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FormErrors(self)
        self._point = point = locale_for(current_language()).decimalPoint()
        self.refund_limit = QLineEdit(self)
        self.refund_limit.setObjectName("refund_limit")
        self.refund_limit.setPlaceholderText(format_money(DEFAULT_REFUND_LIMIT, decimal_sep=point))
        if refund_limit is not None:
            self.refund_limit.setText(format_money(refund_limit, decimal_sep=point))
        form = QFormLayout(self)
        form.addRow(
            self.tr("Refunds above this amount need a manager's PIN"),
            self.errors.wrap("refund_limit", self.refund_limit),
        )
        form.addRow(self.errors.general)

    def collect(self) -> int | None:
        """Return the limit in minor units (None when left empty), or raise FieldProblem."""
        self.errors.clear()
        text = self.refund_limit.text().strip()
        if not text:
            return None
        try:
            amount = parse_money(text)
        except InvalidInput:
            amount = -1
        if amount < 0:
            example = format_money(DEFAULT_REFUND_LIMIT, decimal_sep=self._point)
            text = self.tr("Type an amount, e.g. {example}.").format(example=example)
            problem = FieldProblem("refund_limit", text)
            self.errors.show(problem)
            raise problem
        return amount
