"""Reports run off the GUI thread: a job reports progress and hands back its result.

No widget is touched off the GUI thread: the job function gets a progress callback that emits a
queued signal, and its result or exception comes back the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from pos_loyalty.reports.period import Progress


class JobSignals(QObject):
    """Carries a job's progress, result and failure to the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: JobSignals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn(self._signals.progressed.emit)
        except Exception as exc:  # shown by the window, on the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class Jobs(QObject):
    """One job at a time for the reports window (a report reads a lot: no need for two)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._live: set[JobSignals] = set()

    def start(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None],
    ) -> None:
        """Run `fn(progress)` on the pool; the callbacks run on the GUI thread."""
        signals = JobSignals()
        self._live.add(signals)

        def done(result: Any) -> None:
            self._live.discard(signals)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._live.discard(signals)
            on_failed(exc)

        signals.progressed.connect(on_progress)
        signals.finished.connect(done)
        signals.failed.connect(failed)
        self._pool.start(_Job(fn, signals))

    @property
    def busy(self) -> bool:
        """True while a job runs or its result is on its way."""
        return bool(self._live)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until the pool is idle (closing the window, tests)."""
        return bool(self._pool.waitForDone(timeout_ms))
