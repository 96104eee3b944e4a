"""Applying pulled rows on a terminal: bulk pages stay searchable, local changes are kept."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from db import open_database
from db.repositories.replica import BULK_MEMBERS, SqlAlchemyReplica
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.staff import Role
from pos_loyalty.services.members import erase_member
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.staff import add_staff
from tests.cli_staff import FAST_HASHER


def _member(i: int) -> Member:
    return Member(str(uuid.uuid4()), f"Смирнова Ольга {i}", f"7912{i:07d}")


def test_a_bulk_page_of_members_is_searchable_by_name_and_phone(tmp_path: Path) -> None:
    db = open_database(tmp_path / "t.sqlite3")
    people = [_member(i) for i in range(BULK_MEMBERS + 5)]
    uow = db.uow()
    with uow:
        SqlAlchemyReplica(uow.connection).put_members(people)
        SqlAlchemyReplica(uow.connection).put_members([_member(99_999)])
        uow.commit()
    with uow.read_only():
        assert len(uow.members.find_by_name("смирн оль", 5000)) == BULK_MEMBERS + 6
        assert uow.members.find_by_phone("79120000003")[0].id == people[3].id
        triggers = uow.connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'members_fts_insert'"
        ).scalar()
    assert triggers == 1
    db.close()


def test_pulled_data_never_restores_an_erased_member_or_overrides_unsent_changes(
    tmp_path: Path,
) -> None:
    db = open_database(tmp_path / "t.sqlite3")
    kept, erased = _member(1), _member(2)
    uow = db.uow()
    with uow:
        SqlAlchemyReplica(uow.connection).put_members([kept, erased])
        uow.commit()
    manager = add_staff("Менеджер", Role.MANAGER, "999999", uow=db.uow(), hasher=FAST_HASHER)
    erase_member(
        erased.id, uow=db.uow(), clock=lambda: datetime.now(UTC), actor=Actor("T1", manager.id)
    )
    with uow:
        replica = SqlAlchemyReplica(uow.connection)
        held, _ = replica.pending_keys()
        assert held == {erased.id}
        replica.put_members([erased])
        uow.commit()
    with uow.read_only():
        stored = uow.members.get(erased.id)
    assert stored is not None and stored.name == "" and stored.is_erased
    db.close()
