"""The Programme tab's Challenges section over the real store file: a challenge added, refused
where it could not work, previewed and saved exactly.

The store's bonus programme earns 5 %: a sample check of 400.00 earns 20 points. The new
challenge asks for 5 purchases of at least 300.00 within 30 days for 200 points, so a sample
customer with 4 purchases made completes it with this check.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from pos_loyalty.domain.challenges import Challenge, ChallengeKind
from pos_loyalty.services.programmes import current_programme
from tests.ui.conftest import WAIT_MS, Store
from tests.ui.programme_panel import opened_panel
from tests.ui.test_backoffice_programme import cell, retype
from ui.backoffice.context import BackOffice
from ui.backoffice.programme import ProgrammePanel


@pytest.fixture
def panel(qtbot: Any, backoffice: BackOffice) -> Iterator[ProgrammePanel]:
    yield from opened_panel(qtbot, backoffice)


def test_a_challenge_is_added_checked_previewed_and_saved(
    qtbot: Any, panel: ProgrammePanel, store: Store
) -> None:
    section = panel.challenges
    section.add_button.click()
    form = section.form
    retype(qtbot, form.code, "Five Visits")
    retype(qtbot, form.name, "Five visits")
    assert form.note("code") == "Latin lower-case letters, digits, '-' or '_'."
    assert not panel.save_button.isEnabled()
    retype(qtbot, form.code, "five-visits")
    assert panel.problems == [] and panel.save_button.isEnabled()

    preview = panel.preview
    retype(qtbot, preview.total, "400.00")
    preview.challenge_purchases.setValue(4)
    assert (cell(panel, "current", "earned"), cell(panel, "edited", "earned")) == ("20", "20 + 200")
    assert "completes the challenge Five visits: +200 points" in preview.reasons["edited"].text()
    preview.challenge_purchases.setValue(3)
    assert cell(panel, "edited", "earned") == "20"

    with qtbot.waitSignal(panel.saved, timeout=WAIT_MS):
        panel.save_button.click()
    saved = current_programme(uow=store.uow())
    assert saved.challenges == (
        Challenge(
            "five-visits",
            "Five visits",
            ChallengeKind.PURCHASES,
            date(2026, 11, 2),
            date(2027, 1, 30),  # 02.11.2026 + 89 days
            200,
            purchases=5,
            min_check=30000,
            period_days=30,
        ),
    )


def test_a_category_challenge_needs_its_category(qtbot: Any, panel: ProgrammePanel) -> None:
    section = panel.challenges
    section.add_button.click()
    form = section.form
    form.kind.setCurrentIndex(form.kind.findData("category_spend"))
    assert form.note("category") == "Give it a category."
    assert not form.purchases.isEnabled() and form.spend.isEnabled()
    retype(qtbot, form.category, "dairy")
    retype(qtbot, form.spend, "3 000,00")
    assert panel.problems == []
    assert panel.edited is not None
    (challenge,) = panel.edited.challenges
    assert (challenge.kind, challenge.category, challenge.spend) == (
        ChallengeKind.CATEGORY_SPEND,
        "dairy",
        300000,
    )
