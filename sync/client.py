"""The HTTP client of the sync: one httpx client, JSON without floats, errors people can act on.

The bodies and answers are the messages declared in `pos_loyalty.wire`: the protocol modules
beside this one write requests with `encode` and read answers with `answer_as`.

Certificates are verified (httpx's default); `ca_file` pins the CA that signed the server's
certificate (a company CA behind the reverse proxy).
"""

from __future__ import annotations

import json
import ssl
from datetime import date
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from db import jsontext
from pos_loyalty.wire import WireError, decode, encode
from pos_loyalty.wire.evidence import EvidenceRequest
from sync.errors import (
    AuthRefused,
    EnrolmentRefused,
    EpochChanged,
    ProtocolError,
    RequestRefused,
    ServerUnreachable,
    UnknownToServer,
)

T = TypeVar("T")
DEFAULT_TIMEOUT = 30.0
BALANCE_TIMEOUT = 1.5
"""Seconds an online balance check may take before the counter falls back to offline rules."""


class SyncClient:
    """Talks to the central server for one terminal."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        ca_file: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(
            base_url=self.base_url,
            headers=headers,
            timeout=timeout,
            verify=ssl.create_default_context(cafile=ca_file) if ca_file else True,
            transport=transport,
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def enrol(self, code: str, terminal_id: str) -> dict[str, Any]:
        """Exchange an enrolment code for this terminal's token."""
        return self._call("POST", "/enrol", json_body={"code": code, "terminal_id": terminal_id})

    def push(self, messages: list[dict[str, Any]]) -> dict[str, Any]:
        """Send a batch of outbox messages; return the server's account of them."""
        return self._call("POST", "/push", json_body={"messages": messages})

    def card_blocks(self, held: list[tuple[int, int]], size: int = 1000) -> dict[str, Any]:
        """Ask for the next block of card numbers, naming the blocks this terminal holds."""
        body = {"held": [{"first_seq": a, "last_seq": b} for a, b in held], "size": size}
        return self._call("POST", "/card-blocks", json_body=body)

    def push_encoded(self, body: bytes) -> dict[str, Any]:
        """Send a batch already written as the JSON body of `POST /push` (see `sync.push`)."""
        return self._call("POST", "/push", content=body)

    def pull(self, cursor: str | None, limit: int) -> dict[str, Any]:
        """Fetch the page of changes after `cursor`."""
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["after"] = cursor
        return self._call("GET", "/pull", params=params)

    def balance(
        self, member_id: str, day: date, timeout: float = BALANCE_TIMEOUT
    ) -> dict[str, Any]:
        """A member's points on the server, with a short timeout (best effort)."""
        params = {"day": day.isoformat()}
        return self._call("GET", f"/members/{member_id}/balance", params=params, timeout=timeout)

    def post(self, path: str, body: dict[str, Any], timeout: float | None = None) -> dict[str, Any]:
        """POST a JSON body to `path` (for protocol modules beside this one: sync.redemptions)."""
        return self._call("POST", path, json_body=body, timeout=timeout)

    def reports(self) -> dict[str, Any]:
        """The reports the server makes chain-wide, and the chain's stores (`GET /reports`)."""
        return self._call("GET", "/reports")

    def report(self, name: str, params: dict[str, Any]) -> dict[str, Any]:
        """A chain-wide report made by the server (`GET /reports/NAME`), in its wire form."""
        return self._call("GET", f"/reports/{name}", params=params)

    def audit_key(self) -> dict[str, Any]:
        """This terminal's audit key, issued now if the server has none for it."""
        return self._call("POST", "/audit-key", json_body={})

    def evidence(self) -> dict[str, Any]:
        """The newest audit record and ledger head the server holds of this terminal."""
        return self._call("GET", "/evidence")

    def send_evidence(self, sent: EvidenceRequest) -> dict[str, Any]:
        """Send audit records the server does not hold yet and the ledger's head."""
        return self._call("POST", "/evidence", json_body=encode(sent))

    def audit_copy(self, after: int, limit: int) -> dict[str, Any]:
        """A page of (seq, hash) of this terminal's audit records the server holds."""
        return self._call("GET", "/evidence/audit", params={"after": after, "limit": limit})

    def entry_copy(self, after: int, limit: int) -> dict[str, Any]:
        """A page of this terminal's entries the server holds, with their content hashes."""
        return self._call("GET", "/evidence/entries", params={"after": after, "limit": limit})

    def status(self) -> dict[str, Any]:
        """What the server knows of this terminal (highest sequence, gaps)."""
        return self._call("GET", "/status")

    def _call(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        content: bytes | None = None,
        params: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        if json_body is not None:
            content = jsontext.dumps(json_body, "request").encode()
        headers = {"Content-Type": "application/json"} if content is not None else None
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        try:
            response = self._http.request(
                method, path, content=content, params=params, headers=headers, **extra
            )
        except httpx.HTTPError as exc:
            raise ServerUnreachable(_unreachable(self.base_url, exc)) from exc
        return _answer(response)


def answer_as(cls: type[T], answer: dict[str, Any]) -> T:
    """Read a server's answer as the wire message `cls` (`pos_loyalty.wire`); a malformed one
    is a ProtocolError naming what was wrong."""
    try:
        return decode(cls, answer)
    except WireError as exc:
        raise ProtocolError(f"the server's answer is not a {cls.__name__}: {exc}") from None


def _unreachable(url: str, exc: httpx.HTTPError) -> str:
    text = str(exc) or type(exc).__name__
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text:
        return (
            f"the certificate of {url} cannot be verified ({text}): check the address, or pin "
            "the company CA with --ca-file"
        )
    if isinstance(exc, httpx.TimeoutException):
        return f"the server {url} did not answer in time: the sync will try again"
    return f"the server {url} cannot be reached ({text}): the sync will try again"


def _answer(response: httpx.Response) -> dict[str, Any]:
    try:
        body = jsontext.loads(response.text) if response.content else None
    except (ValueError, json.JSONDecodeError):
        body = None
    message = body.get("message") if isinstance(body, dict) else None
    status = response.status_code
    if status < 300:
        if not isinstance(body, dict):
            raise ProtocolError(f"the server answered {status} without a JSON object")
        return body
    detail = message or response.reason_phrase or f"HTTP {status}"
    if status == 401 or status == 403:
        raise AuthRefused(f"the server refused this terminal: {detail}")
    if status == 409 and isinstance(body, dict) and body.get("code") == "epoch_changed":
        raise EpochChanged(detail)
    if status == 400 and isinstance(body, dict) and body.get("code") == "enrolment_refused":
        raise EnrolmentRefused(detail)
    if status == 404:
        raise UnknownToServer(detail)
    if status in (413, 422):
        problems = body.get("detail") if isinstance(body, dict) else None
        listed = [p for p in problems if isinstance(p, dict)] if isinstance(problems, list) else []
        raise RequestRefused(f"the server refused the request ({status}): {detail}", status, listed)
    if status >= 500 or status == 429:
        raise ServerUnreachable(f"the server is not able to answer now ({status}: {detail})")
    raise ProtocolError(f"the server refused the request ({status}): {detail}")
