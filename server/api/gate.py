"""The gate every request passes before a route: who is asking, how big, and is it strict JSON.

An ASGI middleware, so it acts before FastAPI reads a body:

1. **Who.** Every path but the public ones (`/enrol`, `/health`, the API description) needs a
   valid bearer token, checked from the headers alone: a request without one gets 401 and
   its body is never read, whatever its size.
2. **How big.** A body may be at most `PUSH_BODY_BYTES` on `/push`, a little on `/enrol` and
   `BODY_BYTES` elsewhere. A larger `Content-Length` is answered 413 at once; a body without
   one is counted while it streams in and answered 413 as soon as it passes the limit.
3. **Strict JSON.** NaN, Infinity and -Infinity are not JSON, and a number too large for a
   float or with thousands of digits is no amount: such a body answers 422 on every route,
   never a 500. (Fractions where whole numbers are expected are refused by the schemas.)
   orjson reads the body first (it refuses all of these); only a body it refuses is read
   again by the standard library, which says what is wrong or, for JSON orjson is stricter
   about (a lone surrogate, UTF-16), lets it pass as before. What orjson read is kept in the
   request's scope, so a route of `ParsedBodyRoute` does not parse it again.

The terminal that passed the gate is kept in the request's scope for `deps.current_terminal`.
The token check and the application each wait for the request's turn at the database first
(`ServerDatabase.turn`: no more requests at once than the pool has connections). A push also
of more than `LARGE_PUSH_BYTES` (a backlog, not a sale or two) waits for one of a worker's
`PUSHES_AT_ONCE` places first: reading and storing a batch is Python work, and more of it at
once in one process only makes the threads take turns at the interpreter lock (50 terminals
pushing 500 entries each: 76 us of the server's CPU per entry with 20 at once per worker, 66 us
with 3). A small push does not wait behind the backlogs: at 50 terminals each pushing one
entry at once, its median answer took 237 ms without places and 624 ms with them for all.
"""

from __future__ import annotations

import asyncio
import json
import math
import weakref
from collections.abc import Callable, Coroutine
from contextlib import AbstractAsyncContextManager, nullcontext
from typing import Any

import orjson
from fastapi import Request, Response
from fastapi.routing import APIRoute
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pos_loyalty.domain.fields import BODY_BYTES, PUSH_BODY_BYTES
from server.api.errors import answer, is_retryable
from server.api.schemas import Invalid, ValidationErrorBody
from server.database import ServerDatabase
from server.errors import ApiError, Busy, Unauthorized
from server.store.terminals import Terminal, authenticate

TERMINAL_KEY = "pos_loyalty.terminal"
JSON_KEY = "pos_loyalty.json"
"""Where the gate keeps the body it read as JSON (for `ParsedBodyRoute`)."""
PUBLIC = frozenset(
    {"/enrol", "/health", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}
)
ENROL_BYTES = 16 * 1024
LIMITS = {"/push": PUSH_BODY_BYTES, "/enrol": ENROL_BYTES}
PUSHES_AT_ONCE = 3
"""Large pushes a worker applies at once; the others wait in the event loop (see the module)."""
LARGE_PUSH_BYTES = 64 * 1024
"""A push body larger than this (about a hundred entries) waits for one of the places."""


class TooLarge(ApiError):
    """The body is larger than the server reads on this path."""

    status = 413
    code = "too_large"


class InvalidJson(ApiError):
    """The body is not strict JSON (NaN, Infinity, a number no float holds)."""

    status = 422
    code = "invalid_json"


def limit_of(path: str) -> int:
    """The largest body the server reads on this path, in bytes."""
    return LIMITS.get(path, BODY_BYTES)


