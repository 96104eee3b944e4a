"""Export the members (in the import file's format) and the points ledger of a period to CSV.

Each export streams from one read transaction off the GUI thread and says how many rows it
wrote; the ledger takes the business days from and to (both included).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ui.backoffice.context import BackOffice
from ui.backoffice.forms import row
from ui.backoffice.notice import Notice
from ui.backoffice.transfer import jobs
from ui.worker import LongJob


class ExportBox(QGroupBox):
    """Members and ledger out to CSV files."""

    def __init__(self, context: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Export to CSV"))
        self._context = context
        self._build()
        self.job = LongJob(context.worker, self.progress, self)
        self.job.finished.connect(self._enable)

    def _build(self) -> None:
        today = self._context.clock().date()
        self.members_button = QPushButton(self.tr("Export the members…"), self)
        self.first_edit = _date_edit(today.replace(day=1), self)
        self.last_edit = _date_edit(today, self)
        self.ledger_button = QPushButton(self.tr("Export the ledger…"), self)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.notice = Notice(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Members"), row(self.members_button))
        to = QLabel(self.tr("to"), self)
        form.addRow(
            self.tr("Ledger, days from"),
            row(self.first_edit, to, self.last_edit, self.ledger_button),
        )
        form.addRow(self.progress)
        form.addRow(self.notice)
        self.members_button.clicked.connect(self._on_members_button_clicked)
        self.ledger_button.clicked.connect(self._on_ledger_button_clicked)

    # --- slots --------------------------------------------------------------------------

    def _on_members_button_clicked(self) -> None:
        path = self._target(self.tr("Export the members"), "members.csv")
        if path is not None:
            self.export_members(path)

    def _on_ledger_button_clicked(self) -> None:
        if self._period() is None:
            return
        path = self._target(self.tr("Export the ledger"), "ledger.csv")
        if path is not None:
            self.export_ledger(path)

    # --- work ---------------------------------------------------------------------------

    def export_members(self, path: Path) -> bool:
        """Write the members to `path`; False if another export is still running."""
        ctx = self._context
        return self._start(lambda _: jobs.members_to(ctx.uow_factory, path, ctx.clock))

    def export_ledger(self, path: Path) -> bool:
        """Write the ledger of the chosen days to `path`; False if refused or busy."""
        period = self._period()
        if period is None:
            return False
        first, last = period
        uow_factory = self._context.uow_factory
        return self._start(lambda _: jobs.ledger_to(uow_factory, path, first, last))

    def _period(self) -> tuple[date, date] | None:
        first, last = self.first_edit.date().toPython(), self.last_edit.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        if first > last:
            self.notice.show_text(
                "error", self.tr("The first day comes after the last one: swap them.")
            )
            return None
        return first, last

    def _target(self, title: str, name: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, self.tr("CSV files (*.csv)"))
        return Path(path) if path else None

    def _start(self, job: Callable[[object], jobs.Exported]) -> bool:
        started = self.job.start(job, self._on_exported, self.notice.show_error)
        if started:
            self.notice.show_text("info", self.tr("Writing the file…"))
            self._enable()
        return started

    def _on_exported(self, done: jobs.Exported) -> None:
        text = self.tr("%n row(s) written to {path}.", "", done.rows)
        self.notice.show_text("ok", text.format(path=done.path))

    def _enable(self) -> None:
        idle = not self.job.running
        for widget in (self.members_button, self.ledger_button):
            widget.setEnabled(idle)


def _date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
