"""Write a report document as a PDF: blocks in order, charts two to a row on landscape pages."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import BinaryIO

from reportlab.graphics import renderPDF

from pos_loyalty.reports.document import Block, Chart, Document, Note, Table
from pos_loyalty.reports.pdf.charts import chart_drawing
from pos_loyalty.reports.pdf.page import TEXT_SIZE, Pages
from pos_loyalty.reports.pdf.tables import TableDrawer
from pos_loyalty.reports.period import Progress, no_progress

CHART_HEIGHT = 170.0
CHART_GAP = 16.0


def render_pdf(
    document: Document,
    target: str | os.PathLike[str] | BinaryIO,
    progress: Progress = no_progress,
) -> None:
    """Write `document` to a file path or a binary file as a PDF."""
    pages = Pages(target, document)
    for group in _groups(document.blocks):
        if isinstance(group, Table):
            TableDrawer(pages, group).draw(progress)
        elif isinstance(group, Note):
            pages.paragraph(group.text)
        else:
            _chart_row(pages, group)
    pages.save()


def _groups(blocks: Sequence[Block]) -> list[Table | Note | list[Chart]]:
    groups: list[Table | Note | list[Chart]] = []
    for block in blocks:
        if isinstance(block, Chart):
            if groups and isinstance(groups[-1], list):
                groups[-1].append(block)
            else:
                groups.append([block])
        else:
            groups.append(block)
    return groups


def _chart_row(pages: Pages, charts: list[Chart]) -> None:
    per_row = 1 if pages.document.portrait else 2
    width = (pages.width - CHART_GAP * (per_row - 1)) / per_row
    for start in range(0, len(charts), per_row):
        row = charts[start : start + per_row]
        pages.need(CHART_HEIGHT + TEXT_SIZE + 14)
        top = pages.y - 6
        for i, chart in enumerate(row):
            left = pages.left + i * (width + CHART_GAP)
            pages.canvas.setFont("DejaVuSans", TEXT_SIZE + 1)
            pages.canvas.drawString(left, top - TEXT_SIZE - 1, chart.title)
            drawing = chart_drawing(chart, width, CHART_HEIGHT, pages.document.language)
            renderPDF.draw(drawing, pages.canvas, left, top - TEXT_SIZE - 6 - CHART_HEIGHT)
        pages.y = top - TEXT_SIZE - 10 - CHART_HEIGHT
