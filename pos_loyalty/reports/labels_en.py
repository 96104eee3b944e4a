"""The words the reports print, in English, each marked for translation in its context.

Every text is marked with `QT_TRANSLATE_NOOP(context, text)` so `python -m ui.translations
update` collects it into the `.ts` files; `labels.Labels` translates it when a report is made.
The key (`col.balance`) is what the report modules ask for; the context keeps apart texts that
are the same in English but not in Russian ("Total" of a column, "Total" of a row).
"""

from __future__ import annotations

from pos_loyalty.i18n import QT_TRANSLATE_NOOP
from pos_loyalty.reports import labels_rfm

TITLES: dict[str, str] = {
    "z.title": QT_TRANSLATE_NOOP("Reports", "Daily loyalty Z-report"),
    "liability.title": QT_TRANSLATE_NOOP("Reports", "Points liability"),
    "tiers.title": QT_TRANSLATE_NOOP("Reports", "Tiers: distribution and movement"),
    "kpi.title": QT_TRANSLATE_NOOP("Reports", "Loyalty KPIs"),
    "top.title": QT_TRANSLATE_NOOP("Reports", "Top members"),
    "inactive.title": QT_TRANSLATE_NOOP("Reports", "Inactive members"),
    "statement.title": QT_TRANSLATE_NOOP("Reports", "Member statement"),
    "ledger.title": QT_TRANSLATE_NOOP("Reports", "Points ledger export"),
}
"""The report titles (context `Reports`)."""

WORDS: dict[str, str] = {
    "hdr.store": QT_TRANSLATE_NOOP("Reports", "Store"),
    "hdr.period": QT_TRANSLATE_NOOP("Reports", "Period"),
    "hdr.generated": QT_TRANSLATE_NOOP("Reports", "Made"),
    "hdr.terminals": QT_TRANSLATE_NOOP("Reports", "Terminals"),
    "hdr.page": QT_TRANSLATE_NOOP("Reports", "Page {page}"),
    "word.no_data": QT_TRANSLATE_NOOP("Reports", "No data for this period"),
    "word.more_rows": QT_TRANSLATE_NOOP(
        "Reports",
        "Showing the first {shown} of {total} rows; the PDF and CSV hold them all",
    ),
    "word.total": QT_TRANSLATE_NOOP("Reports", "Total"),
    "word.later": QT_TRANSLATE_NOOP("Reports", "Later"),
    "word.never": QT_TRANSLATE_NOOP("Reports", "Never"),
    "word.all_cohorts": QT_TRANSLATE_NOOP("Reports", "All cohorts"),
    "word.with_card": QT_TRANSLATE_NOOP("Reports", "With a card"),
    "word.without_card": QT_TRANSLATE_NOOP("Reports", "Without a card"),
    "word.inactive": QT_TRANSLATE_NOOP("Reports", "Inactive"),
    "word.active": QT_TRANSLATE_NOOP("Reports", "Active"),
    "word.anonymous": QT_TRANSLATE_NOOP("Reports", "(personal data erased)"),
    "word.opening": QT_TRANSLATE_NOOP("Reports", "Balance brought forward"),
    "note.store_wide": QT_TRANSLATE_NOOP(
        "Reports",
        "New members, cards issued, balances and tiers carry no terminal: they are "
        "counted for the whole database, not only for the terminals chosen.",
    ),
    "note.tier_versions": QT_TRANSLATE_NOOP(
        "Reports",
        "The programme changed during the period: tiers at the start follow version "
        "{start}, at the end version {end}.",
    ),
    "word.unknown_store": QT_TRANSLATE_NOOP("Reports", "(not enrolled)"),
    "word.unnamed_store": QT_TRANSLATE_NOOP("Reports", "Store without a name"),
    "note.chain": QT_TRANSLATE_NOOP(
        "Reports",
        "Chain-wide, from the central server: what the terminals had pushed when the "
        "report was made. Entries a terminal has not pushed yet are not counted.",
    ),
    "note.chain_liability": QT_TRANSLATE_NOOP(
        "Reports",
        "Members, their points and debts belong to the chain, not to a store: the "
        "outstanding figures are chain-wide. The table by store shows the points each "
        "store's terminals credited and debited; their net, over all stores, is the "
        "members' balances (outstanding, plus points awaiting write-off, less points "
        "owed).",
    ),
    "note.cards_unknown": QT_TRANSLATE_NOOP(
        "Reports",
        "Cards issued are counted by each terminal: the central server does not learn "
        "when a terminal issued a card.",
    ),
    "word.chain": QT_TRANSLATE_NOOP("Reports", "Chain"),
}
"""The page header, words and notes (context `Reports`)."""

