"""One translation mechanism: the core's texts read through Qt in the window and without Qt
elsewhere give the same words, and the app's money is the core's one formatter."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from pos_loyalty.domain.reasons import reason
from pos_loyalty.domain.slip import expiring_text, labels_for
from pos_loyalty.i18n import shipped_translator, translator_for
from pos_loyalty.i18n.local import money_text
from pos_loyalty.reports.labels import labels_for as report_labels
from ui.i18n import QtCoreTranslator, format_money, install_translator

NBSP = "\u00a0"


@pytest.mark.parametrize("language", ["ru", "en"])
def test_qt_and_the_cores_reader_agree_on_every_message(language: str) -> None:
    qt = QtCoreTranslator(language)
    plain = shipped_translator(language)
    assert qt.loaded
    messages = plain.catalogue.messages  # type: ignore[attr-defined]
    assert len(messages) > (1000 if language == "ru" else 20)
    differ = [
        (context, source, n)
        for (context, source, comment), forms in messages.items()
        for n in ((-1,) if len(forms) == 1 else (0, 1, 2, 3, 5, 11, 21, 22, 101, 111))
        if qt(context, source, comment or None, n) != plain(context, source, comment or None, n)
    ]
    assert differ == []


def test_installing_a_language_gives_the_core_qts_translators(qapp: QApplication) -> None:
    try:
        install_translator(qapp, "ru")
        assert isinstance(translator_for("ru"), QtCoreTranslator)
        assert labels_for("ru").sale_title == "Программа лояльности"
        assert report_labels("ru")["col.balance"] == "Баланс"
        assert reason("bonus", points=21, name="Акция").text("ru") == "+21 балл: Акция"
        assert (
            expiring_text(2, date(2026, 3, 1), "ru")
            == "2 балла действуют до 01.03.2026 включительно"
        )
        assert expiring_text(1, date(2026, 3, 1), "en") == "1 point can be spent until 2026-03-01"
    finally:
        install_translator(qapp, "en")


def test_the_window_writes_money_with_the_cores_formatter() -> None:
    assert format_money(123_450, "ru") == f"1{NBSP}234,50{NBSP}₽"
    assert format_money(-123_450, "en") == "-1,234.50"
    assert format_money(5, "ru") == money_text(5, "ru") + f"{NBSP}₽" == f"0,05{NBSP}₽"
