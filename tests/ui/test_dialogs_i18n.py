"""The app speaks Russian when told to, shows money the local way, and renders its screenshots."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from db import open_database
from pos_loyalty.domain.staff import Role
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.staff import add_staff
from ui.dialogs.manager_pin import ManagerPinDialog
from ui.dialogs.screens import dialog_screenshots
from ui.dialogs.sign_in import SignInDialog
from ui.i18n import LANGUAGES, current_language, format_money, install_translator

HASHER = Argon2PinHasher(time_cost=1, memory_cost=1024)


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[QApplication]:
    assert install_translator(qapp, "ru") == "ru"
    yield qapp
    install_translator(qapp, "en")


def test_the_dialogs_speak_russian(qtbot: QtBot, russian: QApplication, tmp_path: Path) -> None:
    database = open_database(tmp_path / "shop.sqlite3")
    try:
        dialog = SignInDialog(database.uow, HASHER, lambda: datetime.now().astimezone())
        qtbot.addWidget(dialog)
        approval = ManagerPinDialog(database.uow, HASHER, datetime.now, "аннулировать продажу")
        qtbot.addWidget(approval)
    finally:
        database.close()
    assert current_language() == "ru"
    assert dialog.sign_in_button.text() == "Войти"
    assert dialog.message.text() == "Учётных записей сотрудников пока нет: обратитесь к менеджеру."
    cancel = approval.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Отмена"
    locked = QCoreApplication.translate(
        "SignInDialog", "Locked after wrong PINs: try again in %n s.", "", 22
    )
    assert locked.endswith("через 22 секунды.")


def test_english_is_back_after_switching(qapp: QApplication) -> None:
    install_translator(qapp, "ru")
    assert install_translator(qapp, "en") == "en"
    assert QCoreApplication.translate("SignInDialog", "Sign in") == "Sign in"


def test_without_a_stored_language_the_system_locale_decides(qapp: QApplication) -> None:
    try:
        assert install_translator(qapp, None) in LANGUAGES
    finally:
        install_translator(qapp, "en")


def test_money_is_shown_the_local_way() -> None:
    assert format_money(123_450, "ru") == "1\u00a0234,50\u00a0₽"
    assert format_money(123_450, "en") == "1,234.50"
    assert format_money(-5, "ru") == "-0,05\u00a0₽"
    assert format_money(100_000_000_00, "en") == "100,000,000.00"


def test_the_dialog_screenshots_are_rendered_in_both_languages(
    qapp: QApplication, tmp_path: Path
) -> None:
    database = open_database(tmp_path / "shop.sqlite3")
    add_staff("Ольга", Role.CASHIER, "1111", uow=database.uow(), hasher=HASHER)
    database.close()

    saved = dialog_screenshots(tmp_path / "shots", tmp_path / "shop.sqlite3")

    assert [p.name for p in saved] == [
        "sign_in_ru.png",
        "first_run_ru.png",
        "sign_in_en.png",
        "first_run_en.png",
    ]
    for path in saved:
        image = QImage(str(path))
        assert image.width() > 200 and image.height() > 150
    assert current_language() == "en"