TABLES: dict[str, str] = {
    "table.z_summary": QT_TRANSLATE_NOOP("ReportTables", "Summary"),
    "table.z_terminals": QT_TRANSLATE_NOOP("ReportTables", "By terminal"),
    "table.z_days": QT_TRANSLATE_NOOP("ReportTables", "By day"),
    "table.liability_club": QT_TRANSLATE_NOOP("ReportTables", "Club membership"),
    "table.liability_summary": QT_TRANSLATE_NOOP("ReportTables", "Outstanding points"),
    "table.liability_expiring": QT_TRANSLATE_NOOP(
        "ReportTables",
        "Points expiring by month (by last day they can be spent)",
    ),
    "table.liability_negative": QT_TRANSLATE_NOOP(
        "ReportTables",
        "Members with a negative balance",
    ),
    "table.tiers_distribution": QT_TRANSLATE_NOOP("ReportTables", "Members per tier"),
    "table.tiers_moves": QT_TRANSLATE_NOOP(
        "ReportTables",
        "Tier at the start (rows) and at the end (columns)",
    ),
    "table.tiers_sales": QT_TRANSLATE_NOOP("ReportTables", "Checks by the tier used"),
    "table.kpi_summary": QT_TRANSLATE_NOOP("ReportTables", "Key figures"),
    "table.kpi_cohorts": QT_TRANSLATE_NOOP(
        "ReportTables",
        "Monthly cohort retention (share of the cohort that bought)",
    ),
    "table.kpi_uplift": QT_TRANSLATE_NOOP(
        "ReportTables",
        "Promotion uplift (card checks, same weekdays before)",
    ),
    "table.top_members": QT_TRANSLATE_NOOP("ReportTables", "Top members by money paid"),
    "table.inactive_summary": QT_TRANSLATE_NOOP("ReportTables", "Summary"),
    "table.inactive_members": QT_TRANSLATE_NOOP(
        "ReportTables",
        "Inactive members (most points first)",
    ),
    "table.statement_summary": QT_TRANSLATE_NOOP("ReportTables", "Balance"),
    "table.statement_entries": QT_TRANSLATE_NOOP("ReportTables", "Points history"),
    "table.statement_sales": QT_TRANSLATE_NOOP("ReportTables", "Purchases"),
    "table.statement_expiring": QT_TRANSLATE_NOOP("ReportTables", "Points expiring soon"),
    "table.ledger_summary": QT_TRANSLATE_NOOP("ReportTables", "Summary"),
    "table.ledger_entries": QT_TRANSLATE_NOOP("ReportTables", "Ledger entries"),
    "table.z_stores": QT_TRANSLATE_NOOP("ReportTables", "By store"),
    "table.liability_stores": QT_TRANSLATE_NOOP(
        "ReportTables",
        "Points by store (every entry up to the report day)",
    ),
}
"""Table titles (context `ReportTables`)."""

