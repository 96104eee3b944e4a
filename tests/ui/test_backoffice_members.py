"""The Members tab over a real store file: the lazy list, the search and the member page."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from db.bulk import BulkWriter
from pos_loyalty.domain.cards import Card, CardState, CardType, card_number_for
from pos_loyalty.domain.members import Member
from pos_loyalty.services.bonuses import ManualPoints, ManualReason, give_points
from pos_loyalty.services.directory import PAGE_SIZE
from pos_loyalty.services.posting import Actor
from tests.ui.conftest import NOW, WAIT_MS, Store, count
from tests.ui.members_helpers import cell, open_member, open_panel, search, wait_idle
from ui.backoffice.context import BackOffice
from ui.backoffice.members import page_view
from ui.backoffice.window import BackOfficeWindow
from ui.i18n import install_translator

BULK = 250


@pytest.fixture
def crowded(store: Store) -> Store:
    """The store with 250 more members (and a card each), written in one bulk batch."""
    members = [
        Member(
            id=f"bulk-{i:04d}",
            name=f"Житель {i:04d}",
            phone=f"7999{i:07d}",
            consent_at=NOW,
            registered_on=(NOW - timedelta(days=i)).date(),
        )
        for i in range(BULK)
    ]
    cards = [
        Card(card_number_for(500_000 + i), CardType.BONUS, CardState.ACTIVE, m.id)
        for i, m in enumerate(members)
    ]
    with BulkWriter(store.db.engine) as writer:
        writer.members(members)
        writer.cards(cards, issued_at=NOW)
    return store


def test_the_list_fills_a_page_at_a_time_and_never_holds_every_member(
    qtbot: Any, crowded: Store, backoffice: BackOffice
) -> None:
    panel = open_panel(qtbot, backoffice)
    model, view = panel.model, panel.list_page.view
    total = count(crowded, "members")
    assert total == BULK + 4
    wait_idle(qtbot, panel)
    assert model.rowCount() == PAGE_SIZE < total
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=WAIT_MS)
    view.scrollToBottom()  # what a manager scrolling down does: the view asks for the rest
    qtbot.waitUntil(lambda: model.rowCount() == total, timeout=WAIT_MS)
    assert not model.canFetchMore()
    names = [model.lines[i].name for i in range(total)]
    assert names[:2] == ["Анна Смирнова", "Борис Орлов"]
    assert names[-1] == f"Житель {BULK - 1:04d}"
    assert len(set(names)) == total  # no page read twice
    status = panel.list_page.status.text()
    assert f"{total} of {total} members shown" == status


def test_a_row_shows_name_full_phone_card_tier_balance_and_day_to_a_manager(
    qtbot: Any, store: Store, backoffice: BackOffice
) -> None:
    panel = open_panel(qtbot, backoffice)
    model = panel.model
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == [
        "Анна Смирнова",
        "+7 912 000-00-01",
        store.cards["anna"],
        "Member",
        "100",
        "2026-11-02",
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Name", "Phone", "Main card", "Tier", "Balance", "Registered"]


def test_a_cashier_sees_phones_masked(qtbot: Any, store: Store, backoffice: BackOffice) -> None:
    backoffice.staff = store.cashier
    panel = open_panel(qtbot, backoffice)
    assert panel.model.index(0, 1).data() == "+7 912 ***-**-01"


def test_the_search_finds_by_card_phone_and_name_as_you_type(
    qtbot: Any, crowded: Store, backoffice: BackOffice
) -> None:
    panel = open_panel(qtbot, backoffice)
    model = panel.model
    search(qtbot, panel, crowded.cards["boris"], rows=1)
    assert model.lines[0].name == "Борис Орлов"
    search(qtbot, panel, "+7 999 000 001", rows=10)
    assert {line.name for line in model.lines} == {f"Житель {i:04d}" for i in range(10, 20)}
    search(qtbot, panel, "лосева", rows=1)  # her only card is blocked: she is still a member
    assert model.lines[0].card == crowded.cards["lost"]
    search(qtbot, panel, "Никого Такого", rows=0)
    assert "Nobody found" in panel.list_page.status.text()
    panel.list_page.search_edit.clear()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE and not model.searching, timeout=WAIT_MS)


def test_enter_opens_the_member_page_with_data_consent_cards_and_standing(
    qtbot: Any, store: Store, backoffice: BackOffice
) -> None:
    panel = open_panel(qtbot, backoffice)
    open_member(qtbot, panel, store.cards["new"])
    view = panel.page_view
    assert view.title.text() == "Глеб Новиков"
    personal = view.personal.text()
    assert "Phone: +7 912 000-00-04" in personal
    assert "Consent to personal data: given on 2026-11-02 12:00" in personal
    assert "Balance: 100 points (spendable 100, pending 0)" in view.standing.text()
    assert "Tier: Member" in view.standing.text()
    cards = {cell(view.cards_table, r, 0): cell(view.cards_table, r, 2) for r in range(2)}
    assert cards == {store.cards["old"]: "replaced", store.cards["new"]: "active"}
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # the button's shortcut clicks it a moment later
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.list_page, timeout=WAIT_MS)
    assert panel.list_page.search_edit.hasFocus()


def test_the_points_history_pages_newest_first_with_the_running_balance(
    qtbot: Any, store: Store, backoffice: BackOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_view, "HISTORY_PAGE", 3)
    anna = store.cards["anna"]
    with store.db.engine.connect() as connection:
        member_id = connection.exec_driver_sql(
            "SELECT member_id FROM cards WHERE number = ?", (anna,)
        ).scalar_one()
    for points in (50, 20, -30, 40):
        reason = ManualReason.REVIEW if points > 0 else ManualReason.CORRECTION
        give_points(
            ManualPoints(member_id, points, reason),
            uow=store.uow(),
            clock=lambda: NOW,
            actor=Actor("T-TEST", store.manager.id),
        )
    panel = open_panel(qtbot, backoffice)
    open_member(qtbot, panel, anna)
    view = panel.page_view
    table = view.points_table
    rows = [(cell(table, r, 2), cell(table, r, 3)) for r in range(table.rowCount())]
    assert rows == [("+40", "180"), ("-30", "140"), ("+20", "170")]
    assert view.history_label.text() == "Page 1 of 2 (5 entries)"
    assert not view.newer_button.isEnabled()
    view.older_button.click()
    qtbot.waitUntil(lambda: view.page is not None and view.page.page == 2, timeout=WAIT_MS)
    rows = [(cell(table, r, 2), cell(table, r, 3), cell(table, r, 4)) for r in range(2)]
    assert rows == [("+50", "150", "review of the store"), ("+100", "100", "welcome bonus")]


def test_the_back_office_window_has_the_members_tab(
    qtbot: Any, store: Store, backoffice: BackOffice
) -> None:
    window = BackOfficeWindow(backoffice)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.panel("Members")
    assert window.tabs.tabText(0) == "Members"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=WAIT_MS)  # type: ignore[attr-defined]


def test_the_tab_speaks_russian_in_a_russian_store(
    qtbot: Any, qapp: Any, store: Store, backoffice: BackOffice
) -> None:
    assert install_translator(qapp, "ru") == "ru"
    try:
        backoffice.language = "ru"
        panel = open_panel(qtbot, backoffice)
        headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
        assert headers == ["Имя", "Телефон", "Основная карта", "Уровень", "Баланс", "Регистрация"]
        assert panel.list_page.new_button.text() == "Новый покупатель  (Ctrl+N)"
        assert panel.model.index(0, 5).data() == "02.11.2026"
        search(qtbot, panel, "7912", rows=4)
        assert panel.list_page.status.text() == "Найдено 4 покупателя; Enter открывает"
    finally:
        install_translator(qapp, "en")


def test_down_and_enter_or_a_double_click_in_the_table_open_a_member(
    qtbot: Any, store: Store, backoffice: BackOffice
) -> None:
    panel = open_panel(qtbot, backoffice)
    view, edit = panel.list_page.view, panel.list_page.search_edit
    panel.list_page.focus_search()
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert view.hasFocus() and view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.page_view, timeout=WAIT_MS)
    assert panel.page_view.title.text() == "Борис Орлов"
    panel.show_list()
    rect = view.visualRect(panel.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: panel.page_view.title.text() == "Анна Смирнова", timeout=WAIT_MS)
    assert panel.stack.currentWidget() is panel.page_view
