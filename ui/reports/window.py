"""The reports window: choose a report and a period, see its tables and charts, print or save.

Every report is read and rendered off the GUI thread (`ui.worker.LongJob`, one at a time),
each in its own read snapshot; the window only lays out what comes back. On an enrolled
terminal the store list also offers "Chain (server)": the central server makes the report for
every store (or one), and the window draws, prints and saves it exactly as a local one.

The window is given what it reads and speaks (`Prompts.reports_window` wires it): the report
source over the store's data, the app's clock and the store's language.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.reports import (
    Chart,
    Document,
    Note,
    Period,
    ReportRequest,
    ReportSource,
    Table,
    build_document,
    labels_for,
    render_pdf,
    resolve_scope,
    write_csv,
)
from pos_loyalty.reports.document import Row
from pos_loyalty.reports.period import Language, Progress
from pos_loyalty.services.ports import Clock
from sync.errors import SyncError
from sync.reports import ChainAsk, ChainReports
from ui.i18n import current_language
from ui.reports.charts import chart_view
from ui.reports.controls import Chain, Controls
from ui.reports.printing import print_pdf
from ui.reports.tables import ROW_LIMIT, ReportTableModel, table_view
from ui.retranslate import retranslate_tree
from ui.worker import LongJob, Worker


@dataclass(frozen=True, slots=True)
class Shown:
    """A built report with the rows the window shows (at most ROW_LIMIT per table)."""

    document: Document
    rows: dict[str, list[Row]]


class ReportsWindow(QDialog):
    """Loyalty reports on screen, on paper and as PDF or CSV files."""

    def __init__(
        self,
        source: ReportSource,
        parent: QWidget | None = None,
        *,
        clock: Clock,
        language: Language,
        chain: ChainReports | None = None,
        terminals: Sequence[str] = (),
    ) -> None:
        """`clock` is the app's, `language` the store's (the report's language to begin with)."""
        super().__init__(parent)
        self._source = source
        self._chain = chain
        self._terminals = tuple(terminals)  # the shift's Z-report: only this terminal
        self._clock = clock
        self._speaks = current_language()  # the window's own texts; the report has its own
        self.t = labels_for(language)
        self.worker = Worker(self, threads=1)  # a report reads a lot: no need for two at once
        self.shown: Shown | None = None
        self.controls = Controls(self.t, language, clock().date(), self)
        self._build()
        self.job = LongJob(self.worker, self.progress, self)
        self.worker.submit(self._read_stores, self._on_stores_read, self._on_failed)

    def changeEvent(self, event: QEvent) -> None:
        """Say the window's own texts again when Settings switches the language.

        The report keeps the language chosen for it in "Language of the report"."""
        if event.type() == QEvent.Type.LanguageChange:
            old, self._speaks = self._speaks, current_language()
            retranslate_tree(self, old, self._speaks)
        super().changeEvent(event)

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Reports"))
        self.resize(1100, 700)  # inside a 1366×768 screen with its title bar and task bar
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.csv_button = QPushButton(self.tr("Save as CSV…"), self)
        self.controls.show_button.clicked.connect(self._on_show_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.csv_button.clicked.connect(self._on_csv_clicked)
        actions = QHBoxLayout()
        for widget in (self.progress, self.status):
            actions.addWidget(widget)
        actions.addStretch(1)
        for button in (self.print_button, self.pdf_button, self.csv_button):
            actions.addWidget(button)
        self.results = QWidget()
        self.results_layout = QVBoxLayout(self.results)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.results)
        layout = QVBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addLayout(actions)
        layout.addWidget(scroll, 1)

    # --- work done off the GUI thread -------------------------------------------------------

    def _request(self, queries: Any) -> ReportRequest:
        c = self.controls
        now = self._clock()
        return ReportRequest(
            Period(c.first(), c.last()),
            resolve_scope(queries, c.store(), self._terminals),
            now.tzinfo or now.astimezone().tzinfo or UTC,
            now,
            c.language(),
            card=c.card(),
        )

    def _read_stores(self) -> tuple[list[str], list[str] | None]:
        """This database's stores, and the chain's (None: not enrolled)."""
        with self._source.open() as queries:
            names = sorted(queries.stores())
        if self._chain is None or not self._chain.enrolled():
            return names, None
        try:
            return names, self._chain.stores()
        except SyncError:
            return names, []

    def _from_server(self, chain: Chain) -> Document:
        c, now = self.controls, self._clock()
        period = Period(c.first(), c.last())
        assert self._chain is not None
        ask = ChainAsk(c.report(), period, c.language(), now, chain.store, card=c.card())
        return self._chain.fetch(ask)

    def _job(self, write: Callable[[Document, Progress], Any] | None) -> Callable[[Progress], Any]:
        name, chain = self.controls.report(), self.controls.chain()

        def finish(document: Document, progress: Progress) -> Any:
            if write is not None:
                return write(document, progress)
            return Shown(document, {t.key: _first_rows(t) for t in document.tables})

        def run(progress: Progress) -> Any:
            if chain is not None:
                return finish(self._from_server(chain), progress)
            with self._source.open() as queries:
                document = build_document(name, queries, self._request(queries), progress)
                return finish(document, progress)

        return run

    # --- slots (GUI thread) -----------------------------------------------------------------

    def _start(self, write: Callable[[Document, Progress], Any] | None, on_done: Any) -> None:
        if self.job.start(self._job(write), on_done, self._on_failed):
            self.status.setText(self.tr("Working…"))

    def _on_show_clicked(self) -> None:
        self._start(None, self._on_shown)

    def _on_pdf_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF…"), "", "PDF (*.pdf)")
        if path:
            self._start(lambda d, p: _write_pdf(d, Path(path), p), self._on_saved)

    def _on_csv_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save as CSV…"))
        if folder:
            self._start(lambda d, p: (write_csv(d, Path(folder), p), folder)[1], self._on_saved)

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        target = Path(tempfile.mkdtemp(prefix="pos-loyalty-report-")) / "report.pdf"
        self._start(lambda d, p: _write_pdf(d, target, p), lambda path: self._print(path, printer))

    def _print(self, path: str, printer: QPrinter) -> None:
        try:
            pages = print_pdf(Path(path), printer)
        except OSError as exc:
            self._on_failed(exc)
            return
        self._finish(self.tr("Sent %n page(s) to the printer.", "", pages))

    def _on_stores_read(self, found: tuple[list[str], list[str] | None]) -> None:
        names, chain = found
        self.controls.set_stores(names)
        if chain is not None:
            self.controls.set_chain(chain)

    def _on_shown(self, shown: Shown) -> None:
        self._finish("")
        self.shown = shown
        self._lay_out(shown)

    def _on_saved(self, path: object) -> None:
        self._finish(self.tr("Saved {path}").format(path=path))

    def _on_failed(self, exc: BaseException) -> None:
        self._finish(self.tr("The report could not be made: {error}").format(error=exc))

    def _finish(self, message: str) -> None:
        self.progress.setVisible(False)
        self.status.setText(message)

    def _lay_out(self, shown: Shown) -> None:
        while self.results_layout.count():
            item = self.results_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        document = shown.document
        self.results_layout.addWidget(QLabel(f"<h2>{document.title}</h2>", self.results))
        for block in document.blocks:
            self._add_block(block, shown)
        self.results_layout.addStretch(1)

    def _add_block(self, block: Table | Chart | Note, shown: Shown) -> None:
        parent, layout = self.results, self.results_layout
        if isinstance(block, Note):
            note = QLabel(block.text, parent)
            note.setWordWrap(True)
            layout.addWidget(note)
        elif isinstance(block, Chart):
            layout.addWidget(chart_view(block, parent))
        else:
            rows = shown.rows[block.key]
            layout.addWidget(QLabel(f"<b>{block.title}</b>", parent))
            model = ReportTableModel(block, rows, shown.document.language)
            layout.addWidget(table_view(model, parent))
            if block.size is not None and block.size > len(rows):
                text = self.tr(
                    "Showing the first {shown} of {total} rows; the PDF and CSV hold them all."
                ).format(shown=len(rows), total=block.size)
                layout.addWidget(QLabel(text, parent))

    def closeEvent(self, event: Any) -> None:
        """Let a running report finish before the window goes."""
        self.worker.wait_for_done(10_000)
        super().closeEvent(event)


def _first_rows(table: Table) -> list[Row]:
    rows: list[Row] = []
    for row in table.rows:
        if len(rows) == ROW_LIMIT:
            break
        rows.append(row)
    return rows


def _write_pdf(document: Document, path: Path, progress: Progress) -> str:
    render_pdf(document, path, progress)
    return str(path)