CHARTS: dict[str, str] = {
    "chart.z_checks": QT_TRANSLATE_NOOP("ReportCharts", "Checks with and without a card"),
    "chart.z_points": QT_TRANSLATE_NOOP("ReportCharts", "Points by terminal"),
    "chart.z_points_busiest": QT_TRANSLATE_NOOP(
        "ReportCharts",
        "Points by terminal (the {count} busiest)",
    ),
    "chart.z_days": QT_TRANSLATE_NOOP("ReportCharts", "Checks per day"),
    "chart.liability_expiring": QT_TRANSLATE_NOOP("ReportCharts", "Points expiring by month"),
    "chart.liability_split": QT_TRANSLATE_NOOP("ReportCharts", "Spendable and pending points"),
    "chart.tiers_distribution": QT_TRANSLATE_NOOP("ReportCharts", "Members per tier"),
    "chart.tiers_sales": QT_TRANSLATE_NOOP("ReportCharts", "Checks by tier used"),
    "chart.kpi_daily": QT_TRANSLATE_NOOP("ReportCharts", "Checks per day"),
    "chart.kpi_average": QT_TRANSLATE_NOOP("ReportCharts", "Average check"),
    "chart.kpi_retention": QT_TRANSLATE_NOOP("ReportCharts", "Retention curve (all cohorts)"),
    "chart.top_members": QT_TRANSLATE_NOOP("ReportCharts", "Top 10 members by money paid"),
    "chart.inactive_share": QT_TRANSLATE_NOOP("ReportCharts", "Inactive members"),
    "chart.statement_balance": QT_TRANSLATE_NOOP("ReportCharts", "Balance after each day"),
}
"""Chart titles (context `ReportCharts`)."""

