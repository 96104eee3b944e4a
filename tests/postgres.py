"""A scratch PostgreSQL schema for tests: the local server by default, a fresh schema each time.

The URL is `POS_LOYALTY_TEST_PG` or the machine's server at 127.0.0.1:5432, database `test`.
Where no server answers the tests skip, saying why; under CI (`CI=true`) they fail instead,
because CI machines have the server and its tests must run there.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def postgres_url() -> str:
    """The server to test against."""
    return os.environ.get("POS_LOYALTY_TEST_PG") or DEFAULT_URL


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(f"no PostgreSQL server to test against ({reason}); set POS_LOYALTY_TEST_PG")


@contextmanager
def scratch_schema() -> Iterator[Engine]:
    """An engine whose search_path is a new, empty schema, dropped afterwards."""
    url = postgres_url()
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    schema = f"pl_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except OperationalError as exc:
        admin.dispose()
        _unavailable(str(exc.orig).splitlines()[0] if exc.orig else str(exc))
    engine = create_engine(url, connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
