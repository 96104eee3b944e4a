"""The Programme tab over the real store file: load, edit, preview side by side, refuse, save."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.programme import Tier
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import current_programme
from tests.ui.conftest import WAIT_MS, Store, clock
from tests.ui.programme_panel import opened_panel
from ui.backoffice.context import BackOffice
from ui.backoffice.programme import ProgrammePanel
from ui.backoffice.window import BackOfficeWindow


@pytest.fixture
def panel(qtbot: Any, backoffice: BackOffice) -> Iterator[ProgrammePanel]:
    yield from opened_panel(qtbot, backoffice)


def retype(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Select what the field holds and type `text` over it, as a person would."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def cell(panel: ProgrammePanel, column: str, key: str) -> str:
    return panel.preview.cells[(column, key)].text()


def test_the_tab_is_in_the_back_office_window(qtbot: Any, backoffice: BackOffice) -> None:
    window = BackOfficeWindow(backoffice)
    qtbot.addWidget(window)
    assert "Programme" in [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert isinstance(window.panel("Programme"), ProgrammePanel)
    backoffice.worker.wait_for_done(WAIT_MS)


def test_the_programme_in_force_is_loaded_into_the_editor(panel: ProgrammePanel) -> None:
    (row,) = panel.tiers.rows
    assert [row.name.text(), row.threshold.text(), row.discount.text(), row.earn.text()] == [
        "Member",
        "0.00",
        "0",
        "5",
    ]
    caps = panel.caps
    assert [caps.max_redeem.text(), caps.min_check.text(), caps.point_value.text()] == [
        "50",
        "500.00",
        "1.00",
    ]
    assert caps.tier_window.value() == 365 and panel.expiry.expire_after.value() == 365
    assert panel.categories.rules() == {"gift_card": "no_earn", "tobacco": "neither"}
    assert {k: s.value() for k, s in panel.bonuses.spins.items()} == {
        "welcome": 100,
        "birthday": 200,
        "birthday_window_days": 7,
        "birthday_expire_days": 30,
        "referral_referrer": 200,
        "referral_newcomer": 100,
    }
    assert not panel.membership.offered.isChecked() and panel.promotions.promotions == []
    assert not panel.save_button.isEnabled()
    assert panel.status.text() == "Version 1 is in force. No changes to save."
    # The sample check of 1000.00 earns the same under both columns: nothing was edited.
    assert cell(panel, "current", "earned") == cell(panel, "edited", "earned") == "50"


def test_a_changed_earn_percent_shows_beside_the_version_in_force(
    qtbot: Any, panel: ProgrammePanel
) -> None:
    preview = panel.preview
    preview.balance.setValue(200)
    preview.redeem_max.setChecked(True)
    retype(qtbot, panel.tiers.rows[0].earn, "7.5")
    # 1000.00, redeem as much as allowed: cap 50 % of 1000.00 = 500, balance 200 -> 200 points
    # pay 200.00, 800.00 to pay; earned floor(5 % of 800.00) = 40 now, floor(7.5 %) = 60 edited.
    for column in ("current", "edited"):
        assert cell(panel, column, "redeemed") == "200 = 200.00"
        assert cell(panel, column, "payable") == "800.00"
    assert cell(panel, "current", "earned") == "40"
    assert cell(panel, "edited", "earned") == "60"
    assert "earn 5 % of 800.00 = 40 points" in preview.reasons["current"].text()
    assert "earn 7.5 % of 800.00 = 60 points" in preview.reasons["edited"].text()
    assert preview.cells[("edited", "earned")].font().bold()
    assert not preview.cells[("edited", "payable")].font().bold()
    assert panel.save_button.isEnabled()
    assert panel.status.text() == "Ready to save as version 2."


def test_thresholds_that_do_not_rise_keep_save_disabled_and_say_why(
    qtbot: Any, panel: ProgrammePanel
) -> None:
    qtbot.mouseClick(panel.tiers.add_button, Qt.MouseButton.LeftButton)
    silver = panel.tiers.rows[1]
    qtbot.keyClicks(silver.name, "Silver")
    retype(qtbot, silver.threshold, "0")
    retype(qtbot, silver.earn, "7")
    assert panel.tiers.note("tiers[1].threshold") == (
        "Each tier must start above the tier before it."
    )
    assert not panel.save_button.isEnabled()
    assert panel.nav.item(0).text().endswith("⚠")
    assert panel.preview.reasons["edited"].text() == (
        "Fix the problems in the programme to see its figures."
    )
    retype(qtbot, silver.threshold, "30000.00")
    assert panel.tiers.note("tiers[1].threshold") == ""
    assert panel.save_button.isEnabled()
    assert panel.edited is not None
    assert panel.edited.tiers[1] == Tier("Silver", 3_000_000, earn_percent=7)


def test_a_percent_over_100_and_malformed_amounts_are_shown_at_their_fields(
    qtbot: Any, panel: ProgrammePanel
) -> None:
    retype(qtbot, panel.caps.max_redeem, "150")
    assert panel.caps.note("max_redeem_percent") == "Must be between 0 and 100."
    assert not panel.save_button.isEnabled()
    retype(qtbot, panel.caps.max_redeem, "30")
    retype(qtbot, panel.caps.min_check, "500.005")
    retype(qtbot, panel.tiers.rows[0].earn, "five")
    assert panel.caps.note("min_check_for_redeem") == (
        "At most 2 decimal places: amounts are to the kopeck."
    )
    assert panel.tiers.note("tiers[0].earn_percent") == "Not a percentage: type it like 5 or 2.5."
    assert panel.caps.note("max_redeem_percent") == ""
    assert not panel.save_button.isEnabled()
    assert panel.status.text() == "Fix the problems marked in red to save."
    retype(qtbot, panel.caps.min_check, "1 000,50")
    retype(qtbot, panel.tiers.rows[0].earn, "5")
    assert panel.save_button.isEnabled()
    assert panel.edited is not None and panel.edited.min_check_for_redeem == 100050


def test_saving_makes_the_next_version_and_the_next_sale_records_it(
    qtbot: Any, panel: ProgrammePanel, store: Store
) -> None:
    retype(qtbot, panel.tiers.rows[0].earn, "7.5")
    with qtbot.waitSignal(panel.saved, timeout=WAIT_MS) as saved:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [2]
    assert panel.status.text() == "Version 2 saved: new sales use it."
    assert not panel.save_button.isEnabled()  # the editor now shows version 2, unchanged
    in_force = current_programme(uow=store.uow())
    assert in_force.version == 2 and in_force.tiers[0].earn_percent == 7.5
    uow = store.uow()
    with uow.read_only():
        record = uow.audit.all()[-1]
    assert (record.action, record.staff_id) == ("programme", store.manager.id)
    assert record.details == {"version": 2, "changed": ["tiers"]}
    done = commit_checkout(
        Checkout(store.cards["anna"], (CheckLine(100000),), receipt_no="R-1"),
        uow=store.uow(),
        clock=clock,
        actor=Actor("T-TEST", store.cashier.id),
    )
    with uow.read_only():
        sale = uow.sales.get(done.sale.id)
    assert sale is not None
    assert (sale.programme_version, sale.earned_points) == (2, 75)  # floor(7.5 % of 1000.00)
