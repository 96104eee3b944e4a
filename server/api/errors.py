"""Error answers: every error is {"code", "message"}, documented per route in the OpenAPI."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException

from server.api.schemas import ErrorBody
from server.errors import ApiError, Busy

DESCRIPTIONS = {
    400: "Bad request: a body that is not JSON, a damaged cursor, an unusable enrolment code.",
    401: "No token, an unknown token, or a revoked one.",
    403: "The token's terminal may not do this (e.g. write entries of another terminal).",
    404: "Not found.",
    409: "The cursor is from an earlier epoch of the server: resync from scratch.",
    503: "The database is busy: retry later.",
}
_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}
RETRYABLE_SQLSTATES = {"40001", "40P01", "55P03", "57014", "23505"}
"""Serialization failure, deadlock, lock timeout, statement timeout, a racing unique insert."""


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI `responses` entry for these error statuses."""
    return {s: {"model": ErrorBody, "description": DESCRIPTIONS[s]} for s in statuses}


def _answer(error: ApiError) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
    body = ErrorBody(code=error.code, message=error.message).model_dump()
    return JSONResponse(status_code=error.status, content=body, headers=headers)


def _is_retryable(error: DBAPIError) -> bool:
    state = getattr(error.orig, "sqlstate", None)
    if state in RETRYABLE_SQLSTATES:
        return True
    return "database is locked" in str(error.orig)


def install(app: FastAPI) -> None:
    """Answer ApiError with its status and a busy database with 503."""

    async def on_api_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        return _answer(exc)

    async def on_database_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, DBAPIError)
        if _is_retryable(exc):
            return _answer(Busy())
        raise exc

    async def on_http_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        error = ApiError(str(exc.detail))
        error.status, error.code = exc.status_code, _CODES.get(exc.status_code, "http_error")
        return _answer(error)

    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(DBAPIError, on_database_error)