FIGURES: dict[str, str] = {
    "fig.card_checks": QT_TRANSLATE_NOOP("ReportFigures", "Checks with a card"),
    "fig.plain_checks": QT_TRANSLATE_NOOP("ReportFigures", "Checks without a card"),
    "fig.card_share": QT_TRANSLATE_NOOP("ReportFigures", "Share of checks with a card"),
    "fig.card_total": QT_TRANSLATE_NOOP("ReportFigures", "Sales with a card"),
    "fig.plain_total": QT_TRANSLATE_NOOP("ReportFigures", "Sales without a card"),
    "fig.memberships": QT_TRANSLATE_NOOP("ReportFigures", "Club memberships sold"),
    "fig.membership_fees": QT_TRANSLATE_NOOP("ReportFigures", "Club membership fees"),
    "fig.membership_refunds": QT_TRANSLATE_NOOP("ReportFigures", "Club memberships refunded"),
    "fig.membership_returned": QT_TRANSLATE_NOOP("ReportFigures", "Club membership fees returned"),
    "fig.membership_net": QT_TRANSLATE_NOOP("ReportFigures", "Club membership fees, net"),
    "fig.club_members": QT_TRANSLATE_NOOP("ReportFigures", "Club members"),
    "fig.discount": QT_TRANSLATE_NOOP("ReportFigures", "Discounts given"),
    "fig.redeemed_value": QT_TRANSLATE_NOOP("ReportFigures", "Paid with points"),
    "fig.earned": QT_TRANSLATE_NOOP("ReportFigures", "Points earned at checkout"),
    "fig.earned_all": QT_TRANSLATE_NOOP("ReportFigures", "Points earned (checkout and bonuses)"),
    "fig.bonus": QT_TRANSLATE_NOOP("ReportFigures", "Bonus points"),
    "fig.redeemed": QT_TRANSLATE_NOOP("ReportFigures", "Points redeemed"),
    "fig.expired": QT_TRANSLATE_NOOP("ReportFigures", "Points expired"),
    "fig.adjusted_added": QT_TRANSLATE_NOOP("ReportFigures", "Points added by hand"),
    "fig.adjusted_removed": QT_TRANSLATE_NOOP("ReportFigures", "Points removed by hand"),
    "fig.refunds": QT_TRANSLATE_NOOP("ReportFigures", "Refunds (voids included)"),
    "fig.voids": QT_TRANSLATE_NOOP("ReportFigures", "Voids"),
    "fig.refund_amount": QT_TRANSLATE_NOOP("ReportFigures", "Goods returned"),
    "fig.money_returned": QT_TRANSLATE_NOOP("ReportFigures", "Money returned"),
    "fig.points_reversed": QT_TRANSLATE_NOOP("ReportFigures", "Points taken back by refunds"),
    "fig.points_returned": QT_TRANSLATE_NOOP("ReportFigures", "Points given back by refunds"),
    "fig.new_members": QT_TRANSLATE_NOOP("ReportFigures", "New members"),
    "fig.cards_issued": QT_TRANSLATE_NOOP("ReportFigures", "Cards issued"),
    "fig.as_of": QT_TRANSLATE_NOOP("ReportFigures", "As of"),
    "fig.point_value": QT_TRANSLATE_NOOP("ReportFigures", "Value of 1 point"),
    "fig.outstanding": QT_TRANSLATE_NOOP("ReportFigures", "Outstanding points"),
    "fig.outstanding_value": QT_TRANSLATE_NOOP("ReportFigures", "Their value"),
    "fig.spendable": QT_TRANSLATE_NOOP("ReportFigures", "Spendable points"),
    "fig.pending": QT_TRANSLATE_NOOP("ReportFigures", "Pending points"),
    "fig.awaiting_write_off": QT_TRANSLATE_NOOP("ReportFigures", "Expired, not yet written off"),
    "fig.negative_members": QT_TRANSLATE_NOOP("ReportFigures", "Members with a negative balance"),
    "fig.debt_points": QT_TRANSLATE_NOOP("ReportFigures", "Points they owe"),
    "fig.net_points": QT_TRANSLATE_NOOP("ReportFigures", "Outstanding less owed"),
    "fig.upgrades": QT_TRANSLATE_NOOP("ReportFigures", "Moved up"),
    "fig.downgrades": QT_TRANSLATE_NOOP("ReportFigures", "Moved down"),
    "fig.average_card_check": QT_TRANSLATE_NOOP("ReportFigures", "Average check with a card"),
    "fig.average_plain_check": QT_TRANSLATE_NOOP("ReportFigures", "Average check without a card"),
    "fig.buyers": QT_TRANSLATE_NOOP("ReportFigures", "Members who bought"),
    "fig.repeat_buyers": QT_TRANSLATE_NOOP("ReportFigures", "Members who bought twice or more"),
    "fig.repeat_rate": QT_TRANSLATE_NOOP("ReportFigures", "Repeat-purchase rate"),
    "fig.frequency": QT_TRANSLATE_NOOP(
        "ReportFigures",
        "Purchase frequency (checks per buying member)",
    ),
    "fig.redemption_rate": QT_TRANSLATE_NOOP(
        "ReportFigures",
        "Redemption rate (redeemed / earned)",
    ),
    "fig.churn_days": QT_TRANSLATE_NOOP("ReportFigures", "Churn window, days"),
    "fig.churn_base": QT_TRANSLATE_NOOP("ReportFigures", "Members who joined before the window"),
    "fig.churned": QT_TRANSLATE_NOOP("ReportFigures", "Of them, bought nothing in the window"),
    "fig.churn_rate": QT_TRANSLATE_NOOP("ReportFigures", "Churn"),
    "fig.inactive_days": QT_TRANSLATE_NOOP("ReportFigures", "Inactive for at least, days"),
    "fig.inactive_members": QT_TRANSLATE_NOOP("ReportFigures", "Inactive members"),
    "fig.members_total": QT_TRANSLATE_NOOP("ReportFigures", "All members"),
    "fig.card": QT_TRANSLATE_NOOP("ReportFigures", "Card"),
    "fig.member": QT_TRANSLATE_NOOP("ReportFigures", "Member"),
    "fig.opening": QT_TRANSLATE_NOOP("ReportFigures", "Balance at the start"),
    "fig.points_in": QT_TRANSLATE_NOOP("ReportFigures", "Points added"),
    "fig.points_out": QT_TRANSLATE_NOOP("ReportFigures", "Points taken off"),
    "fig.closing": QT_TRANSLATE_NOOP("ReportFigures", "Balance at the end"),
    "fig.balance_now": QT_TRANSLATE_NOOP("ReportFigures", "Balance now"),
    "fig.tier": QT_TRANSLATE_NOOP("ReportFigures", "Tier now"),
    "fig.entries": QT_TRANSLATE_NOOP("ReportFigures", "Entries"),
}
"""The figures of summary tables (context `ReportFigures`)."""

