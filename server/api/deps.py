"""FastAPI dependencies: the database, a transaction on it, and the calling terminal."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Connection

from server.api.gate import TERMINAL_KEY
from server.database import ServerDatabase
from server.errors import Unauthorized
from server.store.terminals import Terminal, authenticate

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="TerminalToken",
    description="The token `POST /enrol` gave this terminal.",
)


def database(request: Request) -> ServerDatabase:
    """The application's database."""
    found: ServerDatabase = request.app.state.database
    return found


DatabaseDep = Annotated[ServerDatabase, Depends(database)]


def write_session(db: DatabaseDep) -> Iterator[Connection]:
    """One write transaction; the route commits it, anything else rolls it back."""
    with db.write() as connection:
        connection.begin()
        yield connection


def read_session(db: DatabaseDep) -> Iterator[Connection]:
    """One read transaction that sees a single snapshot."""
    with db.read() as connection:
        connection.begin()
        yield connection


SessionDep = Annotated[Connection, Depends(write_session)]
ReadSessionDep = Annotated[Connection, Depends(read_session)]


def current_terminal(
    request: Request,
    db: DatabaseDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Terminal:
    """The enrolled, unrevoked terminal whose bearer token came with the request.

    The gate (`server.api.gate`) checked the token before the body was read; an application
    built without the gate checks it here.
    """
    checked = request.scope.get(TERMINAL_KEY)
    if isinstance(checked, Terminal):
        return checked
    if credentials is None:
        raise Unauthorized()
    with db.read() as connection:
        return authenticate(connection, credentials.credentials)


TerminalDep = Annotated[Terminal, Depends(current_terminal)]
