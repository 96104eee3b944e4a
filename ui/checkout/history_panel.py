"""The member's recent sales, with refund, void and reprint of a chosen sale.

A language switch re-sets the titles and shows the sales again with the new language's money.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.sales import Sale
from ui.checkout.text import day, money, points
from ui.fitting import KeyGrid
from ui.i18n import current_language


class HistoryPanel(QWidget):
    """A table of the member's sales; the chosen row is what F8 and F10 act on."""

    refund_requested = Signal(object)
    void_requested = Signal()
    reprint_requested = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._sales: list[Sale] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        layout.addWidget(self.title)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("history")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        buttons = KeyGrid(3)  # the three go on two rows when the panel is narrow
        self.refund_button = QPushButton()
        self.refund_button.clicked.connect(self._on_refund_button_clicked)
        self.void_button = QPushButton()
        self.void_button.clicked.connect(self.void_requested)
        self.reprint_button = QPushButton()
        self.reprint_button.clicked.connect(self._on_reprint_button_clicked)
        for button in (self.refund_button, self.void_button, self.reprint_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("role", "key")
            buttons.add(button)
        layout.addWidget(buttons)
        self._set_texts()

    def _set_texts(self) -> None:
        self.title.setText(self.tr("Recent sales"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Total"), self.tr("Points"), self.tr("Refunded")]
        )
        self.refund_button.setText("F8  " + self.tr("Refund"))
        self.void_button.setText("F9  " + self.tr("Void"))
        self.reprint_button.setText("F10  " + self.tr("Reprint"))

    def changeEvent(self, event: QEvent) -> None:
        """Speak the language Settings switched to."""
        if event.type() == QEvent.Type.LanguageChange:
            self._language = current_language()
            self._set_texts()
            chosen = self.table.currentRow()
            self.show_sales(self._sales)
            self.table.selectRow(chosen)
        super().changeEvent(event)

    def show_sales(self, sales: list[Sale]) -> None:
        """Show these sales, newest first; the newest is chosen."""
        self._sales = list(sales)
        lang = self._language
        self.table.setRowCount(len(self._sales))
        for row, sale in enumerate(self._sales):
            pts = f"+{points(sale.earned_points + sale.bonus_points, lang)}"
            if sale.redeemed_points:
                pts += f" / −{points(sale.redeemed_points, lang)}"
            cells = [
                day(sale.business_date, lang),
                money(sale.total, lang),
                pts,
                money(sale.refunded, lang) if sale.refunded else "",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self._sales:
            self.table.selectRow(0)

    def chosen(self) -> Sale | None:
        """The sale chosen in the table (the newest by default)."""
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self._sales):
            return self._sales[rows[0].row()]
        return self._sales[0] if self._sales else None

    def request_refund(self) -> None:
        """Ask to refund the chosen sale."""
        sale = self.chosen()
        if sale is not None:
            self.refund_requested.emit(sale)

    def request_reprint(self) -> None:
        """Ask to reprint the chosen sale's slip ('' = the last slip printed here)."""
        sale = self.chosen()
        self.reprint_requested.emit(sale.id if sale is not None and self.table.hasFocus() else "")

    def _on_refund_button_clicked(self) -> None:
        self.request_refund()

    def _on_reprint_button_clicked(self) -> None:
        sale = self.chosen()
        self.reprint_requested.emit(sale.id if sale is not None else "")
