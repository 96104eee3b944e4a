"""The Programme tab's rewards table over the real store file: a reward typed in is saved exactly
in the next version, one loaded shows as it is, and an id used twice is refused under its field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from pos_loyalty.domain.rewards_catalogue import Reward
from pos_loyalty.services.programmes import current_programme, save_programme
from pos_loyalty.services.templates import template
from tests.ui.conftest import WAIT_MS, Store
from tests.ui.programme_panel import opened_panel
from tests.ui.test_backoffice_programme import retype
from ui.backoffice.context import BackOffice
from ui.backoffice.programme import ProgrammePanel


@pytest.fixture
def panel(qtbot: Any, backoffice: BackOffice) -> Iterator[ProgrammePanel]:
    yield from opened_panel(qtbot, backoffice)


def test_a_reward_typed_in_is_saved_in_the_next_version(
    qtbot: Any, panel: ProgrammePanel, store: Store
) -> None:
    section = panel.rewards
    panel.show_section(section)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    row = section.rows[0]
    retype(qtbot, row.id, "mug")
    row.name.setText("Кружка с логотипом")  # QTest types ASCII keys only
    row.points.setValue(300)
    row.stock.setValue(5)
    row.share.setValue(1)
    row.ends_on.setDate(QDate(2026, 12, 31))
    assert panel.problems == [] and panel.save_button.isEnabled()
    with qtbot.waitSignal(panel.saved, timeout=WAIT_MS):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    saved = current_programme(uow=store.uow())
    assert saved.version == 2
    assert saved.rewards == (
        Reward("mug", "Кружка с логотипом", 300, 5, None, date(2026, 12, 31), 1),
    )


def test_a_catalogue_loads_as_it_is_with_nothing_to_save(
    qtbot: Any, backoffice: BackOffice, store: Store
) -> None:
    rewards = [
        {"id": "mug", "name": "Кружка", "points": 149, "stock": 2},
        {"id": "coffee", "name": "Кофе", "points": 120, "starts_on": "2026-11-01"},
    ]
    save_programme({**template("bonus"), "rewards": rewards}, uow=store.uow())
    panel = next(opened_panel(qtbot, backoffice))
    rows = panel.rewards.rows
    assert [(r.id.text(), r.points.value(), r.stock.value()) for r in rows] == [
        ("mug", 149, 2),
        ("coffee", 120, -1),
    ]
    assert rows[1].stock.text() == "no stock" and rows[0].ends_on.text() == "—"
    assert rows[1].starts_on.date() == QDate(2026, 11, 1)
    assert panel.problems == [] and not panel.save_button.isEnabled()


def test_an_id_used_twice_is_refused_under_its_field(qtbot: Any, panel: ProgrammePanel) -> None:
    section = panel.rewards
    for name in ("Кружка", "Футболка"):
        qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
        retype(qtbot, section.rows[-1].id, "gift")
        section.rows[-1].name.setText(name)
    assert section.note("rewards[1].id") == "Another reward has this id."
    assert not panel.save_button.isEnabled()
