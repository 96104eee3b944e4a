"""Error answers: every error is {"code", "message"}, documented per route in the OpenAPI.

A database that cannot take the request now answers 503 `busy` with `Retry-After`: a lock,
a deadlock or a serialization failure, and an overload (no connection free in the worker's
pool within its timeout, or PostgreSQL refusing a connection: too many clients).

A request the schemas refuse answers 422 with the same two fields and `detail`: where in the
body each problem is (`loc`, e.g. `["body", "messages", 3, "payload", "name"]`, so a terminal
can tell which message of a batch was refused) and what is wrong. The value itself is never
echoed back: it may be personal data, huge, or not representable in JSON at all.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException

from server.api.schemas import ErrorBody, Invalid, ValidationErrorBody
from server.errors import ApiError, Busy

DESCRIPTIONS = {
    400: "Bad request: a body that is not JSON, a damaged cursor, an unusable enrolment code.",
    401: "No token, an unknown token, or a revoked one.",
    403: "The token's terminal may not do this (e.g. write entries of another terminal).",
    404: "Not found.",
    413: "The body is larger than the server reads on this route: send less at a time.",
    409: "The cursor is from an earlier epoch of the server: resync from scratch.",
    503: "The database is busy or has no connection free: retry after `Retry-After` seconds.",
}
INVALID = (
    "The request is not strict JSON (NaN, Infinity, a number no float holds) or does not match "
    "the schema (a fraction where a whole number is expected, text over its limit, ...): "
    "`detail` says where."
)
_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}
RETRYABLE_SQLSTATES = {"40001", "40P01", "55P03", "57014", "23505", "53300", "57P03"}
"""Serialization failure, deadlock, lock timeout, statement timeout, a racing unique insert,
too many connections, a database starting up or shutting down."""
RETRYABLE_TEXTS = (
    "database is locked",
    "too many clients already",
    "too many connections for",
    "remaining connection slots are reserved",
)
"""The same failures where no SQLSTATE comes with them (SQLite; a refused connection)."""
RETRY_AFTER_SECONDS = 5


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI `responses` entry for these error statuses, with 413 and 422 on every route."""
    documented: dict[int | str, dict[str, Any]] = {
        s: {"model": ErrorBody, "description": DESCRIPTIONS[s]} for s in (*statuses, 413)
    }
    documented[422] = {"model": ValidationErrorBody, "description": INVALID}
    return documented


def answer(error: ApiError) -> JSONResponse:
    """The response for an ApiError: its status and {"code", "message"}."""
    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else {}
    if error.status == 503:
        headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    body = ErrorBody(code=error.code, message=error.message).model_dump()
    return JSONResponse(status_code=error.status, content=body, headers=headers)


def is_retryable(error: DBAPIError | PoolTimeout) -> bool:
    """True for a failure that the same request, sent again, will likely not meet."""
    if isinstance(error, PoolTimeout):
        return True
    state = getattr(error.orig, "sqlstate", None)
    if state in RETRYABLE_SQLSTATES:
        return True
    text = str(error.orig)
    return any(known in text for known in RETRYABLE_TEXTS)


def _place(loc: Any) -> list[str | int]:
    return [part if isinstance(part, int) else str(part) for part in loc]


async def on_invalid(_request: Request, exc: Exception) -> JSONResponse:
    """Answer a request the schemas refuse: where and what, never the value sent."""
    assert isinstance(exc, RequestValidationError)
    found = [
        Invalid(loc=_place(e.get("loc", ())), msg=str(e.get("msg", "")), type=str(e.get("type")))
        for e in exc.errors()
    ]
    first = found[0] if found else Invalid(loc=[], msg="invalid request", type="invalid")
    more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
    where = ".".join(str(part) for part in first.loc)
    message = f"{where}: {first.msg}{more}: correct the request"
    body = ValidationErrorBody(code="invalid_request", message=message, detail=found)
    return JSONResponse(status_code=422, content=body.model_dump())


def install(app: FastAPI) -> None:
    """Answer ApiError with its status and a busy or overloaded database with 503."""

    async def on_api_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        return answer(exc)

    async def on_database_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, (DBAPIError, PoolTimeout))
        if is_retryable(exc):
            return answer(Busy())
        raise exc

    async def on_http_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        error = ApiError(str(exc.detail))
        error.status, error.code = exc.status_code, _CODES.get(exc.status_code, "http_error")
        return answer(error)

    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_invalid)
    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(DBAPIError, on_database_error)
    app.add_exception_handler(PoolTimeout, on_database_error)
