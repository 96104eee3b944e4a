"""Import members from a CSV file: a dry run listing every bad row, then all or nothing.

The dry run reads the whole file and lists each problem (line, column, reason) in a table,
writing nothing. The import checks the same way and refuses the file if a single row is bad,
listing the rows to fix; otherwise it writes everything in one transaction, its progress
reaching the bar from the worker's thread, and shows what came in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)

from pos_loyalty.domain.import_rows import RowProblem
from pos_loyalty.services.importing import ImportRefused, ImportReport
from ui.backoffice.context import BackOffice
from ui.backoffice.forms import row
from ui.backoffice.notice import Notice
from ui.backoffice.transfer import jobs
from ui.backoffice.transfer.problems import ProblemsModel
from ui.checkout.text import money, points
from ui.worker import LongJob, Report


class ImportBox(QGroupBox):
    """Choose a member file, check it, import it."""

    def __init__(self, context: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Import members from a CSV file"))
        self._context = context
        self.problems = ProblemsModel(self)
        self._build()
        self.job = LongJob(context.worker, self.progress, self)
        self.job.finished.connect(self._enable)

    def _build(self) -> None:
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("The member file (.csv, UTF-8)"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.check_button = QPushButton(self.tr("Check (dry run)"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.notice = Notice(self)
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.problems)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row(self.path_edit, self.choose_button))
        form.addRow("", row(self.check_button, self.import_button))
        form.addRow(self.progress)
        form.addRow(self.notice)
        form.addRow(self.count_label)
        form.addRow(self.table)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)

    # --- slots --------------------------------------------------------------------------

    def _on_choose_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The member file"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.path_edit.setText(path)

    def _on_check_button_clicked(self) -> None:
        path, ctx = self._path(), self._context
        if path is not None:
            self._start(
                lambda report: jobs.dry_run(ctx.uow_factory, path, ctx.clock, report),
                self._on_checked,
            )

    def _on_import_button_clicked(self) -> None:
        path, ctx = self._path(), self._context
        if path is not None:
            self._start(
                lambda report: jobs.run_import(ctx.uow_factory, path, ctx.clock, ctx.actor, report),
                self._on_imported,
            )

    # --- work ---------------------------------------------------------------------------

    def _path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            self.notice.show_text("error", self.tr("Choose the member file first."))
            return None
        return Path(text)

    def _start(
        self, job: Callable[[Report], ImportReport], on_done: Callable[[ImportReport], None]
    ) -> None:
        if self.job.start(job, on_done, self._on_failed):
            self.notice.show_text("info", self.tr("Reading the file…"))
            self._list([])
            self._enable()

    def _on_checked(self, report: ImportReport) -> None:
        self._list(report.problems)
        if report.ok:
            text = self.tr("The file is good: {summary} Nothing was written yet.")
            self.notice.show_text("ok", text.format(summary=self._summary(report)))
        else:
            self.notice.show_text("error", self._refusal(report, written=False))

    def _on_imported(self, report: ImportReport) -> None:
        self._list([])
        text = self.tr("Imported: {summary}").format(summary=self._summary(report))
        self.notice.show_text("ok", text)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportRefused):
            self._list(exc.report.problems)
            self.notice.show_text("error", self._refusal(exc.report, written=True))
        else:
            self.notice.show_error(exc)

    def _summary(self, report: ImportReport) -> str:
        lang = self._context.language
        text = self.tr(
            "members: {members}, cards: {cards} (new numbers: {new}), points: {points}, "
            "qualifying spend: {spend}."
        )
        return text.format(
            members=points(report.members, lang),
            cards=points(report.members, lang),
            new=points(report.new_cards, lang),
            points=points(report.points, lang),
            spend=money(report.spend, lang),
        )

    def _refusal(self, report: ImportReport, *, written: bool) -> str:
        bad = len({p.line for p in report.problems})
        if written:
            text = self.tr(
                "Nothing was imported: {bad} of {rows} rows have problems. Fix the rows listed "
                "below in the file and import it again."
            )
        else:
            text = self.tr(
                "{bad} of {rows} rows have problems. Fix the rows listed below in the file and "
                "check it again."
            )
        return text.format(bad=bad, rows=report.rows)

    def _list(self, problems: Sequence[RowProblem]) -> None:
        self.problems.show(problems)
        shown = len(self.problems.problems)
        self.count_label.setText(self.tr("%n problem(s)", "", shown) if shown else "")
        self.count_label.setVisible(bool(shown))
        self.table.setVisible(bool(shown))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)

    def _enable(self) -> None:
        idle = not self.job.running
        for widget in (self.check_button, self.import_button, self.choose_button):
            widget.setEnabled(idle)
