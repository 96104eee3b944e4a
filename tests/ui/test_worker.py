"""The worker runs tasks off the GUI thread, hands results back on it, and drops stale ones."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThread

from ui.worker import Report, Worker


def test_a_result_comes_back_on_the_gui_thread(qtbot: Any) -> None:
    worker = Worker()
    gui = QThread.currentThread()
    seen: dict[str, Any] = {}

    def task() -> int:
        seen["task_thread"] = QThread.currentThread()
        return 42

    def done(value: int) -> None:
        seen["value"], seen["callback_thread"] = value, QThread.currentThread()

    worker.submit(task, done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=2000)
    assert seen["value"] == 42
    assert seen["task_thread"] is not gui and seen["callback_thread"] is gui


def test_an_exception_goes_to_the_failure_callback(qtbot: Any) -> None:
    worker = Worker()
    failures: list[BaseException] = []

    def task() -> None:
        raise ValueError("printer on fire")

    worker.submit(task, None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=2000)
    assert str(failures[0]) == "printer on fire"


def test_an_older_result_arriving_after_a_newer_one_is_dropped(qtbot: Any) -> None:
    worker = Worker()
    release = threading.Event()
    shown: list[str] = []

    def slow() -> str:
        release.wait(2)
        return "old quote"

    worker.submit(slow, shown.append, channel="quote")
    worker.submit(lambda: "new quote", shown.append, channel="quote")
    qtbot.waitUntil(lambda: shown == ["new quote"], timeout=2000)
    release.set()
    assert worker.wait_for_done(2000)
    qtbot.waitUntil(lambda: not worker.busy, timeout=2000)
    assert shown == ["new quote"]


def test_forget_drops_what_is_still_on_its_way(qtbot: Any) -> None:
    worker = Worker()
    release = threading.Event()
    shown: list[str] = []
    worker.submit(lambda: release.wait(2) and "previous customer", shown.append, channel="member")
    worker.forget("member")
    release.set()
    qtbot.waitUntil(lambda: not worker.busy, timeout=2000)
    assert shown == []


def test_a_jobs_progress_reaches_the_gui_thread_in_order(qtbot: Any) -> None:
    worker = Worker()
    gui = QThread.currentThread()
    told: list[tuple[int, int, bool]] = []
    results: list[str] = []

    def job(report: Report) -> str:
        for done in range(1, 4):
            report(done, 3)
        return "done"

    def progressed(done: int, total: int) -> None:
        told.append((done, total, QThread.currentThread() is gui))

    worker.start(job, results.append, on_progress=progressed)
    qtbot.waitUntil(lambda: results == ["done"], timeout=2000)
    assert told == [(1, 3, True), (2, 3, True), (3, 3, True)]


def test_a_cancelled_job_stops_at_its_next_report_and_hands_nothing_back(qtbot: Any) -> None:
    worker = Worker()
    started, release = threading.Event(), threading.Event()
    reached: list[int] = []
    outcome: list[Any] = []

    def job(report: Report) -> str:
        for done in range(1, 4):
            if done == 2:
                started.set()
                release.wait(2)
            report(done, 3)
            reached.append(done)
        return "finished anyway"

    running = worker.start(job, outcome.append, outcome.append)
    assert started.wait(2)
    running.cancel()
    release.set()
    assert worker.wait_for_done(2000)
    qtbot.waitUntil(lambda: not worker.busy, timeout=2000)
    assert reached == [1] and outcome == [] and running.cancelled
