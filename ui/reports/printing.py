"""Print a report on a system printer: the very PDF the reports render, page by page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Draw every page of the PDF at `path` on `printer`; return how many pages were printed."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise OSError(f"cannot read the report PDF {path}")
    pages = int(document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise OSError("the printer could not be started: check it is on and chosen")
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            area = painter.viewport()
            size = document.pagePointSize(page).toSize()
            size.scale(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), size), document.render(page, size))
    finally:
        painter.end()
        document.close()
    return pages
