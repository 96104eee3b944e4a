"""The member page is read again on coming back to the Members tab after a card changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from tests.ui.conftest import WAIT_MS, Store
from tests.ui.members_helpers import cell, open_member
from ui.backoffice.cards import CardsPanel
from ui.backoffice.context import BackOffice
from ui.backoffice.members import MembersPanel
from ui.backoffice.window import BackOfficeWindow


def _yes(_parent: QWidget, _title: str, _text: str) -> bool:
    return True


def test_a_card_blocked_in_the_cards_tab_shows_blocked_on_the_open_member_page(
    qtbot: Any, store: Store, backoffice: BackOffice
) -> None:
    panels = [
        ("Members", MembersPanel),
        ("Cards", lambda context: CardsPanel(context, confirm=_yes)),
    ]
    window = BackOfficeWindow(backoffice, panels)
    qtbot.addWidget(window)
    window.show()
    members = window.panel("Members")
    assert isinstance(members, MembersPanel)
    qtbot.waitUntil(lambda: members.model.rowCount() > 0, timeout=WAIT_MS)
    number = store.cards["anna"]
    open_member(qtbot, members, number)
    assert cell(members.page_view.cards_table, 0, 2) == "active"

    window.tabs.setCurrentIndex(1)
    box = window.panel("Cards").card_box  # type: ignore[attr-defined]
    box.number_edit.setText(number)
    box.look_up(number)
    qtbot.waitUntil(lambda: box.view is not None and box.block_button.isEnabled(), timeout=WAIT_MS)
    box.reason_combo.setCurrentText("lost")
    box.block_button.click()
    qtbot.waitUntil(lambda: not box.busy and box.notice.kind == "ok", timeout=WAIT_MS)

    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: cell(members.page_view.cards_table, 0, 2) == "blocked", timeout=WAIT_MS)
    assert cell(members.page_view.cards_table, 0, 3) == "lost"
