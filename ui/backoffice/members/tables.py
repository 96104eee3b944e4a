"""The member page's tables: points history with the running balance, cards, tiers, sales.

Each function turns part of a `MemberPage` into rows of text in the interface language; `fill`
puts rows into a read-only table. Nothing here reads the database.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from pos_loyalty.i18n.local import count_text
from pos_loyalty.services.history import MemberPage
from ui.backoffice.words import card_state, card_type, ledger_kind, ledger_reason
from ui.checkout.text import day, money, points

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def make_table(name: str, headers: Sequence[str], numeric: Sequence[int] = ()) -> QTableWidget:
    """A read-only table with these (already translated) column titles."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setProperty("numeric", list(numeric))
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    """Replace the table's rows (numbers right-aligned)."""
    numeric = set(table.property("numeric") or [])
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)


def points_headers() -> list[str]:
    """Columns of the points history."""
    return [
        QCoreApplication.translate("MemberTables", "Date"),
        QCoreApplication.translate("MemberTables", "Kind"),
        QCoreApplication.translate("MemberTables", "Points"),
        QCoreApplication.translate("MemberTables", "Balance after"),
        QCoreApplication.translate("MemberTables", "Reason"),
    ]


def points_rows(page: MemberPage, lang: str) -> list[list[str]]:
    """The page's ledger entries, newest first, each with the balance right after it."""
    return [
        [
            day(line.entry.business_date, lang),
            ledger_kind(line.entry.kind.value),
            count_text(line.entry.points, lang, signed=True),
            points(line.running_balance, lang),
            ledger_reason(line.entry.reason),
        ]
        for line in page.points
    ]


def card_headers() -> list[str]:
    """Columns of the cards table."""
    return [
        QCoreApplication.translate("MemberTables", "Card"),
        QCoreApplication.translate("MemberTables", "Type"),
        QCoreApplication.translate("MemberTables", "State"),
        QCoreApplication.translate("MemberTables", "Note"),
    ]


def card_rows(page: MemberPage) -> list[list[str]]:
    """The member's cards, oldest first, with their states."""
    rows = []
    for card in page.cards:
        note = card.block_reason
        if card.replaced_by:
            note = QCoreApplication.translate("MemberTables", "replaced by {card}").format(
                card=card.replaced_by
            )
        rows.append([card.number, card_type(card.card_type), card_state(card.state), note])
    return rows


def tier_headers() -> list[str]:
    """Columns of the tier history."""
    return [
        QCoreApplication.translate("MemberTables", "Since"),
        QCoreApplication.translate("MemberTables", "Tier"),
        QCoreApplication.translate("MemberTables", "Qualifying spend"),
        QCoreApplication.translate("MemberTables", "From"),
    ]


def tier_rows(page: MemberPage, lang: str) -> list[list[str]]:
    """The tier steps, oldest first."""
    sources = {
        "sale": QCoreApplication.translate("MemberTables", "a sale"),
        "today": QCoreApplication.translate("MemberTables", "today"),
    }
    return [
        [
            day(step.since, lang),
            step.tier,
            money(step.qualifying_spend, lang),
            sources.get(step.source, step.source),
        ]
        for step in page.tier_history
    ]


def sale_headers() -> list[str]:
    """Columns of the last sales."""
    return [
        QCoreApplication.translate("MemberTables", "Date"),
        QCoreApplication.translate("MemberTables", "Receipt"),
        QCoreApplication.translate("MemberTables", "Total"),
        QCoreApplication.translate("MemberTables", "Paid"),
        QCoreApplication.translate("MemberTables", "Earned"),
        QCoreApplication.translate("MemberTables", "Redeemed"),
        QCoreApplication.translate("MemberTables", "Tier"),
    ]


def sale_rows(page: MemberPage, lang: str) -> list[list[str]]:
    """The member's last sales, newest first."""
    return [
        [
            day(sale.business_date, lang),
            sale.receipt_no,
            money(sale.total, lang),
            money(sale.paid, lang),
            points(sale.earned_points + sale.bonus_points, lang),
            points(sale.redeemed_points, lang),
            sale.tier,
        ]
        for sale in page.sales
    ]
