"""Every window fits a shop's screen, 1366×768 and 1024×768, in Russian and in English.

A window fits when it does not ask for more than the screen (its minimum size and minimum
size hint) and no visible button is cut off at that size. A button inside a scroll area (a
long form, a panel on a short screen) counts as reachable when it lies inside the area's
content: it is scrolled to, not cut off. Each tab or page is shown in turn, since a tab widget
lays out only the tab in front.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from db.reports import SqlAlchemyReportSource
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.templates import template
from tests.ui.backoffice_helpers import settle
from tests.ui.conftest import WAIT_MS, Store, clock
from tests.ui.members_helpers import open_member
from tests.ui.test_rewards_at_counter import REWARDS, press_ctrl_r, show_card
from ui.backoffice.context import BackOffice
from ui.backoffice.members import MembersPanel
from ui.backoffice.window import BackOfficeWindow
from ui.checkout.window import CheckoutWindow
from ui.dialogs.first_run import FirstRunWizard
from ui.dialogs.manager_pin import ManagerPinDialog
from ui.dialogs.settings import SettingsDialog
from ui.dialogs.sign_in import SignInDialog
from ui.i18n import install_translator
from ui.reports.window import ReportsWindow

SCREENS = (QSize(1366, 768), QSize(1024, 768))


@pytest.fixture(params=["ru", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    yield install_translator(qapp, request.param)
    install_translator(qapp, "en")


def _cut_off(button: QAbstractButton, window: QWidget) -> bool:
    """Whether `button` sticks out of a widget that holds it (a scroll area's content is
    reached by scrolling, so from there on the area itself must fit)."""
    rect, node = QRect(QPoint(0, 0), button.size()), button
    while node is not window:
        parent = node.parentWidget()
        if parent is None:
            return False
        rect = rect.translated(node.pos())
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and area.widget() is node:
            if not node.rect().contains(rect.translated(-node.pos())):
                return True
            rect, node = QRect(QPoint(0, 0), area.size()), area
            continue
        if not parent.rect().contains(rect):
            return True
        node = parent
    return not window.rect().contains(rect)


def misfits(window: QWidget, screen: QSize, where: str) -> list[str]:
    """What does not fit `screen` in `window` as shown now: sizes asked for, buttons cut off."""
    window.resize(screen)
    for _ in range(3):  # grids of buttons lay out again once they know their width
        QApplication.processEvents()
    found = []
    for name, size in (
        ("minimumSizeHint", window.minimumSizeHint()),
        ("minimumSize", window.minimumSize()),
    ):
        if size.width() > screen.width() or size.height() > screen.height():
            found.append(f"{where}: {name} {size.width()}×{size.height()}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and _cut_off(button, window):
            corner = button.mapTo(window, QPoint(0, 0))
            found.append(f"{where}: '{button.text()}' cut off at {corner.x()},{corner.y()}")
    return found


def misfits_at_both(window: QWidget, where: str) -> list[str]:
    found: list[str] = []
    for screen in SCREENS:
        found += misfits(window, screen, f"{where} at {screen.width()}×{screen.height()}")
    return found


def each_tab(tabs: QTabWidget, check: Callable[[str], list[str]]) -> list[str]:
    found: list[str] = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        found += check(tabs.tabText(index))
    return found


def test_the_counters_dialogs_fit(
    qtbot: Any, language: str, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    """Ctrl+N (register at the counter) and Ctrl+R (rewards for points, a catalogue of three)."""
    save_programme({**template("bonus"), "rewards": REWARDS}, uow=store.uow())
    window = open_window(language=language)
    window.actions_by_key["Ctrl+N"].trigger()
    qtbot.waitUntil(
        lambda: window.registering.dialog is not None and window.registering.dialog.isVisible(),
        timeout=WAIT_MS,
    )
    register = window.registering.dialog
    assert register is not None
    found = misfits_at_both(register, f"register at the counter {language}")
    register.reject()
    show_card(qtbot, window, store.cards["anna"])
    rewards = press_ctrl_r(qtbot, window)
    found += misfits_at_both(rewards, f"rewards {language}")
    rewards.reject()
    assert found == []


@pytest.mark.parametrize("demo", [False, True], ids=["shop", "demo"])
def test_the_counter_fits(
    qtbot: Any, language: str, demo: bool, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(language=language, demo=demo)
    assert misfits_at_both(window, f"counter {language}") == []


def _hidden(widget: QWidget) -> str | None:
    """What of `widget` is out of view (scrolled away or cut off), None when it is all seen."""
    seen = widget.visibleRegion().boundingRect()
    if widget.isVisible() and seen == widget.rect():
        return None
    return f"{widget.objectName()}: {seen} of {widget.rect()}"


@pytest.mark.parametrize("demo", [False, True], ids=["shop", "demo"])
def test_confirm_and_the_sum_to_pay_are_in_view_with_a_check_quoted(
    qtbot: Any,
    language: str,
    demo: bool,
    store: Store,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    """The cashier sees Confirm without scrolling, whatever the panels above it hold; on the
    shop's 1366×768 screen (no demo devices docked) the sum to pay and the points earned too."""
    window = open_window(language=language, demo=demo)
    show_card(qtbot, window, store.cards["anna"])
    quote = window.quote_panel
    qtbot.keyClicks(quote.amount_edit, "2450")
    qtbot.waitUntil(
        lambda: window.session.quote is not None and not window.session.worker.busy,
        timeout=WAIT_MS,
    )
    figures = [quote.findChild(QWidget, f"quote_{key}") for key in ("payable", "earned")]
    assert None not in figures
    hidden = []
    for screen in SCREENS:
        window.resize(screen)
        for _ in range(3):
            QApplication.processEvents()
        wanted = [quote.confirm_button]
        if not demo and screen == SCREENS[0]:
            wanted += figures
        hidden += [f"{screen.width()}×{screen.height()} {h}" for w in wanted if (h := _hidden(w))]
    assert hidden == []


