"""Fixtures for the window tests: a real SQLite store built with the use cases, devices stood in
for by a pseudo-terminal (scanner) and a TCP server (printer), and prompts that answer at once."""

from __future__ import annotations

import queue
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text

from db import Database, open_database
from pos_loyalty.domain.errors import LoyaltyError
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.sales import Sale
from pos_loyalty.domain.staff import Role, Staff
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.cards import block_card, replace_card
from pos_loyalty.services.members import Registration, register_member
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.slips import StoreHeader
from pos_loyalty.services.staff import add_staff
from pos_loyalty.services.templates import template
from tests.device_doubles import FakeSerialDevice, PrinterServer
from ui.app import build_checkout
from ui.backoffice.context import BackOffice
from ui.checkout.prompts import Prompts
from ui.checkout.window import CheckoutWindow
from ui.dialogs.manager_pin import approve
from ui.i18n import install_translator
from ui.station import save_device, save_store
from ui.worker import Worker

TZ = timezone(timedelta(hours=3))
NOW = datetime(2026, 11, 2, 12, 0, tzinfo=TZ)
CASHIER_PIN = "1111"
MANAGER_PIN = "999999"
MANAGER_NAME = "Менеджер"
WAIT_MS = 3000


def clock() -> datetime:
    return NOW


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp: QApplication) -> None:
    """Speak English as the app does when it starts: through its catalogue ("1 card", "2 cards")."""
    install_translator(qapp, "en")


@dataclass
class Store:
    """A store file with the bonus programme, two staff and a few members."""

    db: Database
    hasher: Argon2PinHasher
    cashier: Staff
    manager: Staff
    cards: dict[str, str] = field(default_factory=dict)

    def uow(self) -> Any:
        return self.db.uow()


class AnsweringPrompts(Prompts):
    """Prompts that answer at once; the manager's name and PIN are checked as the dialog does."""

    def __init__(self, store: Store) -> None:
        super().__init__(store.uow, store.hasher, clock, pin_clock=clock)
        self.manager_name = MANAGER_NAME
        self.manager_pin: str | None = MANAGER_PIN
        self.refund_answer: tuple[Minor, str] | None = None
        self.adjust_answer: tuple[int, str] | None = None
        self.confirm_answer = True
        self.asked: list[str] = []
        self.refusals: list[str] = []
        self.settings_opened = 0
        self.settings_approved_by: list[str] = []
        self.reports_opened = 0

    def manager(
        self, parent: QWidget, reason: str, *, signed_in: Staff | None = None, terminal_id: str = ""
    ) -> Staff | None:
        self.asked.append(reason)
        if self.manager_pin is None:
            return None
        try:
            return approve(
                self.manager_name,
                self.manager_pin,
                uow_factory=self.uow_factory,
                hasher=self.hasher,
                clock=self.pin_clock,
                signed_in_id=signed_in.id if signed_in else "",
                terminal_id=terminal_id,
            )
        except LoyaltyError as refusal:
            self.refusals.append(refusal.code or str(refusal))
            return None

    def refund(self, parent: QWidget, sale: Sale, language: str) -> tuple[Minor, str] | None:
        return self.refund_answer

    def adjustment(self, parent: QWidget) -> tuple[int, str] | None:
        return self.adjust_answer

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        return self.confirm_answer

    def void(self, parent: QWidget, question: str) -> bool:
        self.asked.append(question)
        return self.confirm_answer

    def settings(
        self,
        parent: QWidget,
        actor: Actor,
        approved_by: str = "",
        *,
        signed_in: Staff | None = None,
    ) -> None:
        self.settings_opened += 1
        self.settings_approved_by.append(approved_by)

    def reports(self, parent: QWidget) -> None:
        self.reports_opened += 1


def _register(db: Database, name: str, phone: str) -> str:
    done = register_member(
        Registration(name=name, phone=phone, consent=True),
        uow=db.uow(),
        clock=clock,
        actor=Actor("T-SETUP", "setup"),
    )
    return done.card.number


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    db = open_database(tmp_path / "store.sqlite3")
    save_programme(template("bonus"), uow=db.uow())
    save_store(db.uow(), StoreHeader(name="Ромашка", footer="Спасибо!", language="ru"))
    hasher = Argon2PinHasher(time_cost=1, memory_cost=1024)
    cashier = add_staff("Кассир", Role.CASHIER, CASHIER_PIN, uow=db.uow(), hasher=hasher)
    manager = add_staff("Менеджер", Role.MANAGER, MANAGER_PIN, uow=db.uow(), hasher=hasher)
    found = Store(db, hasher, cashier, manager)
    found.cards["anna"] = _register(db, "Анна Смирнова", "+7 912 000-00-01")
    found.cards["boris"] = _register(db, "Борис Орлов", "+7 912 000-00-02")
    found.cards["lost"] = _register(db, "Вера Лосева", "+7 912 000-00-03")
    block_card(found.cards["lost"], "stolen", uow=db.uow())
    old = _register(db, "Глеб Новиков", "+7 912 000-00-04")
    found.cards["new"] = replace_card(
        old, None, uow=db.uow(), clock=clock, actor=Actor("T-SETUP", "setup")
    ).number
    found.cards["old"] = old
    yield found
    db.close()


