"""`pos-loyalty-server serve`: workers sized to the machine on PostgreSQL, one on SQLite."""

from __future__ import annotations

import os

from server.cli import KEEP_ALIVE, default_workers


def test_postgresql_gets_a_worker_per_usable_core_and_sqlite_one() -> None:
    cores = len(os.sched_getaffinity(0))
    assert default_workers("postgresql://loyalty@db.internal/loyalty") == cores
    assert default_workers("postgresql+psycopg://loyalty@db.internal/loyalty") == cores
    assert default_workers("sqlite:////var/lib/pos-loyalty/server.sqlite3") == 1


def test_an_idle_connection_outlasts_a_page_on_a_slow_link() -> None:
    # A 4 MB page at 1 Mbit/s takes 32 s to arrive; uvicorn's keep-alive starts before that.
    assert KEEP_ALIVE >= 60