COLUMNS: dict[str, str] = {
    "col.figure": QT_TRANSLATE_NOOP("ReportColumns", "Figure"),
    "col.value": QT_TRANSLATE_NOOP("ReportColumns", "Value"),
    "col.terminal": QT_TRANSLATE_NOOP("ReportColumns", "Terminal"),
    "col.day": QT_TRANSLATE_NOOP("ReportColumns", "Date"),
    "col.card_checks": QT_TRANSLATE_NOOP("ReportColumns", "Card checks"),
    "col.plain_checks": QT_TRANSLATE_NOOP("ReportColumns", "Other checks"),
    "col.card_total": QT_TRANSLATE_NOOP("ReportColumns", "Card sales"),
    "col.discount": QT_TRANSLATE_NOOP("ReportColumns", "Discount"),
    "col.earned": QT_TRANSLATE_NOOP("ReportColumns", "Earned"),
    "col.bonus": QT_TRANSLATE_NOOP("ReportColumns", "Bonus"),
    "col.redeemed": QT_TRANSLATE_NOOP("ReportColumns", "Redeemed"),
    "col.expired": QT_TRANSLATE_NOOP("ReportColumns", "Expired"),
    "col.refunds": QT_TRANSLATE_NOOP("ReportColumns", "Refunds"),
    "col.money_returned": QT_TRANSLATE_NOOP("ReportColumns", "Money returned"),
    "col.reversed": QT_TRANSLATE_NOOP("ReportColumns", "Pts taken back"),
    "col.returned": QT_TRANSLATE_NOOP("ReportColumns", "Pts given back"),
    "col.new_members": QT_TRANSLATE_NOOP("ReportColumns", "New members"),
    "col.month": QT_TRANSLATE_NOOP("ReportColumns", "Month"),
    "col.points": QT_TRANSLATE_NOOP("ReportColumns", "Points"),
    "col.value_money": QT_TRANSLATE_NOOP("ReportColumns", "Money value"),
    "col.card": QT_TRANSLATE_NOOP("ReportColumns", "Card"),
    "col.name": QT_TRANSLATE_NOOP("ReportColumns", "Name"),
    "col.balance": QT_TRANSLATE_NOOP("ReportColumns", "Balance"),
    "col.last_purchase": QT_TRANSLATE_NOOP("ReportColumns", "Last purchase"),
    "col.tier": QT_TRANSLATE_NOOP("ReportColumns", "Tier"),
    "col.threshold": QT_TRANSLATE_NOOP("ReportColumns", "From spend"),
    "col.members_start": QT_TRANSLATE_NOOP("ReportColumns", "Members at start"),
    "col.members_end": QT_TRANSLATE_NOOP("ReportColumns", "Members at end"),
    "col.share_end": QT_TRANSLATE_NOOP("ReportColumns", "Share at end"),
    "col.tier_from": QT_TRANSLATE_NOOP("ReportColumns", "From \\ to"),
    "col.checks": QT_TRANSLATE_NOOP("ReportColumns", "Checks"),
    "col.sales": QT_TRANSLATE_NOOP("ReportColumns", "Sales"),
    "col.cohort": QT_TRANSLATE_NOOP("ReportColumns", "Cohort"),
    "col.cohort_size": QT_TRANSLATE_NOOP("ReportColumns", "Members"),
    "col.month_k": QT_TRANSLATE_NOOP("ReportColumns", "M{k}"),
    "col.promotion": QT_TRANSLATE_NOOP("ReportColumns", "Promotion"),
    "col.first_day": QT_TRANSLATE_NOOP("ReportColumns", "From"),
    "col.last_day": QT_TRANSLATE_NOOP("ReportColumns", "To"),
    "col.days": QT_TRANSLATE_NOOP("ReportColumns", "Days"),
    "col.per_day_before": QT_TRANSLATE_NOOP("ReportColumns", "Checks/day before"),
    "col.per_day_during": QT_TRANSLATE_NOOP("ReportColumns", "Checks/day during"),
    "col.frequency_uplift": QT_TRANSLATE_NOOP("ReportColumns", "Frequency uplift"),
    "col.average_before": QT_TRANSLATE_NOOP("ReportColumns", "Avg check before"),
    "col.average_during": QT_TRANSLATE_NOOP("ReportColumns", "Avg check during"),
    "col.average_uplift": QT_TRANSLATE_NOOP("ReportColumns", "Avg check uplift"),
    "col.average_check": QT_TRANSLATE_NOOP("ReportColumns", "Average check"),
    "col.retention": QT_TRANSLATE_NOOP("ReportColumns", "Retention"),
    "col.rank": QT_TRANSLATE_NOOP("ReportColumns", "#"),
    "col.paid": QT_TRANSLATE_NOOP("ReportColumns", "Paid"),
    "col.net_paid": QT_TRANSLATE_NOOP("ReportColumns", "Net paid"),
    "col.members": QT_TRANSLATE_NOOP("ReportColumns", "Members"),
    "col.registered": QT_TRANSLATE_NOOP("ReportColumns", "Registered"),
    "col.days_inactive": QT_TRANSLATE_NOOP("ReportColumns", "Days inactive"),
    "col.operation": QT_TRANSLATE_NOOP("ReportColumns", "Operation"),
    "col.running_balance": QT_TRANSLATE_NOOP("ReportColumns", "Balance"),
    "col.expires": QT_TRANSLATE_NOOP("ReportColumns", "Expires"),
    "col.detail": QT_TRANSLATE_NOOP("ReportColumns", "Detail"),
    "col.receipt": QT_TRANSLATE_NOOP("ReportColumns", "Receipt"),
    "col.total": QT_TRANSLATE_NOOP("ReportColumns", "Total"),
    "col.refunded": QT_TRANSLATE_NOOP("ReportColumns", "Refunded"),
    "col.time": QT_TRANSLATE_NOOP("ReportColumns", "Time"),
    "col.seq": QT_TRANSLATE_NOOP("ReportColumns", "No."),
    "col.sale": QT_TRANSLATE_NOOP("ReportColumns", "Sale"),
    "col.store": QT_TRANSLATE_NOOP("ReportColumns", "Store"),
    "col.credited": QT_TRANSLATE_NOOP("ReportColumns", "Credited"),
    "col.debited": QT_TRANSLATE_NOOP("ReportColumns", "Debited"),
    "col.net": QT_TRANSLATE_NOOP("ReportColumns", "Net"),
}
"""Column titles (context `ReportColumns`)."""

