"""Run slow work (database, printing, reports, device I/O) off the GUI thread: the one helper.

The one rule: **no widget is touched off the GUI thread.** A task is a plain function that
opens its own unit of work (`db.uow()` is per thread) and returns plain data; its result (or
its exception) comes back through a queued signal and the callbacks run on the GUI thread,
where they may redraw whatever they like.

A long job takes `report(done, total)` and calls it from the pool thread as it goes; each
report reaches the GUI thread queued. `Job.cancel()` drops the job's result and stops it at its
next report (`report` raises `Cancelled` there). `LongJob` runs one such job at a time for a
panel and shows its progress in a bar.

A result that arrives after the worker (and so the window owning it) was deleted is dropped.
Requests on a *channel* replace each other: when a newer request on the same channel was
submitted, the result of an older one is dropped (an old quote never overwrites a new one).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
Report = Callable[[int, int], None]
"""Called by a job with (units done, units in all), from the pool thread."""
QUEUED = Qt.ConnectionType.QueuedConnection


class Cancelled(Exception):
    """Raised by `report` inside a job that was cancelled: the job ends there."""


class Job(QObject):
    """One task on its way: carries its progress and outcome to the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Drop the result; the job stops at its next report (one that never reports runs on)."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """True once `cancel` was called."""
        return self._cancelled.is_set()

    def report(self, done: int, total: int) -> None:
        """Tell the GUI thread how far the job got (from any thread); stop here if cancelled."""
        if self._cancelled.is_set():
            raise Cancelled
        self.progressed.emit(done, total)


class _Run(QRunnable):
    def __init__(self, fn: Callable[[Report], Any], job: Job) -> None:
        super().__init__()
        self._fn = fn
        self._job = job

    def run(self) -> None:
        try:
            result = self._fn(self._job.report)
        except Exception as exc:  # handed to the GUI thread, which shows it
            self._job.failed.emit(exc)
        else:
            self._job.finished.emit(result)


class Worker(QObject):
    """A small thread pool for a window's background work (see the module docstring)."""

    def __init__(self, parent: QObject | None = None, *, threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._generations: dict[str, int] = {}
        self._live: set[Job] = set()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_failed: Callback | None = None,
        *,
        channel: str = "",
    ) -> Job:
        """Run `fn()` on the pool; call `on_done(result)` or `on_failed(exc)` on the GUI thread."""
        return self.start(lambda _report: fn(), on_done, on_failed, channel=channel)

    def start(
        self,
        fn: Callable[[Report], Any],
        on_done: Callback | None = None,
        on_failed: Callback | None = None,
        *,
        on_progress: Report | None = None,
        channel: str = "",
    ) -> Job:
        """Run `fn(report)` on the pool; its reports reach `on_progress` on the GUI thread."""
        generation = self._generations.get(channel, 0) + 1
        if channel:
            self._generations[channel] = generation
        job = Job()
        self._live.add(job)

        def current() -> bool:
            if not shiboken6.isValid(self) or job.cancelled:
                return False  # the window that asked is gone, or it no longer wants the answer
            return not channel or self._generations.get(channel) == generation

        def deliver(callback: Callback | None, value: Any) -> None:
            self._live.discard(job)
            if not current():
                return
            if callback is not None:
                callback(value)
            elif isinstance(value, BaseException):
                log.error("background task failed", exc_info=value)

        def progressed(done: int, total: int) -> None:
            if on_progress is not None and current():
                on_progress(done, total)

        job.progressed.connect(progressed, QUEUED)
        job.finished.connect(lambda result: deliver(on_done, result), QUEUED)
        job.failed.connect(lambda exc: deliver(on_failed, exc), QUEUED)
        self._pool.start(_Run(fn, job))
        return job

    def forget(self, channel: str) -> None:
        """Drop whatever is still on its way on `channel` (e.g. when the customer changes)."""
        self._generations[channel] = self._generations.get(channel, 0) + 1

    @property
    def busy(self) -> bool:
        """True while a task runs or its result has not been delivered yet."""
        return bool(self._live)

    def wait_for_done(self, timeout_ms: int = 5000) -> bool:
        """Block until the pool is idle (for shutdown and tests); True if it got there."""
        return bool(self._pool.waitForDone(timeout_ms))


class LongJob(QObject):
    """Runs one long job at a time for a panel and drives its progress bar."""

    progressed = Signal(int, int)
    """(done, total) of each report, once the bar shows it."""
    finished = Signal()

    def __init__(self, worker: Worker, bar: QProgressBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._bar = bar
        self._job: Job | None = None
        self.running = False

    def start(
        self,
        job: Callable[[Report], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> bool:
        """Run `job(report)` off the GUI thread unless one is running; False if it had to wait."""
        if self.running:
            return False
        self.running = True
        self._bar.setRange(0, 0)  # busy until the first report says how much there is
        self._bar.setValue(0)
        self._bar.setVisible(True)
        self._job = self._worker.start(
            job,
            lambda result: self._end(on_done, result),
            lambda exc: self._end(on_failed, exc),
            on_progress=self._on_job_progressed,
        )
        return True

    def cancel(self) -> None:
        """Stop the running job at its next report; neither of its callbacks is called."""
        if not self.running or self._job is None:
            return
        self._job.cancel()
        self.running = False
        self._bar.setVisible(False)
        self.finished.emit()

    def _end(self, callback: Callable[[Any], None], value: Any) -> None:
        self.running = False
        if isinstance(value, BaseException):
            self._bar.setVisible(False)  # the message says what happened; a part-full bar misleads
        elif self._bar.maximum() == 0:  # no report came: the job was all of a piece
            self._bar.setRange(0, 1)
            self._bar.setValue(1)
        callback(value)
        self.finished.emit()

    def _on_job_progressed(self, done: int, total: int) -> None:
        self._bar.setRange(0, max(total, 1))
        self._bar.setValue(min(done, max(total, 1)))
        self.progressed.emit(done, total)
