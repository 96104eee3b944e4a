"""Loyalty reports: figures computed exactly from the report queries, rendered to PDF and CSV.

    with source.open() as queries:                      # one read snapshot
        document = build_document("z", queries, request, progress)
        render_pdf(document, "z.pdf")
        write_csv(document, Path("csv"))

The figures are plain dataclasses built from the `ReportQueries` port (`ports.py`); a
`Document` of tables, charts and notes carries them to the renderers (PDF, CSV, JSON, window).
"""

from pos_loyalty.reports.catalogue import REPORTS, build_document
from pos_loyalty.reports.csv_out import write_csv
from pos_loyalty.reports.document import Chart, ChartKind, Column, Document, Kind, Note, Table
from pos_loyalty.reports.labels import labels_for
from pos_loyalty.reports.pdf import render_pdf
from pos_loyalty.reports.period import Period, ReportRequest, Scope
from pos_loyalty.reports.plain import document_to_plain
from pos_loyalty.reports.ports import ReportQueries, ReportSource
from pos_loyalty.reports.scope import resolve_scope

__all__ = [
    "REPORTS",
    "Chart",
    "ChartKind",
    "Column",
    "Document",
    "Kind",
    "Note",
    "Period",
    "ReportQueries",
    "ReportRequest",
    "ReportSource",
    "Scope",
    "Table",
    "build_document",
    "document_to_plain",
    "labels_for",
    "render_pdf",
    "resolve_scope",
    "write_csv",
]
