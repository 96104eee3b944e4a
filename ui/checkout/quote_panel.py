"""The check and its quote: the amount (or lines), points to redeem, and what the sale will do.

The panel only collects what the cashier types and draws the quote it is given; the session
computes quotes off the GUI thread. Enter in any field of the check confirms.

A language switch re-sets the fixed texts (`_set_texts`) and draws the quote again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain import fields
from pos_loyalty.domain.checkout import MAX, CheckLine, Quote, RedeemRequest
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import Minor, format_money, format_percent, parse_money
from ui.checkout.lines_table import LinesTable
from ui.checkout.text import money, points
from ui.core_messages import core_message
from ui.fitting import scrolling
from ui.i18n import current_language, redraw, redrawn

ERROR_STYLE = "color:#c62828;"


class QuotePanel(QFrame):
    """Where the cashier types the check and sees the quote with its reasons."""

    check_edited = Signal()
    confirm_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setObjectName("quotePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_inputs())
        self.lines_table = LinesTable()
        self.lines_table.hide()
        self.lines_table.lines_edited.connect(self._on_lines_table_lines_edited)
        layout.addWidget(self.lines_table)
        self.input_error = QLabel()
        self.input_error.setObjectName("inputError")
        self.input_error.setStyleSheet(ERROR_STYLE)
        self.input_error.setWordWrap(True)
        self.input_error.hide()  # shown with a problem only: an empty line wastes a short screen
        layout.addWidget(self.input_error)
        layout.addLayout(self._build_figures())
        self.reasons_label = QLabel()
        self.reasons_label.setObjectName("reasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # many reasons scroll in the space left rather than lengthen the panel
        reasons = scrolling(self.reasons_label, wraps=True)
        reasons.setMinimumHeight(2 * self.reasons_label.fontMetrics().height())
        layout.addWidget(reasons, 1)
        # The window lays it out below its panels, out of their scrolling: in view whatever
        # the member panel and the quote hold, on a 1366×768 or 1024×768 screen.
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("confirm")
        self.confirm_button.setProperty("role", "primary")
        self.confirm_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confirm_button.clicked.connect(self.confirm_requested)
        self._set_texts()
        self.show_quote(None)

    def _set_texts(self) -> None:
        """The texts that do not depend on the check, in the language in force."""
        self.confirm_button.setText("Enter  " + self.tr("Confirm"))
        self.max_button.setText("F4  " + self.tr("Redeem max"))
        self.redeem_edit.setPlaceholderText(self.tr("points"))
        self.receipt_edit.setPlaceholderText(self.tr("receipt number of the till (optional)"))
        titles: list[tuple[QWidget | QHBoxLayout, str]] = [
            (self.amount_edit, self.tr("Amount")),
            (self._redeem_row, self.tr("Redeem")),
            (self.receipt_edit, self.tr("Receipt")),
        ]
        for field, title in titles:
            label = self._form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(title)
        figures = {
            "total": self.tr("Total"),
            "discount": self.tr("Discount"),
            "redeemed": self.tr("Paid with points"),
            "payable": self.tr("To pay"),
            "earned": self.tr("Points earned"),
        }
        for key, title in figures.items():
            self._figure_names[key].setText(title)

    def changeEvent(self, event: QEvent) -> None:
        """Speak the language Settings switched to: fixed texts, money, the quote shown."""
        if event.type() == QEvent.Type.LanguageChange:
            was_max = self.max_button.isChecked()
            self._language = current_language()
            self._set_texts()
            if was_max:
                self.redeem_edit.setText(self.tr("max"))
            redraw(self)
        super().changeEvent(event)

    def _build_inputs(self) -> QFormLayout:
        form = self._form = QFormLayout()
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("amount")
        self.amount_edit.setPlaceholderText("0.00")
        self.amount_edit.textEdited.connect(self._on_amount_edit_text_edited)
        self.amount_edit.returnPressed.connect(self.confirm_requested)
        form.addRow("", self.amount_edit)
        redeem_row = self._redeem_row = QHBoxLayout()
        self.redeem_edit = QLineEdit()
        self.redeem_edit.setObjectName("redeem")
        self.redeem_edit.setValidator(QIntValidator(0, 10_000_000, self))
        self.redeem_edit.textEdited.connect(self._on_redeem_edit_text_edited)
        self.redeem_edit.returnPressed.connect(self.confirm_requested)
        redeem_row.addWidget(self.redeem_edit, 1)
        self.max_button = QPushButton()
        self.max_button.setObjectName("redeemMax")
        self.max_button.setProperty("role", "key")
        self.max_button.setCheckable(True)
        self.max_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.max_button.toggled.connect(self._on_max_button_toggled)
        redeem_row.addWidget(self.max_button)
        form.addRow("", redeem_row)
        self.receipt_edit = QLineEdit()
        self.receipt_edit.setObjectName("receipt")
        self.receipt_edit.setMaxLength(fields.RECEIPT_NO)
        self.receipt_edit.returnPressed.connect(self.confirm_requested)
        form.addRow("", self.receipt_edit)
        return form

    def _build_figures(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setVerticalSpacing(2)  # the figures read as one table, and fit a 768-pixel screen
        self._figures: dict[str, QLabel] = {}
        self._figure_names: dict[str, QLabel] = {}
        for row, key in enumerate(("total", "discount", "redeemed", "payable", "earned")):
            name = self._figure_names[key] = QLabel()
            value = QLabel()
            value.setObjectName(f"quote_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "payable":
                name.setProperty("role", "big")
                value.setProperty("role", "big")
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self._figures[key] = value
        return grid

    def check(self) -> tuple[tuple[CheckLine, ...], RedeemRequest, str]:
        """The check as typed: lines, redemption and receipt number (InvalidInput if bad)."""
        if self.lines_table.isVisible():
            lines = self.lines_table.lines()
        else:
            text = self.amount_edit.text().strip()
            lines = (CheckLine(parse_money(text)),) if text else ()
        redeem: RedeemRequest = None
        if self.max_button.isChecked():
            redeem = MAX
        elif self.redeem_edit.text().strip():
            redeem = int(self.redeem_edit.text())
        return lines, redeem, self.receipt_edit.text().strip()

    def read_check(self) -> tuple[tuple[CheckLine, ...], RedeemRequest, str] | None:
        """The check, or None after showing what is wrong with it."""
        try:
            found = self.check()
        except InvalidInput as exc:
            self.input_error.setText(core_message(exc, self._language))
            self.input_error.show()
            return None
        self.input_error.clear()
        self.input_error.hide()
        return found

    def toggle_lines(self) -> None:
        """Show or hide the lines table (the amount field is used when it is hidden)."""
        showing = not self.lines_table.isVisible()
        self.lines_table.setVisible(showing)
        self.amount_edit.setEnabled(not showing)
        if showing:
            self.lines_table.setFocus()
            self.lines_table.setCurrentCell(0, 0)
        else:
            self.amount_edit.setFocus()
        self.check_edited.emit()

    def redeem_max(self) -> None:
        """Toggle redeeming as many points as the rules allow."""
        self.max_button.toggle()

    def hold_total(self, total: Minor | None) -> None:
        """Hold a total that came from the till in the amount field, not to be typed over
        (None: the field is the cashier's again, empty)."""
        held = total is not None
        if held:
            self.lines_table.hide()
        self._form.setRowVisible(self.receipt_edit, not held)  # the till prints its own receipt
        self.confirm_button.setVisible(not held)  # and the till confirms
        self.amount_edit.setEnabled(True)
        self.amount_edit.setReadOnly(held)
        self.amount_edit.setText(format_money(total) if total is not None else "")
        self.amount_edit.style().unpolish(self.amount_edit)  # the read-only look (style.py)
        self.amount_edit.style().polish(self.amount_edit)

    def show_redeem(self, redeem: RedeemRequest) -> None:
        """Show a redemption chosen elsewhere (the till's) without reporting an edit."""
        for widget in (self.max_button, self.redeem_edit):
            widget.blockSignals(True)
        self.max_button.setChecked(redeem == MAX)
        self.redeem_edit.setEnabled(redeem != MAX)
        shown = self.tr("max") if redeem == MAX else "" if redeem is None else str(redeem)
        self.redeem_edit.setText(shown)
        for widget in (self.max_button, self.redeem_edit):
            widget.blockSignals(False)

    def reset(self) -> None:
        """Empty the check for the next customer."""
        for edit in (self.amount_edit, self.redeem_edit, self.receipt_edit):
            edit.clear()
        self.max_button.setChecked(False)
        self.lines_table.set_rows([])
        self.input_error.clear()
        self.input_error.hide()
        self.show_quote(None)

    @redrawn("quote")
    def show_quote(self, quote: Quote | None) -> None:
        """Draw the quote (None: nothing to show yet), with the balance after it if it has one."""
        f, lang = self._figures, self._language
        if quote is None:
            for label in f.values():
                label.setText("—")
            self.reasons_label.clear()
            return
        f["total"].setText(money(quote.total, lang))
        percent = format_percent(quote.discount_percent)
        f["discount"].setText(f"−{money(quote.discount, lang)}  ({percent} %)")
        unit = self.tr("pts")
        f["redeemed"].setText(
            f"−{money(quote.redeemed_value, lang)}  ({points(quote.redeemed_points, lang)} {unit})"
        )
        f["payable"].setText(money(quote.payable, lang))
        earned = f"+{points(quote.points_credited, lang)}"
        if quote.balance_after is not None:
            after = points(quote.balance_after, lang)
            earned += "  " + self.tr("new balance %1").replace("%1", after)
        f["earned"].setText(earned)
        self.reasons_label.setText("\n".join("• " + r for r in quote.reason_lines(lang)))

    def show_committed(self, text: str) -> None:
        """After a sale: say what was recorded in place of the reasons."""
        self.reasons_label.setText(text)

    def _on_amount_edit_text_edited(self, _text: str) -> None:
        self.check_edited.emit()

    def _on_redeem_edit_text_edited(self, _text: str) -> None:
        if self.max_button.isChecked():
            self.max_button.setChecked(False)
        self.check_edited.emit()

    def _on_max_button_toggled(self, checked: bool) -> None:
        self.redeem_edit.setEnabled(not checked)
        if checked:
            self.redeem_edit.setText(self.tr("max"))
        elif self.redeem_edit.text() == self.tr("max"):
            self.redeem_edit.clear()
        self.check_edited.emit()

    def _on_lines_table_lines_edited(self) -> None:
        self.check_edited.emit()
