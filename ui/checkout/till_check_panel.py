"""The check the shop's till sent, on the counter: its lines, total and each line's figures.

`TillCheckPanel` draws a `Calculation` it is given (the core's figures, nothing computed here).
`TillCheckOnCounter` puts it on the window: while a till check is open the panel takes the place
of the recent sales, the amount field holds the till's total and cannot be typed into, the
receipt field and the Confirm button step aside (the till prints and confirms), and the message
line says what the cashier does (scan the card, choose the points).
When the till confirms or cancels, the counter says so and is ready for the next customer; Esc
stops showing the check and cancels nothing at the till.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.till_checks import TillRecord
from pos_loyalty.services.lookup import MemberView
from pos_loyalty.services.till import Calculation, Confirmed
from ui.checkout.text import money, points
from ui.i18n import current_language, redraw, redrawn

if TYPE_CHECKING:
    from ui.checkout.window import CheckoutWindow

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TillCheckPanel(QFrame):
    """The till's check: its id, its lines with their figures, the total and what is to pay."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setObjectName("tillCheckPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("tillCheckTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("tillCheckLines")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        # as wide as the column gives: a long name is cut short rather than widen the window
        self.table.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.table, 1)
        self._set_texts()
        self.hide()

    def _set_texts(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Amount"),
                self.tr("Discount"),
                self.tr("With points"),
                self.tr("To pay"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        """Speak the language Settings switched to: headers, money, the check shown."""
        if event.type() == QEvent.Type.LanguageChange:
            self._language = current_language()
            self._set_texts()
            redraw(self)
        super().changeEvent(event)

    @redrawn("check")
    def show_check(self, done: Calculation) -> None:
        """Draw the till's check with the core's figures for each line (the totals are the
        quote panel's)."""
        lang, check = self._language, done.check
        self.title.setText(self.tr("Check %1 from the till").replace("%1", check.check_id))
        self.table.setRowCount(len(check.lines))
        for row, (line, share) in enumerate(zip(check.lines, done.shares, strict=True)):
            name = line.name or line.code
            cells = [
                name if line.quantity == "1" else f"{name} × {line.quantity}",
                _figure(line.amount, lang),
                _figure(share.discount, lang) if share.discount else "",
                _figure(share.points_value, lang) if share.points_value else "",
                _figure(share.paid, lang),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(RIGHT)
                else:
                    item.setToolTip(text)  # a long name is cut short in a narrow column
                self.table.setItem(row, column, item)


def _figure(amount: int, language: str) -> str:
    """Money in a column headed as money: without the currency sign, which would not fit."""
    return money(amount, language).replace("₽", "").strip()


class TillCheckOnCounter(QObject):
    """Shows the till's open check in the window and says what became of it."""

    def __init__(self, window: CheckoutWindow) -> None:
        super().__init__(window)
        self.window = window
        till = window.session.till
        till.arrived.connect(self._on_till_arrived)
        till.calculated.connect(window.till_panel.show_check)
        till.sold.connect(self._on_till_sold)
        till.cancelled.connect(self._on_till_cancelled)
        till.dismissed.connect(self._on_till_dismissed)
        # after the window's own slot: in a till check the card read asks for the points
        window.session.member_loaded.connect(self._on_session_member_loaded)

    def _show(self, shown: bool) -> None:
        w = self.window
        w.till_panel.setVisible(shown)
        w.history_panel.setVisible(not shown)
        if not shown:
            w.quote_panel.hold_total(None)

    def _on_till_arrived(self, done: Calculation) -> None:
        w, check = self.window, done.check
        self._show(True)
        w.till_panel.show_check(done)
        w.quote_panel.hold_total(done.quote.total)
        w.quote_panel.show_redeem(w.session.redeem)  # the till's, if it sent its card
        total = money(done.quote.total, w.language)
        if check.card_number is None and w.session.view is None:
            text = self.tr(
                "Check %1 from the till, %2: scan the customer's card and choose the points "
                "to redeem (F4: the most). The till confirms it."
            )
        else:
            text = self.tr(
                "Check %1 from the till, %2: choose the points to redeem (F4: the most). "
                "The till confirms it."
            )
        w.show_message("info", text.replace("%1", check.check_id).replace("%2", total))

    def _on_session_member_loaded(self, view: MemberView) -> None:
        w = self.window
        if not w.session.till.is_open or not view.can_transact:
            return
        name = view.member.name if view.member else ""
        text = self.tr(
            "Card read: %1. Choose the points to redeem (F4: the most); the till confirms."
        )
        w.show_message("ok", text.replace("%1", name))
        w.quote_panel.redeem_edit.setFocus()

    def _on_till_sold(self, done: Confirmed) -> None:
        sale, lang = done.sale, self.window.language
        text = self.tr("Check %1 from the till: sale recorded, paid %2.")
        text = text.replace("%1", done.record.check.check_id).replace("%2", money(sale.paid, lang))
        if sale.card_number:
            text += " " + self.tr("Points −%1, +%2.").replace(
                "%1", points(sale.redeemed_points, lang)
            ).replace("%2", points(sale.earned_points + sale.bonus_points, lang))
        self._close("ok", text)

    def _on_till_cancelled(self, record: TillRecord) -> None:
        text = self.tr("Check %1 was cancelled at the till: nothing was recorded.")
        self._close("info", text.replace("%1", record.check.check_id))

    def _close(self, kind: str, text: str) -> None:
        """Back to the counter's own check, saying what became of the till's."""
        w = self.window
        self._show(False)
        w.new_customer()
        w.quote_panel.show_committed(text)
        w.show_message(kind, text)

    def _on_till_dismissed(self, check_id: str) -> None:
        self._show(False)
        text = self.tr("Check %1 is no longer shown here; the till can still confirm or cancel it.")
        self.window.statusBar().showMessage(text.replace("%1", check_id), 8000)
