"""The core's refusals reach the cashier in the window's language: Russian in a Russian window,
English in an English one, each a whole sentence with the values the core gave."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from devices import validate_frame
from devices.scanner.framing import Frame, FrameProblem
from pos_loyalty.domain import reasons
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.errors import LoyaltyError, NotAllowed
from pos_loyalty.services.checkout import Checkout, quote_checkout
from pos_loyalty.services.staff import sign_in
from tests.device_doubles import FakeSerialDevice
from tests.ui.conftest import (
    WAIT_MS,
    AnsweringPrompts,
    Store,
    clock,
    count,
    scan,
    type_amount,
    use_serial_scanner,
)
from ui.checkout.window import CheckoutWindow
from ui.core_messages import CONTEXT, MESSAGES, core_message
from ui.i18n import install_translator

ROOT = Path(__file__).resolve().parents[2]
UNKNOWN_CARD = "0420000999997"  # a valid number that no member holds


@pytest.fixture(params=["ru", "en"])
def language(request: Any, qapp: QApplication) -> Iterator[str]:
    yield install_translator(qapp, request.param)
    install_translator(qapp, "en")


def said(ru: str, en: str, language: str) -> str:
    return ru if language == "ru" else en


def wrong_digit(card: str) -> str:
    return card[:-1] + str((int(card[-1]) + 1) % 10)


def test_a_wrong_check_digit_is_refused_in_the_windows_language(
    qtbot: Any, language: str, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(language=language)
    bad = wrong_digit(store.cards["anna"])
    qtbot.keyClicks(window.search.edit, bad)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    text = window.message.text()
    assert bad in text
    assert said("неверная контрольная цифра", "wrong check digit", language) in text
    assert said("Карта не принята", "Card not accepted", language) in text
    assert window.session.view is None and count(store, "sales") == 0


def test_an_unknown_card_is_refused_in_the_windows_language(
    qtbot: Any, language: str, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(language=language)
    qtbot.keyClicks(window.search.edit, UNKNOWN_CARD)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    expected = said(
        f"Карта {UNKNOWN_CARD} здесь неизвестна",
        f"Card {UNKNOWN_CARD} is not known here",
        language,
    )
    qtbot.waitUntil(lambda: expected in window.message.text(), timeout=WAIT_MS)
    assert window.message.property("kind") == "error"


def test_a_refund_above_what_is_left_is_refused_with_the_amounts_written_locally(
    qtbot: Any,
    language: str,
    store: Store,
    prompts: AnsweringPrompts,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    window = open_window(language=language)
    scan(qtbot, window, serial_device, store.cards["anna"])
    type_amount(qtbot, window, "1000")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.history_panel.table.rowCount() == 1, timeout=WAIT_MS)
    prompts.refund_answer = (200_000, "goods returned")
    window.history_panel.refund_button.click()
    expected = said(
        "Возврат 2\u00a0000,00\u00a0₽ больше, чем осталось вернуть по этой продаже "
        "(1\u00a0000,00\u00a0₽ из 1\u00a0000,00\u00a0₽)",
        "A refund of 2,000.00 is more than what is left to refund on this sale "
        "(1,000.00 of 1,000.00)",
        language,
    )
    qtbot.waitUntil(lambda: expected in window.message.text(), timeout=WAIT_MS)
    assert count(store, "refunds") == 0


def test_removing_more_points_than_the_balance_is_refused_in_the_windows_language(
    qtbot: Any,
    language: str,
    store: Store,
    prompts: AnsweringPrompts,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    window = open_window(language=language)
    scan(qtbot, window, serial_device, store.cards["anna"])
    prompts.adjust_answer = (-500, "review")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_F7)
    expected = said(
        "Баланс 100: списать можно не больше 100 баллов.",
        "The balance is 100: at most 100 points can be removed.",
        language,
    )
    qtbot.waitUntil(lambda: window.message.text() == expected, timeout=WAIT_MS)


def test_a_void_with_no_sale_is_refused_in_the_windows_language(
    qtbot: Any, language: str, store: Store, open_window: Callable[..., CheckoutWindow]
) -> None:
    window = open_window(language=language)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F9)
    expected = said(
        "На этом терминале нет продажи, которую можно аннулировать.",
        "There is no sale on this terminal to void.",
        language,
    )
    qtbot.waitUntil(lambda: window.message.text() == expected, timeout=WAIT_MS)


def refusal(action: Callable[[], object]) -> LoyaltyError:
    with pytest.raises(LoyaltyError) as caught:
        action()
    return caught.value


def test_blocked_and_replaced_cards_and_a_lockout_read_in_the_windows_language(
    language: str, store: Store
) -> None:
    def quote_for(card: str) -> object:
        check = Checkout(card_number=card, lines=(CheckLine(50_000),))
        return quote_checkout(check, uow=store.uow(), clock=clock)

    blocked = refusal(lambda: quote_for(store.cards["lost"]))
    assert core_message(blocked, language) == said(
        f"Карта {store.cards['lost']} заблокирована (stolen); она принадлежала Вера Лосева: "
        "с ней ничего нельзя сделать, выдайте новую карту.",
        f"Card {store.cards['lost']} is blocked (stolen); it belonged to Вера Лосева: "
        "nothing can be done with it, issue a new card.",
        language,
    )
    replaced = refusal(lambda: quote_for(store.cards["old"]))
    assert store.cards["new"] in core_message(replaced, language)
    assert said("заменена", "was replaced", language) in core_message(replaced, language)
    for _ in range(3):
        wrong = refusal(
            lambda: sign_in("Кассир", "0000", uow=store.uow(), hasher=store.hasher, clock=clock)
        )
    assert isinstance(wrong, NotAllowed) and wrong.code == "pin_wrong_locked"
    assert core_message(wrong, language) == said(
        "Неверный PIN-код для Кассир: вход заблокирован на 30 с.",
        "Wrong PIN for Кассир: locked for 30 s.",
        language,
    )
    assert "locked for 30 s" in str(wrong)  # the command line and the logs keep English


def test_a_cut_off_scan_is_refused_in_the_windows_language(language: str) -> None:
    result = validate_frame(Frame(b"04200", FrameProblem.TRUNCATED))
    assert result.error is not None and result.rejection is not None
    assert "Incomplete read" in result.rejection
    assert core_message(result.error, language).startswith(
        said("Неполное чтение «04200»", "Incomplete read '04200'", language)
    )


def test_every_code_the_core_raises_has_a_sentence_translated_into_russian(
    qapp: QApplication,
) -> None:
    sources = [*ROOT.glob("pos_loyalty/**/*.py"), *ROOT.glob("devices/**/*.py")]
    raised = {
        code
        for path in sources
        for code in re.findall(r'\bcode="([a-z_]+)"', path.read_text(encoding="utf-8"))
    }
    raised |= {"card_blocked", "card_blocked_nameless"}  # chosen by a conditional expression
    raised -= set(reasons.TEMPLATES) | set(reasons.COUNTED)  # a checkout reason, not a refusal
    assert raised - set(MESSAGES) == set()
    install_translator(qapp, "ru")
    try:
        untranslated = [
            code
            for code, text in MESSAGES.items()
            if QCoreApplication.translate(CONTEXT, str(text)) == str(text)
        ]
    finally:
        install_translator(qapp, "en")
    assert untranslated == []


def test_a_check_below_the_minimum_for_redemption_says_so_in_the_windows_language(
    qtbot: Any,
    language: str,
    store: Store,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    window = open_window(language=language)
    scan(qtbot, window, serial_device, store.cards["anna"])
    type_amount(qtbot, window, "300")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_F4)
    expected = said(
        "списание невозможно: чек меньше 500,00", "no redemption: check below 500.00", language
    )
    qtbot.waitUntil(lambda: expected in window.quote_panel.reasons_label.text(), timeout=WAIT_MS)
    assert window.session.quote is not None and window.session.quote.redeemed_points == 0
