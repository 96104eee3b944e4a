"""The Programme tab's other sections over the real store file: the example programme loads as
it is, categories, club membership, bonuses and expiry are saved exactly, the preview takes
lines with categories, and a version saved meanwhile elsewhere is not overwritten."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from pos_loyalty.domain.programme import Bonuses, MembershipPlan
from pos_loyalty.services.members import Registration, register_member
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import current_programme, save_programme
from pos_loyalty.services.templates import template
from tests.ui.conftest import NOW, WAIT_MS, Store
from tests.ui.test_backoffice_programme import cell, retype
from ui.backoffice.context import BackOffice
from ui.backoffice.programme import ProgrammePanel
from ui.backoffice.programme.screens import programme_screenshots
from ui.i18n import current_language, install_translator

EXAMPLE = Path(__file__).parents[2] / "docs" / "examples" / "tiered.toml"


def _open(qtbot: Any, backoffice: BackOffice) -> ProgrammePanel:
    found = ProgrammePanel(backoffice, confirm=lambda *_question: True)  # the manager says Save
    qtbot.addWidget(found)
    found.resize(1200, 800)
    found.show()
    qtbot.waitUntil(lambda: found.current is not None, timeout=WAIT_MS)
    return found


@pytest.fixture
def panel(qtbot: Any, backoffice: BackOffice) -> Iterator[ProgrammePanel]:
    yield _open(qtbot, backoffice)
    backoffice.worker.wait_for_done(WAIT_MS)


def test_the_example_programme_loads_with_nothing_to_save(
    qtbot: Any, backoffice: BackOffice, store: Store
) -> None:
    save_programme(tomllib.loads(EXAMPLE.read_text(), parse_float=str), uow=store.uow())
    panel = _open(qtbot, backoffice)
    assert [row.name.text() for row in panel.tiers.rows] == ["Bronze", "Silver", "Gold"]
    assert panel.tiers.rows[2].threshold.text() == "100000.00"
    assert panel.membership.offered.isChecked() and panel.membership.fee.text() == "990.00"
    assert panel.expiry.activation.value() == 14
    assert [p["code"] for p in panel.promotions.promotions] == [
        "x2-weekend",
        "big-check",
        "happy-hours",
    ]
    panel.promotions.select(2)
    form = panel.promotions.form
    assert (form.target.currentData(), form.tier.currentText()) == ("tier", "Gold")
    assert form.hours_on.isChecked() and form.hour_to.time().hour() == 11
    assert panel.problems == [] and not panel.save_button.isEnabled()
    assert panel.status.text() == "Version 2 is in force. No changes to save."
    backoffice.worker.wait_for_done(WAIT_MS)


def test_categories_membership_bonuses_and_expiry_are_saved_exactly(
    qtbot: Any, panel: ProgrammePanel, store: Store
) -> None:
    categories = panel.categories
    categories.add_row("alcohol", "no_discount")
    assert categories.table.item(0, 0).text() == "gift_card"  # type: ignore[union-attr]
    box = categories.table.cellWidget(0, 1)
    box.setCurrentIndex(box.findData("neither"))  # type: ignore[union-attr]
    membership = panel.membership
    membership.offered.setChecked(True)
    retype(qtbot, membership.fee, "1 490,00")
    membership.period.setValue(180)
    retype(qtbot, membership.extra_discount, "3")
    retype(qtbot, membership.extra_earn, "1.5")
    panel.bonuses.spins["welcome"].setValue(150)
    panel.bonuses.spins["birthday_window_days"].setValue(3)
    panel.expiry.expire_after.setValue(180)
    panel.expiry.activation.setValue(14)
    with qtbot.waitSignal(panel.saved, timeout=WAIT_MS):
        qtbot.keyClick(panel, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = current_programme(uow=store.uow())
    assert saved.version == 2
    assert saved.no_discount_categories == frozenset({"tobacco", "gift_card", "alcohol"})
    assert saved.no_earn_categories == frozenset({"tobacco", "gift_card"})
    assert saved.membership == MembershipPlan(149000, 180, Fraction(3), Fraction(3, 2))
    assert saved.bonuses == Bonuses(150, 200, 3, 30, 200, 100)
    assert (saved.expire_after_days, saved.activation_days) == (180, 14)


def test_the_preview_takes_lines_with_categories(qtbot: Any, panel: ProgrammePanel) -> None:
    preview = panel.preview
    preview.by_lines.setChecked(True)
    preview.lines.set_rows([("300.00", "tobacco"), ("700.00", "")])
    retype(qtbot, panel.tiers.rows[0].earn, "10")
    # The worked example: tobacco earns nothing, 5 % of 700.00 = 35; 10 % edited = 70.
    assert (cell(panel, "current", "earned"), cell(panel, "edited", "earned")) == ("35", "70")
    assert cell(panel, "current", "payable") == "1,000.00"
    assert "tobacco: no discount, no points" in preview.reasons["edited"].text()
    preview.lines.set_rows([("300.00", "tobacco"), ("7OO", "")])
    assert preview.sample_note.error() == "Line 2: '7OO' is not an amount: type it like 1234.50."
    assert cell(panel, "edited", "earned") == "—"


def test_a_version_saved_meanwhile_is_not_overwritten(
    qtbot: Any, panel: ProgrammePanel, store: Store
) -> None:
    save_programme(template("discount"), uow=store.uow())  # another terminal, version 2
    retype(qtbot, panel.tiers.rows[0].earn, "7")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.general.error() != "", timeout=WAIT_MS)
    assert panel.general.error() == (
        "programme version 2 was saved meanwhile (you edited version 1): reload it and make "
        "your changes again"
    )
    assert current_programme(uow=store.uow()).name == "Discount card"
    uow = store.uow()
    with uow.read_only():
        assert [r.action for r in uow.audit.all() if r.terminal_id != "T-SETUP"] == []
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(panel.revert_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "Version 2 is in force. No changes to save."
    assert [row.name.text() for row in panel.tiers.rows] == ["Card"]
    assert panel.general.error() == ""


def test_the_editor_speaks_russian(
    qtbot: Any, qapp: QApplication, backoffice: BackOffice, store: Store
) -> None:
    assert install_translator(qapp, "ru") == "ru"
    try:
        backoffice.language = "ru"
        panel = _open(qtbot, backoffice)
        assert panel.status.text() == "Действует версия 1. Изменений нет."
        assert panel.nav.item(0).text() == "Уровни"
        retype(qtbot, panel.caps.max_redeem, "150")
        assert panel.caps.note("max_redeem_percent") == "Должно быть от 0 до 100."
        assert panel.status.text() == "Исправьте ошибки, отмеченные красным, чтобы сохранить."
        retype(qtbot, panel.caps.max_redeem, "50")
        retype(qtbot, panel.tiers.rows[0].earn, "7")
        # Money the Russian way; the reasons in the store's language.
        assert cell(panel, "edited", "payable") == "1\u00a0000,00\u00a0₽"
        assert (
            "начислено 7 % от 1\u00a0000,00 = 70 баллов" in panel.preview.reasons["edited"].text()
        )
        card = register_member(
            Registration(name="Ольга", phone="+7 912 000-00-11", consent=True),
            uow=store.uow(),
            clock=lambda: NOW - timedelta(days=61),
            actor=Actor("T-SETUP", "setup"),
        ).card.number
        panel.offers.card.setText(card)
        qtbot.mouseClick(panel.offers.find_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.offers.holder is not None, timeout=WAIT_MS)
        assert panel.offers.member.text() == (
            "<b>Ольга</b> — последняя покупка 02.09.2026, 61 день назад"
        )
        backoffice.worker.wait_for_done(WAIT_MS)
    finally:
        install_translator(qapp, "en")


def test_the_programme_screenshots_show_the_edit_in_both_languages(
    qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    store.db.close()  # the hook opens the store file itself
    saved = programme_screenshots(tmp_path, Path(store.db.engine.url.database or ""))
    assert [p.name for p in saved] == ["programme_ru.png", "programme_en.png"]
    for path in saved:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1600, 1000)
    assert current_language() == "en"


def test_renaming_a_tier_a_promotion_targets_is_shown_at_the_promotion(
    qtbot: Any, backoffice: BackOffice, store: Store
) -> None:
    save_programme(tomllib.loads(EXAMPLE.read_text(), parse_float=str), uow=store.uow())
    panel = _open(qtbot, backoffice)
    retype(qtbot, panel.tiers.rows[2].name, "Platinum")
    assert panel.nav.item(6).text() == "Promotions  ⚠" and not panel.save_button.isEnabled()
    assert panel.promotions.general.error() == (
        "Promotion 3 (Extra 2 % in the morning for Gold): There is no tier with this name."
    )
    panel.promotions.select(2)
    assert panel.promotions.form.note("tier") == "There is no tier with this name."
    assert panel.promotions.form.tier.findText("Platinum") >= 0  # offered to choose instead
    panel.promotions.form.tier.setEditText("Platinum")
    assert panel.problems == [] and panel.save_button.isEnabled()
    backoffice.worker.wait_for_done(WAIT_MS)
