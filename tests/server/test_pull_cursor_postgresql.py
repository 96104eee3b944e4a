"""The pull cursor on PostgreSQL never skips a row whose transaction commits out of order."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import Connection, Engine, insert, text

from server import create_app
from server.database import open_server_database
from server.models import members
from server.store import changes
from tests.postgres import scratch_schema
from tests.server.live import LiveServer, enrolment_code

pytestmark = pytest.mark.postgres


@pytest.fixture
def engine() -> Iterator[Engine]:
    """A migrated server schema on PostgreSQL."""
    with scratch_schema() as engine:
        yield engine


def _add_member(connection: Connection, name: str) -> str:
    member_id = str(uuid.uuid4())
    connection.execute(
        insert(members).values(
            id=member_id, name=name, phone="79120000000", email="", referral_rewarded=False
        )
    )
    changes.record(connection, changes.MEMBER, [member_id])
    return member_id


def _pull_all(http: httpx.Client, cursor: str | None) -> tuple[list[str], str | None]:
    names: list[str] = []
    while True:
        params = {"limit": 1} | ({"after": cursor} if cursor else {})
        page = http.get("/pull", params=params).raise_for_status().json()
        names += [m["name"] for m in page["members"]]
        cursor = page["cursor"]
        if not page["more"]:
            return names, cursor


def test_a_transaction_that_commits_late_is_delivered_once(engine: Engine) -> None:
    live = LiveServer(create_app(engine))
    try:
        code = enrolment_code(engine, "Store")
        token = httpx.post(f"{live.url}/enrol", json={"code": code, "terminal_id": "T-A"})
        headers = {"Authorization": f"Bearer {token.json()['token']}"}
        with httpx.Client(base_url=live.url, headers=headers) as http:
            with engine.begin() as connection:
                _add_member(connection, "before")
            with engine.connect() as early:
                early.begin()
                _add_member(early, "began first, commits last")
                with engine.begin() as connection:
                    _add_member(connection, "began second, commits first")
                first, cursor = _pull_all(http, None)
                early.commit()
            second, cursor = _pull_all(http, cursor)
            third, _ = _pull_all(http, cursor)
    finally:
        live.stop()
    # Neither row of the overlapping transactions may come before the earlier one commits:
    # the later one committed first, but delivering it then would move the cursor past the
    # earlier one for good. ("before" comes in the first pull unless a transaction elsewhere on
    # the server holds the snapshot back too; it then comes in the second, still once.)
    assert "began second, commits first" not in first
    assert "began first, commits last" not in first
    assert sorted(first + second) == [
        "before",
        "began first, commits last",
        "began second, commits first",
    ]
    assert third == []


def test_pages_follow_transaction_ids_as_numbers_not_as_text(engine: Engine) -> None:
    """Transaction 999 comes before 1000 (as text it would not), so no page skips a row."""
    open_server_database(engine)
    with engine.begin() as connection:
        for xid, key in ((1000, "second"), (999, "first"), (1001, "third")):
            connection.execute(
                text(
                    "INSERT INTO change_log (xid, kind, key, origin, at)"
                    " VALUES (CAST(CAST(:xid AS text) AS xid8), 'member', :key, NULL, now())"
                ),
                {"xid": str(xid), "key": key},
            )
    with engine.connect() as connection:
        first = changes.span(connection, (0, 0), 1, "T-A")
        second = changes.span(connection, first.until, 10, "T-A")
    assert [[row[3] for row in page.rows] for page in (first, second)] == [
        ["first"],
        ["second", "third"],
    ]
    assert (first.until[0], first.full, second.until[0], second.full) == (999, True, 1001, False)
