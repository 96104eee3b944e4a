"""Members: exact round trips, phone prefix search and Cyrillic name search by prefix."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from db import SqlAlchemyUnitOfWork
from pos_loyalty.domain.errors import NotFound
from pos_loyalty.domain.members import Member

from .builders import MSK, NOW, a_member

NAMES = ["Иванов Иван", "Иванова Мария", "Петров Иван", "Фёдоров Пётр", "Smith John", "Ivy Jones"]


@pytest.fixture
def people(uow: SqlAlchemyUnitOfWork) -> dict[str, Member]:
    """Store six members with different names and phones; return them by name."""
    found = {
        name: a_member(name=name, phone=f"7912{index:07d}") for index, name in enumerate(NAMES)
    }
    with uow:
        for member in found.values():
            uow.members.add(member)
        uow.commit()
    return found


def _names(members: list[Member]) -> list[str]:
    return [member.name for member in members]


def test_a_member_comes_back_exactly_as_stored(uow: SqlAlchemyUnitOfWork) -> None:
    member = a_member(referrer_id="someone", referral_rewarded=True)
    with uow:
        uow.members.add(member)
        uow.commit()
    with uow.read_only():
        stored = uow.members.get(member.id)
    assert stored == member
    assert stored is not None and stored.consent_at is not None
    assert stored.consent_at.utcoffset() is not None
    assert stored.consent_at.astimezone(MSK) == NOW
    assert stored.consent_at.astimezone(MSK).isoformat() == NOW.isoformat()


def test_a_member_with_only_the_required_fields_comes_back_exactly(
    uow: SqlAlchemyUnitOfWork,
) -> None:
    member = Member(id="m-1", name="", phone="")
    with uow:
        uow.members.add(member)
        assert uow.members.get("m-1") == member
        assert uow.members.get("m-2") is None


def test_an_update_stores_every_field(uow: SqlAlchemyUnitOfWork) -> None:
    member = a_member()
    changed = replace(
        member,
        name="Иванов Иван Иванович",
        phone="79990000000",
        referral_rewarded=True,
        last_birthday_bonus_year=2026,
        membership_until=None,
    )
    with uow:
        uow.members.add(member)
        uow.members.update(changed)
        assert uow.members.get(member.id) == changed


def test_updating_an_unknown_member_says_so(uow: SqlAlchemyUnitOfWork) -> None:
    with uow, pytest.raises(NotFound, match="not in this database"):
        uow.members.update(a_member())


def test_a_naive_datetime_is_refused(uow: SqlAlchemyUnitOfWork) -> None:
    with uow, pytest.raises(Exception, match="naive datetime"):
        uow.members.add(a_member(consent_at=datetime(2026, 3, 8, 12, 0)))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Ив", ["Иванов Иван", "Иванова Мария", "Петров Иван"]),
        ("ив", ["Иванов Иван", "Иванова Мария", "Петров Иван"]),
        ("ИВАНОВА", ["Иванова Мария"]),
        ("иван ив", ["Иванов Иван", "Иванова Мария", "Петров Иван"]),
        ("иван мар", ["Иванова Мария"]),
        ("  петров   ив  ", ["Петров Иван"]),
        ("федор", ["Фёдоров Пётр"]),
        ("пётр", ["Петров Иван", "Фёдоров Пётр"]),
        ("петр", ["Петров Иван", "Фёдоров Пётр"]),
        ("фёдоров пе", ["Фёдоров Пётр"]),
        ("jo", ["Ivy Jones", "Smith John"]),
        ("Сидоров", []),
    ],
)
def test_names_are_found_by_the_start_of_each_word(
    uow: SqlAlchemyUnitOfWork, people: dict[str, Member], typed: str, expected: list[str]
) -> None:
    with uow.read_only():
        assert _names(uow.members.find_by_name(typed)) == expected


def test_a_name_search_returns_at_most_the_limit(
    uow: SqlAlchemyUnitOfWork, people: dict[str, Member]
) -> None:
    with uow.read_only():
        assert _names(uow.members.find_by_name("ив", limit=2)) == ["Иванов Иван", "Иванова Мария"]


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        "*",
        "AND",
        "(",
        ")",
        "Ив AND",
        "NEAR(",
        "-Ив",
        "ив:",
        "^",
        "'",
        "name:Ив",
        '"Ив',
        "OR NOT",
        "{ив}",
        "",
        "   ",
        "***",
        'ив"*(',
        "+7 (912)",
    ],
)
def test_text_with_search_syntax_characters_never_breaks_the_search(
    uow: SqlAlchemyUnitOfWork, people: dict[str, Member], typed: str
) -> None:
    with uow.read_only():
        assert isinstance(uow.members.find_by_name(typed), list)


def test_search_syntax_characters_around_a_word_are_ignored(
    uow: SqlAlchemyUnitOfWork, people: dict[str, Member]
) -> None:
    with uow.read_only():
        assert _names(uow.members.find_by_name('"петров*(')) == ["Петров Иван"]


def test_a_renamed_member_is_found_by_the_new_name_only(
    uow: SqlAlchemyUnitOfWork, people: dict[str, Member]
) -> None:
    with uow:
        uow.members.update(replace(people["Smith John"], name="Кузнецов Олег"))
        uow.commit()
    with uow.read_only():
        assert _names(uow.members.find_by_name("smith")) == []
        assert _names(uow.members.find_by_name("кузн")) == ["Кузнецов Олег"]


def test_erased_members_are_found_neither_by_name_nor_by_phone(
    uow: SqlAlchemyUnitOfWork, people: dict[str, Member]
) -> None:
    erased = people["Петров Иван"].erased(datetime(2026, 3, 9, tzinfo=UTC))
    with uow:
        uow.members.update(erased)
        uow.commit()
    with uow.read_only():
        assert "Петров Иван" not in _names(uow.members.find_by_name("иван"))
        assert erased.id not in [m.id for m in uow.members.find_by_phone("7912")]
        assert uow.members.get(erased.id) == erased


def test_phones_are_found_by_prefix_in_phone_order(
    uow: SqlAlchemyUnitOfWork, people: dict[str, Member]
) -> None:
    with uow.read_only():
        assert [m.phone for m in uow.members.find_by_phone("791200000")] == [
            f"7912000000{i}" for i in range(6)
        ]
        assert _names(uow.members.find_by_phone("+7 912 000-00-03")) == ["Фёдоров Пётр"]
        assert uow.members.find_by_phone("7913") == []
        assert len(uow.members.find_by_phone("7", limit=4)) == 4


def test_an_empty_phone_prefix_lists_everyone_and_letters_list_no_one(
    uow: SqlAlchemyUnitOfWork, people: dict[str, Member]
) -> None:
    with uow.read_only():
        assert len(uow.members.find_by_phone("")) == len(NAMES)
        assert uow.members.find_by_phone("abc") == []


def test_a_prefix_ending_in_nine_finds_the_right_range(uow: SqlAlchemyUnitOfWork) -> None:
    phones = ["79000000000", "79099999999", "79100000000", "7899"]
    with uow:
        for phone in phones:
            uow.members.add(a_member(phone=phone))
        assert sorted(m.phone for m in uow.members.find_by_phone("790")) == phones[:2]
        assert [m.phone for m in uow.members.find_by_phone("7899")] == ["7899"]


def test_times_are_stored_as_sortable_utc_text(uow: SqlAlchemyUnitOfWork) -> None:
    member = a_member(consent_at=NOW, erased_at=NOW + timedelta(microseconds=1))
    with uow:
        uow.members.add(member)
        stored = uow.connection.exec_driver_sql(
            "SELECT consent_at, erased_at FROM members WHERE id = ?", (member.id,)
        ).one()
    assert tuple(stored) == ("2026-03-08T09:30:15.123456+00:00", "2026-03-08T09:30:15.123457+00:00")


def test_when_very_many_match_the_earliest_registered_are_listed_by_name(
    uow: SqlAlchemyUnitOfWork, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("db.repositories.members.SEARCH_CANDIDATES", 3)
    with uow:
        for name in ["Иван Д", "Иван В", "Иван Б", "Иван А", "Иван Г"]:
            uow.members.add(a_member(name=name))
        assert _names(uow.members.find_by_name("иван", limit=2)) == ["Иван Б", "Иван В"]
        assert _names(uow.members.find_by_name("иван", limit=5)) == [
            "Иван А",
            "Иван Б",
            "Иван В",
            "Иван Г",
            "Иван Д",
        ]
