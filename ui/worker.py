"""Run slow work (database, printing, device I/O) off the GUI thread and hand the result back.

The one rule: **no widget is touched off the GUI thread.** A task is a plain function that
opens its own unit of work (`db.uow()` is per thread) and returns plain data; its result (or
its exception) comes back through a queued signal and the callbacks run on the GUI thread,
where they may redraw whatever they like.

A result that arrives after the worker (and so the window owning it) was deleted is dropped.
Requests on a *channel* replace each other: when a newer request on the same channel was
submitted, the result of an older one is dropped (an old quote never overwrites a new one).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class TaskSignals(QObject):
    """Carries one task's outcome from the pool thread back to the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: TaskSignals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread, which shows it
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class Worker(QObject):
    """A small thread pool for the window's background tasks (see the module docstring)."""

    def __init__(self, parent: QObject | None = None, *, threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._generations: dict[str, int] = {}
        self._live: set[TaskSignals] = set()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_failed: Callback | None = None,
        *,
        channel: str = "",
    ) -> None:
        """Run `fn` on the pool; call `on_done(result)` or `on_failed(exc)` on the GUI thread."""
        generation = self._generations.get(channel, 0) + 1
        if channel:
            self._generations[channel] = generation
        signals = TaskSignals()
        self._live.add(signals)
        queued = Qt.ConnectionType.QueuedConnection

        def deliver(callback: Callback | None, value: Any) -> None:
            self._live.discard(signals)
            if not shiboken6.isValid(self):
                return  # the window that asked is gone
            if channel and self._generations.get(channel) != generation:
                return  # a newer request on this channel is the one that counts
            if callback is not None:
                callback(value)
            elif isinstance(value, BaseException):
                log.error("background task failed", exc_info=value)

        signals.finished.connect(lambda result: deliver(on_done, result), queued)
        signals.failed.connect(lambda exc: deliver(on_failed, exc), queued)
        self._pool.start(_Task(fn, signals))

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
