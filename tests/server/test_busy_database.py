"""A database that cannot take a request now answers 503 with Retry-After, never 500.

Two overloads, each real: a worker's pool with its one connection held (SQLAlchemy gives up
waiting for a connection), and PostgreSQL refusing a connection over its limit (a role with
CONNECTION LIMIT 1, the same refusal as "too many clients already").
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from sqlalchemy import Engine, create_engine, text

from server import create_app
from server.app import app_for
from server.database import ServerDatabase
from tests.server.live import LiveServer, enrolment_code


@contextmanager
def _serving(engine: Engine) -> Iterator[str]:
    live = LiveServer(app_for(ServerDatabase(engine)))
    try:
        yield live.url
    finally:
        live.stop()


def _one_connection_pool(server_engine: Engine) -> Engine:
    """An engine on the same database whose pool holds one connection and waits 0.1 s."""
    if server_engine.dialect.name == "sqlite":
        connect_args: dict[str, object] = {"check_same_thread": False}
    else:
        with server_engine.connect() as connection:
            schema = connection.execute(text("SELECT current_schema()")).scalar_one()
        connect_args = {"options": f"-csearch_path={schema}"}
    return create_engine(
        server_engine.url,
        pool_size=1,
        max_overflow=0,
        pool_timeout=0.1,
        connect_args=connect_args,
    )


def _assert_busy(response: httpx.Response) -> None:
    assert response.status_code == 503, response.text
    assert response.headers["Retry-After"] == "5"
    assert response.json() == {
        "code": "busy",
        "message": "the server's database is busy: retry in a moment",
    }


def test_a_pool_with_no_free_connection_answers_503_with_retry_after(
    server_engine: Engine,
) -> None:
    create_app(server_engine)  # the migrated schema
    code = enrolment_code(server_engine, "Store A")
    small = _one_connection_pool(server_engine)
    try:
        with _serving(small) as url, httpx.Client(base_url=url) as http:
            enrolled = http.post("/enrol", json={"code": code, "terminal_id": "T-A"})
            assert enrolled.status_code == 200, enrolled.text
            token = {"Authorization": f"Bearer {enrolled.json()['token']}"}
            with small.connect():  # the pool's only connection, held by someone else
                _assert_busy(http.get("/health"))  # the route's session waits 0.1 s
                _assert_busy(http.get("/status", headers=token))  # the gate's token check
            assert http.get("/health").status_code == 200
            assert http.get("/status", headers=token).json()["last_seq"] == 0
    finally:
        small.dispose()


@pytest.fixture
def limited_role(server_engine: Engine) -> Iterator[Engine]:
    """An engine on the scratch schema as a role that may hold one connection only."""
    if server_engine.dialect.name != "postgresql":
        pytest.skip("a connection limit is PostgreSQL's")
    create_app(server_engine)
    role = f"pl_busy_{uuid.uuid4().hex[:8]}"
    with server_engine.connect() as connection:
        schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    admin = create_engine(server_engine.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN CONNECTION LIMIT 1"))
        connection.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO {role}'))
        connection.execute(text(f'GRANT ALL ON ALL TABLES IN SCHEMA "{schema}" TO {role}'))
        connection.execute(text(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA "{schema}" TO {role}'))
    url = server_engine.url.set(username=role, password=None)
    engine = create_engine(url, connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f"DROP OWNED BY {role}"))
            connection.execute(text(f"DROP ROLE {role}"))
        admin.dispose()


def test_postgresql_refusing_a_connection_answers_503_with_retry_after(
    limited_role: Engine,
) -> None:
    other = create_engine(limited_role.url)
    with _serving(limited_role) as url, httpx.Client(base_url=url) as http:
        with other.connect():  # the role's one connection, taken elsewhere
            _assert_busy(http.get("/health"))
        other.dispose()
        # The other session's backend ends a moment after its connection closes.
        deadline = time.monotonic() + 10
        while (status := http.get("/health").status_code) == 503 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert status == 200
