"""Errors of the terminal's sync, each with a message that says what to do.

SyncError
├── NotEnrolled          this terminal has no server yet: enrol it
├── ServerUnreachable    no answer, a cut connection, a TLS failure, a busy or failing server
├── AuthRefused          the server refused the token (unknown or revoked): enrol again
├── EnrolmentRefused     the enrolment code cannot be used
├── EpochChanged         the server was restored: the sync resyncs from scratch by itself
└── ProtocolError        an answer the sync does not understand
    ├── UnknownToServer  the server has no such thing (e.g. a member not pushed yet)
    └── RequestRefused   413 or 422: the server will refuse this request as long as it is sent
"""

from __future__ import annotations

from typing import Any


class SyncError(Exception):
    """Base of every error the sync raises on purpose; str(e) is one line for people."""


class NotEnrolled(SyncError):
    """The terminal was never enrolled with a server."""

    def __init__(self) -> None:
        super().__init__(
            "this terminal is not enrolled with a server: ask the operator for an enrolment "
            "code and run 'pos-loyalty sync enrol --server URL --code CODE'"
        )


class ServerUnreachable(SyncError):
    """The server could not be reached or did not finish answering; try again later."""


class AuthRefused(SyncError):
    """The server does not accept this terminal's token."""


class EnrolmentRefused(SyncError):
    """The server refused the enrolment code."""


class EpochChanged(SyncError):
    """The server's history changed (a restore): the cursor no longer fits."""


class ProtocolError(SyncError):
    """The server answered something the sync cannot use."""


class UnknownToServer(ProtocolError):
    """The server has no such member (its registration has not been pushed yet)."""


class RequestRefused(ProtocolError):
    """The server refused the request itself (413 too large, 422 invalid): sending it again
    changes nothing. A push sets the refused messages aside (see `sync.push`).

    `problems` are the server's `detail` items (`loc`, `msg`): `loc` names the message of a
    batch (`["body", "messages", INDEX, ...]`).
    """

    def __init__(self, message: str, status: int, problems: list[dict[str, Any]]) -> None:
        super().__init__(message)
        self.status = status
        self.problems = problems