@pytest.fixture
def serial_device(tmp_path: Path) -> Iterator[FakeSerialDevice]:
    device = FakeSerialDevice(tmp_path / "scanner")
    yield device
    device.unplug()


@pytest.fixture
def printer_server() -> Iterator[PrinterServer]:
    server = PrinterServer()
    yield server
    server.close()


class PrinterOnPort(PrinterServer):
    """A network printer on a given port: the one that was off, switched back on."""

    def __init__(self, port: int) -> None:
        self.status_reply = b""
        self.jobs: queue.Queue[bytes] = queue.Queue()
        self._sock = socket.create_server(("127.0.0.1", port))
        self._sock.settimeout(0.1)
        self.port = port
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()


@pytest.fixture
def closed_port() -> int:
    """A local TCP port with nothing listening on it: a printer that is switched off."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def count(store: Store, table: str) -> int:
    """How many rows a table holds (to show that nothing was written)."""
    with store.db.engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def scan(qtbot: Any, window: CheckoutWindow, device: FakeSerialDevice, card: str) -> None:
    """Scan a card through the pty and wait until its member is on screen."""
    qtbot.waitUntil(lambda: window.status.scanner_state == "connected", timeout=WAIT_MS)
    device.write(card.encode() + b"\r")
    qtbot.waitUntil(
        lambda: window.session.view is not None and window.session.view.card.number == card,
        timeout=WAIT_MS,
    )


def type_amount(qtbot: Any, window: CheckoutWindow, text: str) -> None:
    """Type the amount where the cursor went after the scan."""
    edit = window.quote_panel.amount_edit
    qtbot.waitUntil(edit.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(edit, text)


def use_serial_scanner(store: Store, device: FakeSerialDevice) -> None:
    save_device(store.uow(), "scanner", {"kind": "serial", "port": str(device.link)})


def use_printer(store: Store, port: int) -> None:
    save_device(
        store.uow(),
        "printer",
        {"connection": "network", "host": "127.0.0.1", "tcp_port": port, "timeout_ms": 500},
    )


@pytest.fixture
def prompts(store: Store) -> AnsweringPrompts:
    return AnsweringPrompts(store)


@pytest.fixture
def open_window(
    qtbot: Any, store: Store, prompts: AnsweringPrompts
) -> Iterator[Callable[..., CheckoutWindow]]:
    """Open the counter window for a staff member once the test has set up the devices."""
    opened: list[CheckoutWindow] = []

    def make(staff: Staff | None = None, language: str = "en", **kwargs: Any) -> CheckoutWindow:
        kwargs.setdefault("prompts", prompts)
        window = build_checkout(
            store.uow,
            "T-TEST",
            staff or store.cashier,
            language,
            clock=clock,
            hasher=store.hasher,
            **kwargs,
        )
        qtbot.addWidget(window)
        window.resize(1280, 860)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: window.session.settings is not None, timeout=WAIT_MS)
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.session.devices.close()
        window.session.worker.wait_for_done(WAIT_MS)


class AnsweringApprover:
    """A second manager who answers at once as `name` with `pin` (None: nobody approves)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.name = MANAGER_NAME
        self.pin: str | None = MANAGER_PIN
        self.asked: list[str] = []

    def __call__(self, parent: QWidget, reason: str) -> Staff | None:
        self.asked.append(reason)
        if self.pin is None:
            return None
        try:
            return approve(
                self.name,
                self.pin,
                uow_factory=self.store.uow,
                hasher=self.store.hasher,
                clock=clock,
            )
        except LoyaltyError:
            return None


SECOND_MANAGER = "Старший менеджер"
SECOND_MANAGER_PIN = "888888"


def add_second_manager(store: Store) -> Staff:
    """A second manager, for the rules that want two people."""
    return add_staff(
        SECOND_MANAGER, Role.MANAGER, SECOND_MANAGER_PIN, uow=store.uow(), hasher=store.hasher
    )


@pytest.fixture
def approver(store: Store) -> AnsweringApprover:
    return AnsweringApprover(store)


@pytest.fixture
def backoffice(qtbot: Any, store: Store, approver: AnsweringApprover) -> Iterator[BackOffice]:
    """The back-office context for the store's manager, over the real store file."""
    worker = Worker()
    context = BackOffice(
        uow_factory=store.uow,
        worker=worker,
        staff=store.manager,
        terminal_id="T-TEST",
        clock=clock,
        hasher=store.hasher,
        language="en",
        approver=approver,
    )
    yield context
    worker.wait_for_done(WAIT_MS)
