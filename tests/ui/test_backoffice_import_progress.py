"""A long back-office job runs off the GUI thread; its progress reaches the bar queued."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QProgressBar

from tests.ui.conftest import WAIT_MS
from ui.backoffice.transfer.jobs import SCALE, reading_source
from ui.worker import LongJob, Report, Worker


def test_progress_from_the_worker_thread_is_set_on_the_gui_thread(qtbot: Any) -> None:
    worker = Worker()
    bar = QProgressBar()
    qtbot.addWidget(bar)
    job = LongJob(worker, bar)
    gui = threading.get_ident()
    seen: list[tuple[int, int]] = []
    bar.valueChanged.connect(lambda value: seen.append((value, threading.get_ident())))
    outcome: list[Any] = []

    def run(report: Report) -> int:
        for done in range(1, 5):
            report(done, 4)
        return threading.get_ident()

    assert job.start(run, outcome.append, outcome.append)
    assert not job.start(run, outcome.append, outcome.append)  # one at a time
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    assert outcome[0] != gui  # the job ran on the pool
    assert [value for value, _ in seen] == [0, 1, 2, 3, 4]  # 0: reset when the job starts
    assert {thread for _, thread in seen} == {gui}
    assert (bar.value(), bar.maximum()) == (4, 4) and not job.running
    worker.wait_for_done(WAIT_MS)


def test_a_failed_job_hands_its_error_back_and_frees_the_job(qtbot: Any) -> None:
    worker = Worker()
    bar = QProgressBar()
    qtbot.addWidget(bar)
    job = LongJob(worker, bar)
    failures: list[BaseException] = []

    def run(report: Report) -> None:
        raise OSError("disk full")

    job.start(run, lambda _: None, failures.append)
    assert not bar.isHidden()
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    assert str(failures[0]) == "disk full" and not job.running
    assert bar.isHidden()  # a part-full bar would mislead; the message says what happened
    worker.wait_for_done(WAIT_MS)


def test_reading_a_file_reports_how_far_it_got(tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text("header\n" + "Участник;+7 900 000 00 00\n" * 9_999, encoding="utf-8-sig")
    seen: list[int] = []
    lines = list(reading_source(path, seen.append)())
    assert len(lines) == 10_000 and lines[1] == "Участник;+7 900 000 00 00\n"
    assert not lines[0].startswith("\ufeff")
    assert len(seen) == 6 and seen == sorted(seen) and seen[-1] == SCALE
    assert 0 < seen[0] < seen[3] < SCALE
