"""`pos-loyalty-server serve`: workers sized to the machine on PostgreSQL, one on SQLite."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from server.asgi import YOUNG_COLLECTION
from server.cli import KEEP_ALIVE, default_workers
from server.database import ENV_DATABASE


def test_postgresql_gets_a_worker_per_usable_core_and_sqlite_one() -> None:
    cores = len(os.sched_getaffinity(0))
    assert default_workers("postgresql://loyalty@db.internal/loyalty") == cores
    assert default_workers("postgresql+psycopg://loyalty@db.internal/loyalty") == cores
    assert default_workers("sqlite:////var/lib/pos-loyalty/server.sqlite3") == 1


def test_an_idle_connection_outlasts_a_page_on_a_slow_link() -> None:
    # A 4 MB page at 1 Mbit/s takes 32 s to arrive; uvicorn's keep-alive starts before that.
    assert KEEP_ALIVE >= 60


def test_a_served_worker_freezes_what_built_the_app_and_collects_young_objects_less_often(
    tmp_path: Path,
) -> None:
    # In a process of its own: the factory changes the collector for its whole process.
    probe = (
        "import gc; from server.asgi import build\n"
        "before = gc.get_freeze_count(); app = build()\n"
        "print(before, gc.get_freeze_count(), *gc.get_threshold(), app.title)\n"
    )
    env = {**os.environ, ENV_DATABASE: f"sqlite:///{tmp_path / 'server.sqlite3'}"}
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    before, frozen, young, *_, title = done.stdout.split(maxsplit=5)
    assert (int(before), title.strip()) == (0, "POS Loyalty server")
    assert int(frozen) > 10_000  # the modules, routes and engine of the built app
    assert int(young) == YOUNG_COLLECTION > 700
