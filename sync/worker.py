"""The sync worker: push, then pull, again and again, backing off while the server is away.

`sync_once` is one round (the `pos-loyalty sync --once` command). `SyncWorker` runs rounds on a
background thread for the app: every `interval` seconds after a success, after 1, 2, 4 ...
seconds (at most `max_backoff`) after a failure. It reports a `SyncStatus` through `on_status`
from its own thread: a UI turns that into a signal and redraws on its own thread.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from db import Database
from sync import card_numbers, evidence
from sync import link as links
from sync.client import SyncClient
from sync.errors import SyncError
from sync.pull import PullReport, pull_changes
from sync.push import PushReport, push_outbox, set_aside_count

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """How far a round is: the phase and (done, total); total is 0 when not known."""

    phase: str
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the counter shows about the sync."""

    state: str
    """'idle', 'syncing', 'offline' (failing, will retry) or 'stopped'."""
    backlog: int
    last_success_at: datetime | None
    last_error: str = ""
    failures: int = 0
    progress: SyncProgress | None = None
    problems: tuple[str, ...] = field(default=())
    set_aside: int = 0
    """Messages the server refused, kept here for the operator (`pos-loyalty sync set-aside`)."""


@dataclass
class SyncReport:
    """What one round did."""

    push: PushReport
    pull: PullReport


def _now() -> datetime:
    return datetime.now(UTC)


def _pushing(
    on_progress: Callable[[SyncProgress], None] | None,
) -> Callable[[int, int], None] | None:
    if on_progress is None:
        return None
    return lambda done, total: on_progress(SyncProgress("push", done, total))


def _pulling(on_progress: Callable[[SyncProgress], None] | None) -> Callable[[int], None] | None:
    if on_progress is None:
        return None
    return lambda done: on_progress(SyncProgress("pull", done, 0))


def sync_once(
    db: Database,
    client: SyncClient,
    *,
    on_progress: Callable[[SyncProgress], None] | None = None,
    clock: Clock = _now,
) -> SyncReport:
    """Push the outbox, send the audit evidence, fetch card numbers if few are left, then
    pull; record the attempt, the success or the error."""
    started = clock()
    links.change(db, last_attempt_at=started)
    try:

        def reclaim() -> int:
            return card_numbers.reclaim(db, client)

        pushed = push_outbox(db, client, progress=_pushing(on_progress), on_restart=reclaim)
        evidence.send_quietly(db, client, clock())
        card_numbers.top_up_quietly(db, client, clock())
        pulled = pull_changes(db, client, progress=_pulling(on_progress))
        if pulled.epoch_changed:
            reclaim()  # before the outbox goes again: its cards come from these blocks
            pushed.add(push_outbox(db, client, progress=_pushing(on_progress)))
    except SyncError as exc:
        failures = links.current(db).failures + 1
        links.change(db, last_error=str(exc), failures=failures)
        links.log(db, "error", str(exc), clock())
        raise
    links.change(db, last_success_at=started, last_error="", failures=0)
    return SyncReport(pushed, pulled)


def status(db: Database, state: str = "idle") -> SyncStatus:
    """The sync's status from the local database."""
    link = links.read(db, lambda s: s.link())
    backlog = links.read(db, lambda s: s.backlog())
    if link is None:
        return SyncStatus("not enrolled", backlog, None)
    aside = set_aside_count(db)
    return SyncStatus(
        state, backlog, link.last_success_at, link.last_error, link.failures, set_aside=aside
    )


class SyncWorker:
    """Runs sync rounds on a background thread until stopped."""

    def __init__(
        self,
        db: Database,
        client: SyncClient,
        on_status: Callable[[SyncStatus], None],
        *,
        interval: float = 30.0,
        max_backoff: float = 300.0,
        clock: Clock = _now,
    ) -> None:
        self._db, self._client, self._on_status = db, client, on_status
        self.interval, self.max_backoff, self._clock = interval, max_backoff, clock
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self.failures = 0

    def start(self) -> None:
        """Start the background thread (once)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="pos-loyalty-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the thread to stop after the current request and wait for it."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._on_status(status(self._db, "stopped"))

    def sync_now(self) -> None:
        """Start a round now instead of at the next interval."""
        self._wake.set()

    def backoff(self) -> float:
        """Seconds to wait after `failures` failures in a row (with a little jitter)."""
        base: float = min(self.max_backoff, 2.0 ** max(self.failures - 1, 0))
        return base * random.uniform(0.8, 1.0)

    def _run(self) -> None:
        while not self._stop.is_set():
            delay = self._round()
            self._wake.wait(delay)
            self._wake.clear()

    def _round(self) -> float:
        progress_status = status(self._db, "syncing")
        self._on_status(progress_status)

        def on_progress(p: SyncProgress) -> None:
            self._on_status(replace(progress_status, progress=p))

        try:
            report = sync_once(self._db, self._client, on_progress=on_progress, clock=self._clock)
        except SyncError:
            self.failures += 1
            self._on_status(status(self._db, "offline"))
            return self.backoff()
        except Exception as exc:  # a bug must not kill the thread silently
            self.failures += 1
            links.log(self._db, "error", f"sync failed unexpectedly: {exc!r}", self._clock())
            self._on_status(replace(status(self._db, "offline"), last_error=repr(exc)))
            return self.backoff()
        self.failures = 0
        done = status(self._db, "idle")
        self._on_status(replace(done, problems=tuple(report.push.problems)))
        return self.interval