class RequestGate:
    """Authenticate, bound and check the body before the application sees the request."""

    def __init__(self, app: ASGIApp, database: ServerDatabase) -> None:
        self.app = app
        self.database = database
        self._pushes: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore]
        self._pushes = weakref.WeakKeyDictionary()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            if scope["path"] not in PUBLIC:
                async with self.database.turn():
                    scope[TERMINAL_KEY] = await self._terminal(scope)
            body = await _read_body(scope, receive, limit_of(scope["path"]))
            if body:
                parsed = _check_json(scope, body)
                if parsed is not _UNREAD:
                    scope[JSON_KEY] = parsed
        except ApiError as error:
            await _refusal(error)(scope, receive, send)
            return
        # No more requests than the pool has connections (server.database says why), and no
        # more large pushes than PUSHES_AT_ONCE; one waits for its place before it takes a turn.
        async with self._place(scope["path"], len(body)), self.database.turn():
            await self.app(scope, _replay(body, receive), send)

    def _place(self, path: str, size: int) -> AbstractAsyncContextManager[Any]:
        if path != "/push" or size <= LARGE_PUSH_BYTES:
            return nullcontext()
        loop = asyncio.get_running_loop()
        found = self._pushes.get(loop)
        if found is None:
            found = self._pushes[loop] = asyncio.Semaphore(PUSHES_AT_ONCE)
        return found

    async def _terminal(self, scope: Scope) -> Terminal:
        token = _bearer(scope)
        if not token:
            raise Unauthorized()
        try:
            return await run_in_threadpool(self._authenticate, token)
        except (DBAPIError, PoolTimeout) as exc:
            if is_retryable(exc):
                raise Busy() from exc
            raise

    def _authenticate(self, token: str) -> Terminal:
        with self.database.look_up() as connection:
            return authenticate(connection, token)


def _refusal(error: ApiError) -> JSONResponse:
    """The answer; a 422 carries `detail` like the schemas' refusals (the whole body)."""
    if not isinstance(error, InvalidJson):
        return answer(error)
    where = Invalid(loc=["body"], msg=error.message, type="json_invalid")
    body = ValidationErrorBody(code=error.code, message=error.message, detail=[where])
    return JSONResponse(status_code=422, content=body.model_dump())


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def _bearer(scope: Scope) -> str:
    scheme, _, token = (_header(scope, b"authorization") or "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _too_large(limit: int) -> TooLarge:
    return TooLarge(
        f"the body is larger than the {limit:,} bytes this server reads here: send less at a "
        "time (a terminal splits its batch by itself)"
    )


async def _read_body(scope: Scope, receive: Receive, limit: int) -> bytes:
    """Read the body, refusing it as soon as it is known to be larger than `limit`."""
    declared = _header(scope, b"content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise ApiError("the Content-Length header is not a number: send a valid request")
        if int(declared) > limit:
            raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows: send numbers as whole integers")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text[:40]} is too large for any amount: send whole integers")
    return value


_UNREAD = object()


def _check_json(scope: Scope, body: bytes) -> Any:
    """Refuse a JSON body holding NaN, an infinity or a number no float or int can hold;
    return what orjson read of it (`_UNREAD` if it did not, or the body is not JSON)."""
    kind = (_header(scope, b"content-type") or "application/json").split(";")[0].strip().lower()
    if not (kind == "application/json" or kind.endswith("+json")):
        return _UNREAD
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        pass
    try:
        json.loads(body, parse_constant=_refuse_constant, parse_float=_finite)
    except json.JSONDecodeError as exc:
        raise InvalidJson(
            f"the body is not valid JSON ({exc.msg} at character {exc.pos}): send JSON"
        ) from None
    except (ValueError, RecursionError) as exc:
        raise InvalidJson(f"the body is not strict JSON: {_first_line(exc)}") from None
    return _UNREAD


def _first_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:300]


def _replay(body: bytes, receive: Receive) -> Receive:
    """Hand the application the body already read, then whatever else the client sends."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


class ParsedBodyRequest(Request):
    """A request whose JSON body the gate already read: `json()` hands that over."""

    async def json(self) -> Any:
        """The body as JSON: the gate's reading when it kept one."""
        found = self.scope.get(JSON_KEY, _UNREAD)
        if found is _UNREAD:
            return await super().json()
        return found


class ParsedBodyRoute(APIRoute):
    """A route that takes its JSON body as the gate read it (a push is thousands of entries,
    and reading them twice costs as much as checking them)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """FastAPI's handler, given a `ParsedBodyRequest`."""
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            return await handler(ParsedBodyRequest(request.scope, request.receive))

        return handle
