"""More requests at once than a worker has threads, over a pool of two connections, all answer.

Each request waits for its turn in the event loop before it takes a connection. Were they to
wait in the pool instead, each would hold one of the worker's 40 threads while waiting, and the
requests holding the two connections would find no thread to finish on: every request would
end in the pool's timeout (503).
"""

from __future__ import annotations

import asyncio

import httpx
import pytest
from sqlalchemy import Engine, create_engine, text
from starlette.types import Message, Receive, Scope, Send

from server import create_app
from server.api import gate
from server.app import app_for
from server.database import ServerDatabase
from tests.server.live import LiveServer, enrolment_code

REQUESTS = 120


def _two_connection_pool(server_engine: Engine) -> Engine:
    if server_engine.dialect.name == "sqlite":
        connect_args: dict[str, object] = {"check_same_thread": False}
    else:
        with server_engine.connect() as connection:
            schema = connection.execute(text("SELECT current_schema()")).scalar_one()
        connect_args = {"options": f"-csearch_path={schema}"}
    return create_engine(
        server_engine.url, pool_size=2, max_overflow=0, pool_timeout=3, connect_args=connect_args
    )


async def _all_at_once(url: str, token: str) -> list[int]:
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=REQUESTS)
    async with httpx.AsyncClient(base_url=url, headers=headers, limits=limits, timeout=60) as http:
        answers = await asyncio.gather(*(http.get("/status") for _ in range(REQUESTS)))
    return [a.status_code for a in answers]


def test_requests_beyond_the_worker_threads_wait_their_turn_and_all_answer(
    server_engine: Engine,
) -> None:
    create_app(server_engine)  # the migrated schema
    code = enrolment_code(server_engine, "Store A")
    small = _two_connection_pool(server_engine)
    database = ServerDatabase(small)
    assert database.connections == 2
    live = LiveServer(app_for(database))
    try:
        enrolled = httpx.post(f"{live.url}/enrol", json={"code": code, "terminal_id": "T-A"})
        token = enrolled.raise_for_status().json()["token"]
        statuses = asyncio.run(_all_at_once(live.url, token))
    finally:
        live.stop()
        small.dispose()
    assert statuses == [200] * REQUESTS


class _Database:
    """As much of `ServerDatabase` as the gate asks of it: a turn for every request."""

    def __init__(self) -> None:
        self._turn: asyncio.Semaphore | None = None

    def turn(self) -> asyncio.Semaphore:
        if self._turn is None:
            self._turn = asyncio.Semaphore(1000)
        return self._turn


async def _most_at_once(path: str, body_bytes: int, requests: int) -> int:
    """How many of `requests` alike requests reached the application at the same time."""
    inside = most = 0

    async def application(scope: Scope, receive: Receive, send: Send) -> None:
        nonlocal inside, most
        inside += 1
        most = max(most, inside)
        await asyncio.sleep(0.05)
        inside -= 1
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    passage = gate.RequestGate(application, _Database())  # type: ignore[arg-type]
    body = b'{"pad": "' + b"x" * (body_bytes - 11) + b'"}'
    assert len(body) == body_bytes

    async def one() -> None:
        async def receive() -> Message:
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: Message) -> None:
            assert message.get("status", 200) == 200

        scope: Scope = {"type": "http", "path": path, "headers": [], "method": "POST"}
        await passage(scope, receive, send)

    await asyncio.gather(*(one() for _ in range(requests)))
    return most


def test_large_pushes_wait_for_a_place_and_small_ones_and_other_requests_do_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def anyone(self: gate.RequestGate, scope: Scope) -> object:
        return object()

    monkeypatch.setattr(gate.RequestGate, "_terminal", anyone)
    large, small = gate.LARGE_PUSH_BYTES + 1, gate.LARGE_PUSH_BYTES
    assert asyncio.run(_most_at_once("/push", large, 12)) == gate.PUSHES_AT_ONCE
    assert asyncio.run(_most_at_once("/push", small, 12)) == 12
    assert asyncio.run(_most_at_once("/status", large, 12)) == 12
