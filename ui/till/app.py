"""The till API's composition root: the FastAPI app, and uvicorn in a thread or in front.

`create_app` wires the routes to one store; `TillServer` runs it in a background thread (the
counter window and the tests); `serve` runs it until interrupted (`pos-loyalty till serve`).
"""

from __future__ import annotations

import contextlib
import threading
import time

import uvicorn
from fastapi import FastAPI

from pos_loyalty.domain.errors import LoyaltyError
from ui.till.answers import loyalty_error
from ui.till.context import TillContext
from ui.till.routes import router


def create_app(context: TillContext) -> FastAPI:
    """The till API over one store, acting as `context.actor`."""
    app = FastAPI(
        title="POS Loyalty till API",
        version="1",
        description="The shop's till sends a check; the counter answers per-line discounts "
        "and points in kopecks (docs/till-api.md).",
    )
    app.state.till = context
    app.add_exception_handler(LoyaltyError, loyalty_error)
    app.include_router(router)
    return app


class TillServer:
    """The till API on `host:port` in a daemon thread; `stop()` ends it."""

    def __init__(self, context: TillContext, host: str, port: int) -> None:
        config = uvicorn.Config(
            create_app(context), host=host, port=port, log_level="warning", access_log=False
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name="till-api", daemon=True)

    def _run(self) -> None:
        # uvicorn ends a server that cannot bind with SystemExit: keep it to this thread
        with contextlib.suppress(SystemExit, OSError):  # `start` says the port was not opened
            self._server.run()

    def start(self, timeout: float = 10.0) -> None:
        """Start listening; raise if the port could not be opened in time."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise OSError(
                    f"the till API did not start on {self._server.config.host}:"
                    f"{self._server.config.port}: is the port already in use?"
                )
            time.sleep(0.02)

    def stop(self) -> None:
        """Stop listening and wait for the thread."""
        self._server.should_exit = True
        self._thread.join(timeout=10)


def serve(context: TillContext, host: str, port: int) -> None:
    """Run the till API in front until Ctrl+C."""
    uvicorn.run(create_app(context), host=host, port=port, log_level="info")
