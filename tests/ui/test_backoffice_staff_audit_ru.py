"""The Staff and Audit log tabs speak Russian in a Russian store, plurals included."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from pos_loyalty.services.staff_accounts import set_active
from tests.ui.backoffice_helpers import settle
from tests.ui.conftest import Store, clock
from ui.backoffice.audit import AuditPanel
from ui.backoffice.audit.table import ACTION
from ui.backoffice.context import BackOffice
from ui.backoffice.staff import StaffPanel
from ui.i18n import install_translator


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[QApplication]:
    assert install_translator(qapp, "ru") == "ru"
    yield qapp
    install_translator(qapp, "en")


def test_the_staff_tab_in_russian(
    qtbot: Any, russian: QApplication, backoffice: BackOffice
) -> None:
    panel = StaffPanel(backoffice)
    qtbot.addWidget(panel)
    settle(qtbot, backoffice)
    assert panel.table.cell("Кассир", 1) == "Кассир"
    assert panel.table.cell("Менеджер", 2) == "да"
    panel.table.select_name("Менеджер")
    assert panel.role_button.text() == "Сделать кассиром"
    assert panel.active_button.text() == "Отключить"
    panel.add_form.add_button.click()
    assert panel.notice.text() == "Введите имя нового сотрудника."


def test_the_audit_tab_in_russian(
    qtbot: Any, russian: QApplication, store: Store, backoffice: BackOffice
) -> None:
    for active in (False, True):
        set_active(store.cashier.id, active, uow=store.uow(), clock=clock, actor=backoffice.actor)
    panel = AuditPanel(backoffice)
    qtbot.addWidget(panel)
    settle(qtbot, backoffice)
    assert [row[ACTION] for row in panel.table.rows()] == [
        "Сотрудник снова включён",
        "Сотрудник отключён",
        "Карта заменена",  # the store's own set-up
    ]
    assert panel.page_label.text() == "страница 1 из 1, записей: 3"
    panel.verify()
    settle(qtbot, backoffice)
    assert panel.notice.text().splitlines() == [
        "Журнал не изменён (3 записи). Балансы и баллы 4 покупателей сходятся с журналом баллов.",
        "Не сверено с центральным сервером: терминал не подключён к нему.",
    ]
