"""Errors the server answers with: each has an HTTP status, a stable code and a sentence.

ApiError
├── Unauthorized        401  no token, unknown token, revoked token
├── Forbidden           403  a terminal writing as another terminal
├── NotFound            404  unknown member
├── BadCursor           400  a pull cursor that this server did not make
├── EnrolmentRefused    400  unknown, used or expired enrolment code; terminal id taken
├── EpochChanged        409  a cursor of another epoch: resync from scratch
└── Busy                503  the database is busy (a lock, a deadlock): retry later
"""

from __future__ import annotations


class ApiError(Exception):
    """An error answered as {"code", "message"} with `status`."""

    status = 400
    code = "bad_request"
    default = "the request cannot be processed"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default)
        self.message = message or self.default


class Unauthorized(ApiError):
    """The request carries no valid bearer token."""

    status = 401
    code = "unauthorized"
    default = (
        "no terminal token: enrol the terminal (pos-loyalty sync enrol) and send "
        "'Authorization: Bearer <token>'"
    )


class Forbidden(ApiError):
    """The token is valid but does not allow this."""

    status = 403
    code = "forbidden"


class NotFound(ApiError):
    """The thing asked for is not on the server."""

    status = 404
    code = "not_found"


class BadCursor(ApiError):
    """A pull cursor this server did not make."""

    status = 400
    code = "bad_cursor"
    default = "the pull cursor is damaged: pull again without a cursor to resync from scratch"


class EnrolmentRefused(ApiError):
    """The enrolment code cannot be used."""

    status = 400
    code = "enrolment_refused"


class EpochChanged(ApiError):
    """The cursor belongs to an earlier history of the server (it was restored)."""

    status = 409
    code = "epoch_changed"
    default = (
        "the server was restored from a backup since this cursor was made: "
        "resync from scratch and send the whole outbox again"
    )


class Busy(ApiError):
    """The database could not finish the request now."""

    status = 503
    code = "busy"
    default = "the server's database is busy: retry in a moment"
