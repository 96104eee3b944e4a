"""The FastAPI application: routes, error answers, and the database it is built on."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import Engine

from server.api import errors
from server.api.gate import RequestGate
from server.api.routes import (
    enrol,
    evidence,
    members,
    pull,
    push,
    redemptions,
    reports,
    reward_holds,
    status,
)
from server.database import ServerDatabase, engine_for, open_server_database

DESCRIPTION = """The central server of POS Loyalty: terminals push their outbox (ledger
entries, sales, member and card changes) and pull what other terminals did.

Every request but `POST /enrol` and `GET /health` carries the terminal's bearer token; it is
checked before the body is read (401). Bodies are strict JSON: NaN, Infinity and a number no
float holds answer 422, as does a number with a fraction where money or points are expected
(integer minor units, kopecks). A body may be 8 MiB on `POST /push` and 1 MiB elsewhere (413).
Errors answer `{"code", "message"}` (a 422 adds `detail`: where each problem is).
"""


def create_app(engine_or_url: Engine | str) -> FastAPI:
    """Build the application over a database (migrated here if it needs it)."""
    engine = engine_for(engine_or_url) if isinstance(engine_or_url, str) else engine_or_url
    database = open_server_database(engine)
    return app_for(database)


def app_for(database: ServerDatabase) -> FastAPI:
    """Build the application over an opened server database."""
    app = FastAPI(title="POS Loyalty server", version="1", description=DESCRIPTION)
    app.state.database = database
    for module in (
        enrol,
        push,
        pull,
        members,
        redemptions,
        reward_holds,
        status,
        reports,
        evidence,
    ):
        app.include_router(module.router)
    errors.install(app)
    app.add_middleware(RequestGate, database=database)
    return app
