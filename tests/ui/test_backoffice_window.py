"""The back office opens from the counter for a manager, and only with a manager's PIN."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.ui.conftest import MANAGER_PIN, AnsweringPrompts, Store
from ui.backoffice.context import BackOffice
from ui.backoffice.window import BackOfficeWindow


def _label_panel(text: str) -> Any:
    def make(context: BackOffice) -> QWidget:
        return QLabel(f"{text} for {context.staff.name}")

    return make


def test_the_window_shows_one_tab_per_panel_with_ctrl_digits_to_switch(
    qtbot: Any, backoffice: BackOffice
) -> None:
    panels = [
        (QT_TRANSLATE_NOOP("BackOffice", "Members"), _label_panel("members")),
        (QT_TRANSLATE_NOOP("BackOffice", "Cards"), _label_panel("cards")),
    ]
    window = BackOfficeWindow(backoffice, panels)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Members", "Cards"]
    cards = window.panel("Cards")
    assert isinstance(cards, QLabel) and cards.text() == "cards for Менеджер"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1


def test_a_cashier_opens_the_back_office_only_with_a_managers_pin(
    open_window: Any, store: Store, prompts: AnsweringPrompts
) -> None:
    window = open_window(store.cashier)
    prompts.manager_pin = "000000"
    window.actions_by_key["Ctrl+B"].trigger()
    assert window.backoffice is None
    assert "a manager's PIN is needed" in window.message.text()
    prompts.manager_pin = MANAGER_PIN
    window.actions_by_key["Ctrl+B"].trigger()
    assert isinstance(window.backoffice, BackOfficeWindow)
    context = window.backoffice.context  # the cashier acts; the manager who let them in approves
    assert (context.staff.id, context.approved_by) == (store.cashier.id, store.manager.id)
    assert prompts.asked == ["open the back office", "open the back office"]


def test_a_manager_signed_in_opens_it_without_being_asked(
    open_window: Any, store: Store, prompts: AnsweringPrompts
) -> None:
    window = open_window(store.manager)
    window.actions_by_key["Ctrl+B"].trigger()
    assert isinstance(window.backoffice, BackOfficeWindow)
    assert prompts.asked == []
