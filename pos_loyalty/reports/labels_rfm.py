"""The words of the RFM report, in English, marked for translation (as in `labels_en`).

Kept apart from `labels_en` because they belong to one report; `labels_en.GROUPS` takes them in.
Segment names are keyed by the segment's value (`segment.at-risk`).
"""

from __future__ import annotations

from pos_loyalty.i18n import QT_TRANSLATE_NOOP

WORDS: dict[str, str] = {
    "rfm.title": QT_TRANSLATE_NOOP("Reports", "RFM segments"),
    "segment.champions": QT_TRANSLATE_NOOP("Reports", "Champions"),
    "segment.loyal": QT_TRANSLATE_NOOP("Reports", "Loyal"),
    "segment.potential": QT_TRANSLATE_NOOP("Reports", "Potential"),
    "segment.new": QT_TRANSLATE_NOOP("Reports", "New"),
    "segment.at-risk": QT_TRANSLATE_NOOP("Reports", "At risk"),
    "segment.cant-lose": QT_TRANSLATE_NOOP("Reports", "Can't lose"),
    "segment.hibernating": QT_TRANSLATE_NOOP("Reports", "Hibernating"),
    "segment.lost": QT_TRANSLATE_NOOP("Reports", "Lost"),
    "note.rfm": QT_TRANSLATE_NOOP(
        "Reports",
        "Members who bought goods in the period are scored 1 to 5 on each measure by quintiles:"
        " R, days from their last purchase to {as_of} (fewer is better); F, their checks;"
        " M, what they paid less what refunds returned. Equal values share a score. FM is the"
        " mean of F and M, half up. The first rule that holds names the segment: new, R 4-5"
        " and one purchase; champions, R 4-5 and FM 4-5; loyal, R 3-5 and FM 3-5; potential,"
        " R 3-5; can't lose, R 1 and FM 4-5; at risk, FM 3-5; hibernating, R 2; lost, the rest.",
    ),
}
TABLES: dict[str, str] = {
    "table.rfm_summary": QT_TRANSLATE_NOOP("ReportTables", "Summary"),
    "table.rfm_segments": QT_TRANSLATE_NOOP("ReportTables", "Members and money by segment"),
    "table.rfm_scores": QT_TRANSLATE_NOOP(
        "ReportTables", "What each score covers (lowest and highest value given it)"
    ),
}
CHARTS: dict[str, str] = {
    "chart.rfm_members": QT_TRANSLATE_NOOP("ReportCharts", "Members per segment"),
    "chart.rfm_money": QT_TRANSLATE_NOOP("ReportCharts", "Money per segment"),
}
FIGURES: dict[str, str] = {
    "fig.rfm_money": QT_TRANSLATE_NOOP("ReportFigures", "Money paid, less refunds"),
}
COLUMNS: dict[str, str] = {
    "col.segment": QT_TRANSLATE_NOOP("ReportColumns", "Segment"),
    "col.members_share": QT_TRANSLATE_NOOP("ReportColumns", "Share of members"),
    "col.money": QT_TRANSLATE_NOOP("ReportColumns", "Money"),
    "col.money_share": QT_TRANSLATE_NOOP("ReportColumns", "Share of money"),
    "col.score": QT_TRANSLATE_NOOP("ReportColumns", "Score"),
    "col.recency_low": QT_TRANSLATE_NOOP("ReportColumns", "R: days from"),
    "col.recency_high": QT_TRANSLATE_NOOP("ReportColumns", "R: days to"),
    "col.frequency_low": QT_TRANSLATE_NOOP("ReportColumns", "F: checks from"),
    "col.frequency_high": QT_TRANSLATE_NOOP("ReportColumns", "F: checks to"),
    "col.money_low": QT_TRANSLATE_NOOP("ReportColumns", "M: money from"),
    "col.money_high": QT_TRANSLATE_NOOP("ReportColumns", "M: money to"),
}

GROUPS: tuple[tuple[str, dict[str, str]], ...] = (
    ("Reports", WORDS),
    ("ReportTables", TABLES),
    ("ReportCharts", CHARTS),
    ("ReportFigures", FIGURES),
    ("ReportColumns", COLUMNS),
)
"""Each table with the context its texts are marked in."""
