"""Promotions in the Programme tab (the preview applies them only in their days and hours) and
personal offers given by card, including a win-back offer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.promotions import Effect, Target
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.members import Registration, register_member
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import current_programme
from tests.ui.conftest import NOW, WAIT_MS, Store, clock
from tests.ui.programme_panel import opened_panel
from tests.ui.test_backoffice_programme import cell, retype
from ui.backoffice.context import BackOffice
from ui.backoffice.programme import ProgrammePanel

MONDAY = NOW.date()  # 2 November 2026, the store clock's day


@pytest.fixture
def panel(qtbot: Any, backoffice: BackOffice) -> Iterator[ProgrammePanel]:
    yield from opened_panel(qtbot, backoffice)


def _sample_at(panel: ProgrammePanel, day_offset: int, hour: int) -> None:
    day = MONDAY + timedelta(days=day_offset)
    panel.preview.day.setDate(QDate(day.year, day.month, day.day))
    panel.preview.hour.setTime(QTime(hour, 0))


def test_a_promotion_with_weekdays_and_hours_applies_only_inside_its_window(
    qtbot: Any, panel: ProgrammePanel
) -> None:
    panel.show_section(panel.promotions)
    qtbot.mouseClick(panel.promotions.add_button, Qt.MouseButton.LeftButton)
    form = panel.promotions.form
    retype(qtbot, form.name, "Double points on Monday mornings")
    form.weekdays[0].setChecked(True)  # Monday
    form.hours_on.setChecked(True)
    form.hour_from.setTime(QTime(9, 0))
    form.hour_to.setTime(QTime(11, 0))
    retype(qtbot, form.multiplier, "2")
    assert panel.save_button.isEnabled()
    # Monday 10:00: 5 % x 2 of 1000.00 = 100 points with the edited programme, 50 without.
    _sample_at(panel, 0, 10)
    assert (cell(panel, "current", "earned"), cell(panel, "edited", "earned")) == ("50", "100")
    assert cell(panel, "edited", "promotions") == "Double points on Monday mornings"
    assert "points x2: Double points on Monday mornings" in panel.preview.reasons["edited"].text()
    # 11:00 is past the hours (to excluded), 08:00 before them, Tuesday 10:00 the wrong day.
    for day_offset, hour in ((0, 11), (0, 8), (1, 10)):
        _sample_at(panel, day_offset, hour)
        assert cell(panel, "edited", "earned") == "50", (day_offset, hour)
        assert cell(panel, "edited", "promotions") == "—"
    # Hours that end before they start are refused at the field.
    form.hour_to.setTime(QTime(8, 0))
    assert form.note("hours") == "The hours must end after they start."
    assert not panel.save_button.isEnabled()


def test_a_saved_promotion_is_in_the_new_version(
    qtbot: Any, panel: ProgrammePanel, store: Store
) -> None:
    panel.show_section(panel.promotions)
    qtbot.mouseClick(panel.promotions.add_button, Qt.MouseButton.LeftButton)
    form = panel.promotions.form
    retype(qtbot, form.code, "B100")
    retype(qtbot, form.name, "+100 points from 3000.00")
    form.effect.setCurrentIndex(form.effect.findData("fixed_bonus"))
    form.bonus_points.setValue(100)
    retype(qtbot, form.min_check, "3000.00")
    with qtbot.waitSignal(panel.saved, timeout=WAIT_MS):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    (promo,) = current_programme(uow=store.uow()).promotions
    assert (promo.code, promo.effect, promo.bonus_points, promo.min_check) == (
        "B100",
        Effect.FIXED_BONUS,
        100,
        300000,
    )
    assert (promo.starts_on, promo.ends_on) == (MONDAY, MONDAY + timedelta(days=30))


def _member_away_for(store: Store, days: int) -> str:
    done = register_member(
        Registration(name="Дарья Давняя", phone="+7 912 000-00-09", consent=True),
        uow=store.uow(),
        clock=lambda: NOW - timedelta(days=days),
        actor=Actor("T-SETUP", "setup"),
    )
    return done.card.number


def _find(qtbot: Any, panel: ProgrammePanel, card: str) -> None:
    offers = panel.offers
    offers.card.setText(card)
    qtbot.mouseClick(offers.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: offers.holder is not None, timeout=WAIT_MS)


def test_a_win_back_offer_is_given_to_a_member_away_long_enough(
    qtbot: Any, panel: ProgrammePanel, store: Store
) -> None:
    offers = panel.offers
    panel.show_section(offers)
    card = _member_away_for(store, 90)
    _find(qtbot, panel, card)
    assert offers.member.text() == "<b>Дарья Давняя</b> — last seen 2026-08-04, 90 days ago"
    assert offers.win_back.isChecked() and offers.win_back_days.value() == 60
    qtbot.mouseClick(offers.give_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: offers.done.text() != "", timeout=WAIT_MS)
    assert offers.done.text() == (
        "The offer “x3 points on your next purchase” was given to Дарья Давняя."
    )
    assert offers.open_offers.item(0).text() == "x3 points on your next purchase (until 2026-12-02)"
    uow = store.uow()
    with uow.read_only():
        member_id = uow.cards.get(card).member_id  # type: ignore[union-attr]
        (offer,) = uow.offers.of_member(member_id)
        record = uow.audit.all()[-1]
    assert (offer.target, offer.member_id, offer.multiplier, offer.single_use) == (
        Target.MEMBER,
        member_id,
        3,
        True,
    )
    assert (record.action, record.staff_id, record.details["win_back_days"]) == (
        "offer",
        store.manager.id,
        60,
    )
    # The counter uses it on the next purchase: 5 % x 3 of 1000.00 = 150 points, then it is gone.
    sale = commit_checkout(
        Checkout(card, (CheckLine(100000),)), uow=store.uow(), clock=clock, actor=Actor("T-TEST")
    )
    assert (sale.sale.earned_points, sale.quote.promotions) == (150, ("WINBACK",))


def test_a_win_back_offer_is_refused_for_a_member_who_bought_recently(
    qtbot: Any, panel: ProgrammePanel, store: Store
) -> None:
    offers = panel.offers
    card = _member_away_for(store, 20)
    _find(qtbot, panel, card)
    qtbot.mouseClick(offers.give_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: offers.note.error() != "", timeout=WAIT_MS)
    assert offers.note.error() == (
        "the member's last purchase was 20 days ago: a win-back offer is for members with no "
        "purchase for 60 days or more"
    )
    uow = store.uow()
    with uow.read_only():
        assert uow.offers.of_member(uow.cards.get(card).member_id) == []  # type: ignore[union-attr]
    # Without the win-back condition, an offer that ends before it starts is refused at its field.
    offers.win_back.setChecked(False)
    offers.form.ends_on.setDate(QDate(2026, 11, 1))
    qtbot.mouseClick(offers.give_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: offers.form.note("ends_on") != "", timeout=WAIT_MS)
    assert offers.form.note("ends_on") == "The last day is before the first day."
