"""An erased member's name and phone are gone from every copy: both terminals and the server.

Terminal A registers the member, terminal B edits them, A erases them while B edits them
again offline; B's edit is refused and B pulls the erasure. Then the raw bytes of every
SQLite file (main file and -wal) are searched for the name and the phone, and every text
column of the server's tables is queried for them (on SQLite and PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, String, Text, func, select

from pos_loyalty.domain.staff import Role
from pos_loyalty.services.members import PersonalData, edit_member, erase_member
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.staff import add_staff
from server.models import metadata as server_metadata
from tests.cli_staff import FAST_HASHER
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]
SURNAME = "Эрастова"
NEW_SURNAME = "Забытова"
EMAIL = "zinaida.erastova@example.org"


def leaks(path: Path, secrets: list[str]) -> list[str]:
    """Which secrets appear in the raw bytes of the database file or its WAL."""
    found = []
    for file in (path, Path(f"{path}-wal")):
        data = file.read_bytes() if file.exists() else b""
        found += [f"{s} in {file.name}" for s in secrets if s.encode() in data]
    return found


def server_rows_with(engine: Engine, secret: str) -> list[str]:
    """The server's text columns holding `secret`, as table.column."""
    found = []
    with engine.connect() as connection:
        for table in server_metadata.sorted_tables:
            for column in table.columns:
                if not isinstance(column.type, String | Text):
                    continue
                query = select(func.count()).where(column.contains(secret, autoescape=True))
                if connection.execute(query.select_from(table)).scalar():
                    found.append(f"{table.name}.{column.name}")
    return found


def _erase(till: Till, member_id: str) -> None:
    manager = add_staff("Менеджер", Role.MANAGER, "999999", uow=till.db.uow(), hasher=FAST_HASHER)
    erase_member(member_id, uow=till.db.uow(), clock=till.clock, actor=Actor("T-A", manager.id))


def _edit(till: Till, member_id: str, name: str, phone: str) -> None:
    cmd = PersonalData(member_id, name, phone, EMAIL, date(1970, 5, 17))
    edit_member(cmd, uow=till.db.uow())


def test_an_erasure_leaves_no_name_or_phone_in_any_file_or_table(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill, tmp_path: Path
) -> None:
    a, b = till_factory("T-A"), till_factory("T-B")
    for till in (a, b):
        till.enrol(live.url, enrolment_code(server_engine, "Store"))
    registered = a.register(f"Зинаида {SURNAME}", "+7 999 111 22 33")
    member_id, phone = registered.member.id, registered.member.phone
    a.checkout(registered.card.number, 50000)
    a.sync()
    b.sync()
    _edit(b, member_id, f"Зинаида {NEW_SURNAME}", "+7 999 111 22 44")
    b.sync()
    a.sync()
    _edit(b, member_id, f"Зинаида {SURNAME} {NEW_SURNAME}", "+7 999 111 22 55")
    _erase(a, member_id)
    a.sync()
    report = b.sync()
    a.sync()

    secrets = [SURNAME, SURNAME.lower(), NEW_SURNAME, NEW_SURNAME.lower(), phone, EMAIL]
    secrets += ["79991112244", "79991112255"]
    assert leaks(tmp_path / "T-A.sqlite3", secrets) == []
    assert leaks(tmp_path / "T-B.sqlite3", secrets) == []
    for secret in secrets:
        assert server_rows_with(server_engine, secret) == [], secret
    if server_engine.dialect.name == "sqlite":
        assert leaks(Path(str(server_engine.url.database)), secrets) == []
    for till in (a, b):
        uow = till.db.uow()
        with uow.read_only():
            assert uow.members.find_by_name(SURNAME) == []
            assert uow.members.find_by_name(NEW_SURNAME) == []
            erased = uow.members.get(member_id)
        assert erased is not None and erased.is_erased and erased.name == ""
    assert report.pull.changes > 0
