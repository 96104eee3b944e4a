"""The background sync worker: reports its status, backs off while the server is away."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Engine

from db.repositories.sync_state import SyncLink
from sync import SyncClient, SyncStatus, SyncWorker
from sync.link import current, write
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]


def _wait_for(event: threading.Event, seconds: float = 15.0) -> None:
    assert event.wait(seconds), "the worker did not get there in time"


def test_the_worker_syncs_in_the_background_and_reports_progress(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    till = till_factory("T-A")
    till.enrol(live.url, enrolment_code(server_engine, "Store"))
    till.register("Иван Петров", "+7 912 345 67 89")
    seen: list[SyncStatus] = []
    synced = threading.Event()

    def on_status(status: SyncStatus) -> None:
        seen.append(status)
        if status.state == "idle" and status.backlog == 0:
            synced.set()

    with till.client() as client:
        worker = SyncWorker(till.db, client, on_status, interval=0.2)
        worker.start()
        _wait_for(synced)
        worker.stop()
    states = [s.state for s in seen]
    assert states[0] == "syncing" and "idle" in states and states[-1] == "stopped"
    assert any(s.progress is not None and s.progress.phase == "push" for s in seen)
    assert current(till.db).last_success_at is not None


def test_the_worker_backs_off_while_the_server_is_away(till_factory: MakeTill) -> None:
    till = till_factory("T-A")
    link = SyncLink("http://127.0.0.1:9", "plt_x", "T-A", "Store", "e", datetime.now(UTC))
    write(till.db, lambda state: state.enrol(link))
    failed = threading.Event()
    seen: list[SyncStatus] = []

    def on_status(status: SyncStatus) -> None:
        seen.append(status)
        if status.failures >= 2:
            failed.set()

    with SyncClient(link.server_url, link.token, timeout=1) as client:
        worker = SyncWorker(till.db, client, on_status, max_backoff=0.05)
        delays = []
        for failures in (1, 2, 3, 10):
            worker.failures = failures
            delays.append(worker.backoff())
        worker.failures = 0
        worker.start()
        _wait_for(failed)
        worker.stop()
    assert min(delays) >= 0.8 * 0.05 and max(delays) <= 0.05
    assert "cannot be reached" in seen[-2].last_error
    assert {s.state for s in seen} >= {"syncing", "offline", "stopped"}
    unbounded = SyncWorker(till.db, client, on_status)
    unbounded.failures = 4
    assert 6.4 <= unbounded.backoff() <= 8.0
