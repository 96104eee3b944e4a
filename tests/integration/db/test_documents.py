"""Programmes, personal offers, the outbox and settings: JSON documents without floats."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from fractions import Fraction
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from db import Database, SqlAlchemyUnitOfWork
from pos_loyalty.domain.errors import InvalidInput, NotFound

from .builders import a_programme, an_offer


def test_a_programme_comes_back_exactly_with_its_fractions(uow: SqlAlchemyUnitOfWork) -> None:
    programme = a_programme(version=1)
    with uow:
        assert uow.programmes.current() is None
        uow.programmes.add(programme)
        uow.commit()
    with uow.read_only():
        stored = uow.programmes.get(1)
    assert stored == programme
    assert stored is not None and stored.tiers[2].earn_percent == Fraction(41, 4)
    assert stored.membership is not None and stored.membership.extra_earn_percent == Fraction(1, 8)


def test_the_newest_programme_version_is_current(uow: SqlAlchemyUnitOfWork) -> None:
    with uow:
        for version in (1, 3, 2):
            uow.programmes.add(a_programme(version))
        current = uow.programmes.current()
        assert current is not None and current.version == 3
        assert uow.programmes.get(4) is None


def test_a_programme_version_cannot_be_stored_twice(uow: SqlAlchemyUnitOfWork) -> None:
    with uow:
        uow.programmes.add(a_programme(1))
        with pytest.raises(IntegrityError, match=r"programmes\.version"):
            uow.programmes.add(a_programme(1))


def test_programmes_are_parsed_once_per_database(database: Database) -> None:
    with database.uow() as uow:
        uow.programmes.add(a_programme(1))
        uow.commit()
    with database.uow().read_only() as first, database.uow().read_only() as second:
        assert first.programmes.current() is second.programmes.current()


def test_a_rolled_back_programme_never_comes_back_from_the_cache(database: Database) -> None:
    uow = database.uow()
    with uow:
        uow.programmes.add(a_programme(1))
        assert uow.programmes.current() == a_programme(1)
    changed = replace(a_programme(1), name="Другой клуб")
    with uow:
        uow.programmes.add(changed)
        uow.commit()
    with uow.read_only():
        assert uow.programmes.current() == changed


def test_offers_come_back_exactly_until_they_are_used(uow: SqlAlchemyUnitOfWork) -> None:
    offer = an_offer("m-1")
    other = an_offer("m-1", code="B50", bonus_points=0, single_use=False)
    with uow:
        uow.offers.add(offer)
        uow.offers.add(other)
        uow.offers.add(an_offer("m-2"))
        assert uow.offers.of_member("m-1") == [other, offer]
        uow.offers.mark_used(offer.code, "m-1", "sale-1")
        assert uow.offers.of_member("m-1") == [other]
        assert uow.offers.of_member("m-2") == [an_offer("m-2")]


def test_adding_an_offer_again_replaces_it(uow: SqlAlchemyUnitOfWork) -> None:
    with uow:
        uow.offers.add(an_offer("m-1"))
        uow.offers.add(an_offer("m-1", multiplier=Fraction(5, 2)))
        assert uow.offers.of_member("m-1") == [an_offer("m-1", multiplier=Fraction(5, 2))]


def test_an_offer_without_a_member_or_an_unknown_offer_is_refused(
    uow: SqlAlchemyUnitOfWork,
) -> None:
    with uow:
        with pytest.raises(InvalidInput, match="names no member"):
            uow.offers.add(an_offer(""))
        with pytest.raises(NotFound, match="has no offer"):
            uow.offers.mark_used("NOPE", "m-1", "sale-1")


def test_outbox_messages_wait_in_order_until_marked_sent(uow: SqlAlchemyUnitOfWork) -> None:
    payloads: list[dict[str, Any]] = [
        {"id": "s-1", "total": 99999, "lines": [{"amount": 99999}]},
        {"id": "e-1"},
    ]
    with uow:
        uow.outbox.add("sale", payloads[0])
        uow.outbox.add("ledger_entry", payloads[1])
        uow.commit()
    with uow:
        pending = uow.sync_outbox.pending()
        assert [(m.kind, m.payload) for m in pending] == [
            ("sale", payloads[0]),
            ("ledger_entry", payloads[1]),
        ]
        assert pending[0].id < pending[1].id
        assert pending[0].created_at.tzinfo is not None
        uow.sync_outbox.mark_sent([pending[0].id], at=datetime(2026, 3, 8, tzinfo=UTC))
        assert [m.payload for m in uow.sync_outbox.pending()] == [payloads[1]]
        assert uow.sync_outbox.pending(limit=0) == []


@pytest.mark.parametrize(
    "payload",
    [{"total": 999.99}, {"lines": [{"amount": 1.5}]}, {"nested": {"deep": [[0.1]]}}],
)
def test_a_float_anywhere_in_an_outbox_payload_is_refused(
    uow: SqlAlchemyUnitOfWork, payload: dict[str, object]
) -> None:
    with uow, pytest.raises(TypeError, match="float"):
        uow.outbox.add("sale", payload)


def test_settings_come_back_exactly_and_a_missing_one_is_none(uow: SqlAlchemyUnitOfWork) -> None:
    value = {"terminal": "T1", "printer": {"port": 9100, "width": 42}, "cyrillic": "Касса №1"}
    with uow:
        uow.settings.put("terminal", value)
        uow.settings.put("flag", True)
        uow.settings.put("flag", False)
        uow.commit()
    with uow.read_only():
        assert uow.settings.get("terminal") == value
        assert uow.settings.get("flag") is False
        assert uow.settings.get("missing") is None


def test_a_float_setting_is_refused(uow: SqlAlchemyUnitOfWork) -> None:
    with uow, pytest.raises(TypeError, match="float"):
        uow.settings.put("scale", {"factor": 1.25})
