"""The Audit log tab: the records newest first, a page at a time, with Verify and Export.

A page is one index range read on the worker (the log is never loaded whole). Verify reads the
chain in batches on the worker with a progress bar and says either that the log is intact or,
in red, which records were altered or deleted; those rows turn red when on the page shown.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.services.audit import NOT_ENROLLED, AuditCheck, AuditPage, audit_page
from ui.backoffice.audit.jobs import check_log, write_csv
from ui.backoffice.audit.table import AuditTable
from ui.backoffice.audit.texts import action_text, break_text
from ui.backoffice.context import BackOffice
from ui.backoffice.notice import Notice
from ui.core_messages import core_message
from ui.worker import LongJob

PAGE_SIZE = 100


class AuditPanel(QWidget):
    """The manual actions in the audit log, with who did them and who approved them."""

    def __init__(
        self, context: BackOffice, parent: QWidget | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditPanel")
        self.context = context
        self.page_size = page_size
        self.page: AuditPage | None = None
        self._before: int | None = None
        self._newer: list[int | None] = []
        self._broken: set[int] = set()
        self._build()
        self.job = LongJob(context.worker, self.progress, self)
        self.load()

    def _build(self) -> None:
        self.action_box = QComboBox()
        self.action_box.setObjectName("auditAction")
        self.action_box.addItem(self.tr("All actions"), None)
        self.newer_button = QPushButton(self.tr("Newer"))
        self.older_button = QPushButton(self.tr("Older"))
        self.page_label = QLabel()
        self.verify_button = QPushButton(self.tr("Verify"))
        self.export_button = QPushButton(self.tr("Export to CSV…"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.table = AuditTable()
        self.notice = Notice()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Action")))
        for widget in (self.action_box, self.newer_button, self.older_button, self.page_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.verify_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.notice)
        self.action_box.activated.connect(self._on_action_box_activated)
        self.newer_button.clicked.connect(self._on_newer_button_clicked)
        self.older_button.clicked.connect(self._on_older_button_clicked)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)

    def showEvent(self, event: QShowEvent) -> None:
        """Read the page again when the tab comes back into view: others may have written."""
        super().showEvent(event)
        if self.page is not None and not event.spontaneous():
            self.load(self._before)

    @property
    def action(self) -> str | None:
        """The action the list is filtered by, or None for all."""
        value = self.action_box.currentData()
        return None if value is None else str(value)

    def load(self, before: int | None = None) -> None:
        """Read the page of records below `before` (None: the newest page)."""
        self._before = before
        factory, size, action = self.context.uow_factory, self.page_size, self.action
        fn = partial(audit_page, size=size, before=before, action=action)
        self._run(lambda: fn(uow=factory()), self._on_page_loaded, channel="audit_page")

    def _on_page_loaded(self, page: AuditPage) -> None:
        self.page = page
        self.table.show_page(page, self.context.clock().tzinfo)
        self.table.mark(self._broken)
        self._show_actions(page.actions)
        pages = max(1, -(-page.total // self.page_size))
        self.page_label.setText(
            self.tr("page {page} of {pages}, records: {total}").format(
                page=len(self._newer) + 1, pages=pages, total=page.total
            )
        )
        self.newer_button.setEnabled(bool(self._newer))
        self.older_button.setEnabled(page.has_older)

    def _show_actions(self, actions: list[str]) -> None:
        chosen = self.action
        self.action_box.blockSignals(True)
        while self.action_box.count() > 1:
            self.action_box.removeItem(1)
        for action in actions:
            self.action_box.addItem(action_text(action), action)
        found = self.action_box.findData(chosen) if chosen is not None else 0
        self.action_box.setCurrentIndex(max(found, 0))
        self.action_box.blockSignals(False)

    def choose_action(self, action: str | None) -> None:
        """Show only `action`'s records (None: all), from the newest."""
        index = self.action_box.findData(action) if action is not None else 0
        self.action_box.setCurrentIndex(max(index, 0))
        self._on_action_box_activated(self.action_box.currentIndex())

    def _on_action_box_activated(self, _index: int) -> None:
        self._newer.clear()
        self.load()

    def _on_older_button_clicked(self) -> None:
        if self.page is not None and self.page.records:
            self._newer.append(self._before)
            self.load(self.page.records[-1].seq)

    def _on_newer_button_clicked(self) -> None:
        if self._newer:
            self.load(self._newer.pop())

    def verify(self) -> None:
        """Check the chain, the balances and the server's copy on the worker; the answer shows
        under the table."""
        factory = self.context.uow_factory
        self._start(lambda report: check_log(factory, report), self._on_log_checked)

    def _on_log_checked(self, check: AuditCheck) -> None:
        self._busy(False)
        self._broken = {b.seq for b in check.breaks} | {b.found for b in check.breaks if b.found}
        self.table.mark(self._broken)
        if check.intact:
            if check.records == 1:
                text = self.tr("The log is intact (1 record).")
            else:
                text = self.tr("The log is intact (%n records).", "", check.records)
            if check.members:
                text += " " + self.tr(
                    "Balances and points of %n members match the ledger.", "", check.members
                )
            self.notice.show_text("ok", "\n".join([text, *self._unchecked(check)]))
            return
        lines = [break_text(b) for b in check.breaks]
        # Findings beyond the chain come from the core in English, like the command line's.
        lines += [d.text for d in check.projection] + check.server + self._unchecked(check)
        head = self.tr("The log was tampered with:")
        self.notice.show_text("error", "\n".join([head, *lines]))

    def _unchecked(self, check: AuditCheck) -> list[str]:
        """What could not be checked; the common case in the window's language."""
        alone = self.tr("Not compared with a central server: this terminal is not enrolled.")
        return [alone if line == NOT_ENROLLED else line for line in check.unchecked]

    def export_to(self, path: Path) -> None:
        """Write the records (of the action chosen, if any) to a CSV file, on the worker."""
        factory, action = self.context.uow_factory, self.action
        done = partial(self._on_log_exported, path)
        self._start(lambda report: write_csv(factory, path, action, report), done)

    def _on_log_exported(self, path: Path, count: int) -> None:
        self._busy(False)
        if count == 1:
            text = self.tr("1 record written to {path}.")
        else:
            text = self.tr("%n records written to {path}.", "", count)
        self.notice.show_text("ok", text.format(path=str(path)))

    def _on_verify_button_clicked(self) -> None:
        self.verify()

    def _on_export_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit.csv", self.tr("CSV files (*.csv)")
        )
        if chosen:
            self.export_to(Path(chosen))

    def _start(self, job: Any, on_done: Any) -> None:
        """Run a long job (Verify, Export) with its progress bar, the buttons off meanwhile."""
        if self.job.start(job, on_done, self._on_failed):
            self._busy(True)

    def _busy(self, busy: bool) -> None:
        self.verify_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        if not busy:
            self.progress.hide()  # the notice says what came of it

    def _run(self, fn: Any, on_done: Any, channel: str = "") -> None:
        self.context.worker.submit(fn, on_done, self._on_failed, channel=channel)

    def _on_failed(self, error: BaseException) -> None:
        self._busy(False)
        self.notice.show_text(
            "error", self.tr("Not done: {error}").format(error=core_message(error))
        )
