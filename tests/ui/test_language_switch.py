"""Switching the language in Settings reaches the open back office and the counter's message
line at once: no reopen, nothing left in the old language, nothing typed translated."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import WAIT_MS, Store
from tests.ui.test_russian_throughout import _still_english, _texts, _tier_names
from ui.backoffice.context import BackOffice
from ui.backoffice.window import BackOfficeWindow
from ui.checkout.window import CheckoutWindow
from ui.i18n import install_translator
from ui.retranslate import Retranslation


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    install_translator(qapp, "en")
    yield qapp
    install_translator(qapp, "en")


def _open(qtbot: Any, backoffice: BackOffice) -> BackOfficeWindow:
    window = BackOfficeWindow(backoffice)
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
    backoffice.worker.wait_for_done(WAIT_MS)
    return window


def test_the_open_back_office_speaks_russian_once_russian_is_chosen(
    qtbot: Any, english: QApplication, backoffice: BackOffice, store: Store
) -> None:
    window = _open(qtbot, backoffice)
    members = window.panel("Members")
    new_button = members.list_page.new_button  # type: ignore[attr-defined]
    assert new_button.text() == "New member  (Ctrl+N)"
    before = _texts(window)
    install_translator(english, "ru")
    qtbot.waitUntil(lambda: new_button.text() == "Новый покупатель  (Ctrl+N)", timeout=WAIT_MS)
    backoffice.worker.wait_for_done(WAIT_MS)
    assert window.tabs.tabText(0) == "Покупатели"
    assert backoffice.language == "ru"
    assert _still_english(window, _tier_names(store)) == []
    english = Retranslation("en", "ru")  # a text still English by its shape: "{n} members found"
    data = _tier_names(store)
    shaped = [text for _name, text in _texts(window) if text not in data and english.text(text)]
    assert shaped == []
    assert len(_texts(window)) == len(before)  # the same widgets, no panel built again


def test_the_back_office_goes_back_to_english_as_it_was(
    qtbot: Any, english: QApplication, backoffice: BackOffice
) -> None:
    window = _open(qtbot, backoffice)
    before = sorted(_texts(window))
    install_translator(english, "ru")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Покупатели", timeout=WAIT_MS)
    install_translator(english, "en")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Members", timeout=WAIT_MS)
    backoffice.worker.wait_for_done(WAIT_MS)
    assert sorted(_texts(window)) == before


def test_a_sentence_with_values_is_said_again_with_its_values() -> None:
    to_ru = Retranslation("en", "ru")
    assert to_ru.text(
        "Card not accepted: No card number was read: scan the card again or type its 13 digits."
    ) == (
        "Карта не принята: Номер карты не считан: отсканируйте карту ещё раз или введите все "
        "13 цифр."
    )
    assert to_ru.text("Gold", ("MemberPageView",)) is None  # a tier's name is not a text


def test_the_counters_message_line_follows_the_language(
    qtbot: Any, english: QApplication, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(language="en")
    window.new_customer()
    assert window.message.text() == "Next customer: scan a card."
    install_translator(english, "ru")
    qtbot.waitUntil(lambda: window.language == "ru", timeout=WAIT_MS)
    assert window.message.text() == "Следующий покупатель: отсканируйте карту."