def test_the_back_office_fits_on_every_tab(
    qtbot: Any, language: str, store: Store, backoffice: BackOffice
) -> None:
    context = dataclasses.replace(backoffice, language=language)
    window = BackOfficeWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, context)

    def check(title: str) -> list[str]:
        settle(qtbot, context)
        return misfits_at_both(window, f"back office {language}, {title}")

    found = each_tab(window.tabs, check)
    members = window.panel("Members")
    assert isinstance(members, MembersPanel)
    window.tabs.setCurrentIndex(0)
    open_member(qtbot, members, store.cards["anna"])
    found += each_tab(members.page_view.tabs, lambda tab: check(f"member page, {tab}"))
    assert found == []


def test_the_reports_window_fits(qtbot: Any, language: str, store: Store) -> None:
    source = SqlAlchemyReportSource(store.db.uow)
    window = ReportsWindow(source, clock=clock, language="ru" if language == "ru" else "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.controls.store_box.count() >= 1, timeout=WAIT_MS)
    found = misfits_at_both(window, f"reports {language}")
    window.worker.wait_for_done(10_000)
    assert found == []


def test_the_settings_fit_on_every_tab(qtbot: Any, language: str, store: Store) -> None:
    dialog = SettingsDialog(
        store.uow, clock=clock, actor=Actor("T-TEST", store.manager.id), port_lister=list
    )
    qtbot.addWidget(dialog)
    dialog.show()
    found = each_tab(dialog.tabs, lambda tab: misfits_at_both(dialog, f"settings {tab}"))
    assert found == []


def test_sign_in_and_the_manager_prompt_fit(qtbot: Any, language: str, store: Store) -> None:
    sign_in = SignInDialog(store.uow, store.hasher, clock)
    manager = ManagerPinDialog(store.uow, store.hasher, clock, "approve this refund")
    found: list[str] = []
    for dialog, name in ((sign_in, "sign-in"), (manager, "manager's PIN")):
        qtbot.addWidget(dialog)
        dialog.show()
        found += misfits_at_both(dialog, f"{name} {language}")
    assert found == []


def test_the_first_run_wizard_fits(qtbot: Any, language: str, store: Store) -> None:
    """The wizard is as large as its largest page, so its size covers every page."""
    wizard = FirstRunWizard(store.uow, port_lister=list)
    qtbot.addWidget(wizard)
    wizard.show()
    found = misfits_at_both(wizard, f"first run {language}")
    for page_id in wizard.pageIds():
        hint = wizard.page(page_id).minimumSizeHint()
        if hint.width() > SCREENS[1].width() or hint.height() > SCREENS[1].height():
            found.append(
                f"first run {language}: page {page_id} asks {hint.width()}×{hint.height()}"
            )
    assert found == []