LEDGER: dict[str, str] = {
    "reason.welcome": QT_TRANSLATE_NOOP("ReportLedger", "welcome"),
    "reason.birthday": QT_TRANSLATE_NOOP("ReportLedger", "birthday"),
    "reason.referral": QT_TRANSLATE_NOOP("ReportLedger", "referral"),
    "reason.review": QT_TRANSLATE_NOOP("ReportLedger", "review"),
    "reason.promotion": QT_TRANSLATE_NOOP("ReportLedger", "promotion"),
    "reason.manual": QT_TRANSLATE_NOOP("ReportLedger", "manual"),
    "reason.opening": QT_TRANSLATE_NOOP("ReportLedger", "opening balance"),
}
"""Bonus reasons (context `ReportLedger`); the kinds are the core's (`ledger_words`)."""

GROUPS: tuple[tuple[str, dict[str, str]], ...] = (
    ("Reports", TITLES),
    ("Reports", WORDS),
    ("ReportTables", TABLES),
    ("ReportCharts", CHARTS),
    ("ReportFigures", FIGURES),
    ("ReportColumns", COLUMNS),
    ("ReportLedger", LEDGER),
    *labels_rfm.GROUPS,
)
"""Each table with the context its texts are marked in (the RFM report's from `labels_rfm`)."""
