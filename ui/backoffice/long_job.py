"""A long back-office job off the GUI thread, its progress shown in a progress bar.

The job is a plain function taking `report(done, total)`. Called on the worker's thread, `report`
emits a signal that reaches the GUI thread queued, where the bar is set; the result or the error
comes back through `ui.worker.Worker` as for any task. No widget is touched off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressBar

from ui.worker import Worker

Report = Callable[[int, int], None]
"""Called by a job with (units done, units in all)."""


class ProgressRelay(QObject):
    """Carries a job's progress from the worker's thread to the GUI thread."""

    progressed = Signal(int, int)


class LongJob(QObject):
    """Runs one job at a time for a panel and drives its progress bar."""

    finished = Signal()

    def __init__(self, worker: Worker, bar: QProgressBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._bar = bar
        self.running = False
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self._on_relay_progressed, Qt.ConnectionType.QueuedConnection)

    def start(
        self,
        job: Callable[[Report], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> bool:
        """Run `job` off the GUI thread unless one is running; False if it had to wait."""
        if self.running:
            return False
        self.running = True
        self._bar.setRange(0, 0)  # busy until the first report says how much there is
        self._bar.setValue(0)
        self._bar.setVisible(True)
        emit = self.relay.progressed.emit
        self._worker.submit(
            lambda: job(emit),
            lambda result: self._end(on_done, result),
            lambda exc: self._end(on_failed, exc),
        )
        return True

    def _end(self, callback: Callable[[Any], None], value: Any) -> None:
        self.running = False
        if isinstance(value, BaseException):
            self._bar.setVisible(False)  # the message says what happened; a part-full bar misleads
        elif self._bar.maximum() == 0:  # no report came: the job was all of a piece
            self._bar.setRange(0, 1)
            self._bar.setValue(1)
        callback(value)
        self.finished.emit()

    def _on_relay_progressed(self, done: int, total: int) -> None:
        self._bar.setRange(0, max(total, 1))
        self._bar.setValue(min(done, max(total, 1)))
