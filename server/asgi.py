"""The application factory uvicorn workers call: the database URL comes from the environment."""

from __future__ import annotations

import gc

from fastapi import FastAPI

from server.app import create_app
from server.database import default_url

YOUNG_COLLECTION = 10_000
"""Objects allocated before Python's cycle collector looks at the youngest ones (Python's own
default is 700). A push of 1,000 entries makes tens of thousands of objects that live until
its answer is sent, and at 700 the collector went over them again and again while they were
still in use: a tenth of a worker's CPU in the benchmark's morning push (docs/benchmarks.md).
The few cycles a request leaves wait a little longer to be freed."""


def build() -> FastAPI:
    """Build the app over $POS_LOYALTY_SERVER_DB (set by `pos-loyalty-server serve`)."""
    app = create_app(default_url())
    settle_collector()
    return app


def settle_collector() -> None:
    """Set the cycle collector for serving, once the application is built: what was made to
    build it (modules, routes, the engine) lives as long as the worker, so it is frozen out of
    every later collection, and the youngest objects are looked at every YOUNG_COLLECTION
    allocations."""
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION, middle, oldest)
