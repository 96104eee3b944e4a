"""Setting up a store with the first-run wizard, and changing its settings afterwards."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.qtbot import QtBot

from db import Database, open_database
from devices import SerialPortInfo
from pos_loyalty.domain.staff import Role
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.staff import add_staff
from ui.dialogs.first_run import FirstRunWizard, needs_first_run
from ui.dialogs.settings import SettingsDialog
from ui.station import load_station, save_device

NOW = datetime(2026, 11, 2, 12, 0, tzinfo=timezone(timedelta(hours=3)))

HASHER = Argon2PinHasher(time_cost=1, memory_cost=1024)
PORTS = [SerialPortInfo("/dev/ttyACM0", "Barcode scanner", vid=0x0C2E, pid=0x0B61)]


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "shop.sqlite3")
    yield db
    db.close()


def open_wizard(qtbot: QtBot, database: Database) -> FirstRunWizard:
    wizard = FirstRunWizard(database.uow, hasher=HASHER, port_lister=lambda: PORTS)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill_store_and_programme(wizard: FirstRunWizard) -> None:
    page = wizard.store_page
    page.name.setText("Магазин у дома")
    page.language.setCurrentIndex(page.language.findData("ru"))
    wizard.next()
    wizard.programme_page.select("tiered")
    wizard.next()
    assert wizard.currentPage() is wizard.devices_page


def test_the_wizard_saves_the_whole_store(qtbot: QtBot, database: Database) -> None:
    assert needs_first_run(database.uow())
    wizard = open_wizard(qtbot, database)
    fill_store_and_programme(wizard)
    devices = wizard.devices_page
    devices.scanner_kind.setCurrentIndex(devices.scanner_kind.findData("serial"))
    devices.scanner_port.setCurrentIndex(0)
    devices.select_printer("network")
    devices.host.setText("192.168.1.50")
    devices.paper.setCurrentIndex(devices.paper.findData(58))
    wizard.next()
    manager = wizard.manager_page
    manager.name.setText("Анна Петрова")
    manager.pin.setText("654321")
    manager.pin_again.setText("654321")
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert wizard.result() == QDialog.DialogCode.Accepted
    assert not needs_first_run(database.uow())
    station = load_station(database.uow())
    assert (station.store.name, station.store.language, station.store.currency) == (
        "Магазин у дома",
        "ru",
        "₽",
    )
    assert (station.scanner.kind, station.scanner.port) == ("serial", "/dev/ttyACM0")
    assert (station.printer.connection, station.printer.host) == ("network", "192.168.1.50")
    assert station.printer.paper_mm == 58
    uow = database.uow()
    with uow.read_only():
        programme = uow.programmes.current()
        anna = uow.staff.by_name("Анна Петрова")
    assert programme is not None and programme.currency == "RUB"
    assert [tier.name for tier in programme.tiers] == ["Бронза", "Серебро", "Золото"]
    assert anna is not None and anna.role == Role.MANAGER
    assert HASHER.verify(anna.pin_hash, "654321")


def test_a_network_printer_without_a_host_keeps_the_wizard_on_the_devices_page(
    qtbot: QtBot, database: Database
) -> None:
    wizard = open_wizard(qtbot, database)
    fill_store_and_programme(wizard)
    wizard.devices_page.select_printer("network")
    wizard.next()

    assert wizard.currentPage() is wizard.devices_page
    assert wizard.devices_page.errors.error("printer.host") == "Needed for this connection."
    uow = database.uow()
    with uow.read_only():
        assert uow.settings.get("store") is None
        assert uow.settings.get("printer") is None
        assert uow.programmes.current() is None
        assert uow.staff.all() == []


def test_the_manager_pins_must_match(qtbot: QtBot, database: Database) -> None:
    wizard = open_wizard(qtbot, database)
    fill_store_and_programme(wizard)
    wizard.next()
    wizard.manager_page.name.setText("Анна")
    wizard.manager_page.pin.setText("654321")
    wizard.manager_page.pin_again.setText("654322")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() != QDialog.DialogCode.Accepted
    assert "differ" in wizard.manager_page.errors.error("pin_again")
    assert needs_first_run(database.uow())


def open_settings(qtbot: QtBot, database: Database) -> SettingsDialog:
    manager = add_staff("Анна", Role.MANAGER, "654321", uow=database.uow(), hasher=HASHER)
    dialog = SettingsDialog(
        database.uow,
        port_lister=lambda: PORTS,
        clock=lambda: NOW,
        actor=Actor("T-TEST", manager.id),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_store_without_a_name_is_asked_for_one_and_nothing_is_saved(
    qtbot: QtBot, database: Database
) -> None:
    # No name was set (`pos-loyalty init` without --store): none is made up for the slips.
    dialog = open_settings(qtbot, database)
    assert dialog.store_tab.name.text() == ""
    dialog.devices_tab.forms["printer"].set_value("connection", "file")
    dialog.tabs.setCurrentWidget(dialog.devices_tab)

    assert not dialog.save()
    assert dialog.store_tab.errors.error("name") == "Give the store's name, as printed on slips."
    assert dialog.tabs.currentWidget() is dialog.store_tab
    uow = database.uow()
    with uow.read_only():
        assert uow.settings.get("store") is None
        assert uow.settings.get("printer") is None


def test_too_many_header_lines_are_shown_under_them_and_nothing_is_saved(
    qtbot: QtBot, database: Database
) -> None:
    dialog = open_settings(qtbot, database)
    dialog.store_tab.name.setText("  Ромашка  ")
    dialog.store_tab.header_lines.setPlainText("\n".join(f"line {i}" for i in range(11)))
    assert dialog.store_tab.name.maxLength() == 100
    assert dialog.store_tab.footer.maxLength() == 200

    assert not dialog.save()
    assert dialog.store_tab.errors.error("header_lines") == (
        "At most 10 header lines of 200 characters each fit on a slip."
    )
    uow = database.uow()
    with uow.read_only():
        assert uow.settings.get("store") is None

    dialog.store_tab.header_lines.setPlainText("ул. Ленина, 1\n\n  ИНН 7700000000 ")
    assert dialog.save()
    store = load_station(database.uow()).store
    assert (store.name, store.header_lines) == ("Ромашка", ("ул. Ленина, 1", "ИНН 7700000000"))


def test_a_network_printer_with_a_host_is_saved(qtbot: QtBot, database: Database) -> None:
    dialog = open_settings(qtbot, database)
    dialog.store_tab.name.setText("Ромашка")
    printer = dialog.devices_tab.forms["printer"]
    printer.set_value("connection", "network")
    printer.set_value("host", "10.0.0.7")
    printer.set_value("tcp_port", 9101)
    dialog.counter_tab.refund_limit.setText("1 500,00")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    station = load_station(database.uow())
    assert (station.printer.connection, station.printer.host) == ("network", "10.0.0.7")
    assert station.printer.tcp_port == 9101
    uow = database.uow()
    with uow.read_only():
        assert uow.settings.get("refund_manager_limit") == 150_000


def test_a_refused_value_is_shown_beside_its_field_and_nothing_is_saved(
    qtbot: QtBot, database: Database
) -> None:
    dialog = open_settings(qtbot, database)
    dialog.store_tab.name.setText("Другое имя")
    printer = dialog.devices_tab.forms["printer"]
    printer.set_value("connection", "network")
    scanner = dialog.devices_tab.forms["scanner"]
    scanner.set_value("kind", "serial")
    scanner.set_value("port", "/dev/ttyACM0")
    scanner.set_value("usb_vid", "zz")
    dialog.counter_tab.refund_limit.setText("12.345")

    assert not dialog.save()
    assert printer.errors.error("printer.host") == "Needed for this connection."
    assert "whole number" in scanner.errors.error("scanner.usb_vid")
    assert "amount" in dialog.counter_tab.errors.error("refund_limit")
    assert dialog.tabs.currentWidget() is dialog.devices_tab
    uow = database.uow()
    with uow.read_only():
        assert uow.settings.get("store") is None
        assert uow.settings.get("printer") is None
        assert uow.settings.get("refund_manager_limit") is None


def test_the_test_print_says_the_printer_is_off(qtbot: QtBot, database: Database) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    save_device(database.uow(), "printer", {"connection": "network", "host": "127.0.0.1"})
    dialog = open_settings(qtbot, database)
    dialog.devices_tab.forms["printer"].set_value("tcp_port", closed_port)
    with qtbot.waitSignal(dialog.devices_tab.test_printed, timeout=5000) as printed:
        qtbot.mouseClick(dialog.devices_tab.test_print, Qt.MouseButton.LeftButton)

    text = printed.args[0]
    assert text.startswith("The printer does not answer: it is off")
    assert f"127.0.0.1:{closed_port} refused the connection" in text
    assert dialog.devices_tab.test_result.text() == text
    assert dialog.devices_tab.test_print.isEnabled()
