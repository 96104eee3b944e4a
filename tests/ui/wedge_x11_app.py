"""The real counter window on a new store, for the keyboard-wedge test with real X key events.

`python -m tests.ui.wedge_x11_app STORE_FILE STOP_FILE` makes a store with two members,
opens the counter for a cashier with the default (keyboard-wedge) scanner, takes the first
member's card and types 300 into the amount field, as a cashier would before a scan. Then it
prints `ready <window id> <second card>` and waits for the keys (sent by xdotool). When
STOP_FILE appears it prints the card on screen and the amount as JSON and quits.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from db import Database, open_database
from pos_loyalty.domain.staff import Role, Staff
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.members import Registration, register_member
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.slips import StoreHeader
from pos_loyalty.services.staff import add_staff
from pos_loyalty.services.templates import template
from ui.app import build_checkout
from ui.checkout.window import CheckoutWindow
from ui.station import save_store

NOW = datetime(2026, 11, 2, 12, 0, tzinfo=timezone(timedelta(hours=3)))
GIVE_UP_MS = 60_000


def clock() -> datetime:
    return NOW


def make_store(path: Path) -> tuple[Database, Argon2PinHasher, Staff, list[str]]:
    """A store with the bonus programme, a cashier and two members; return their cards."""
    db = open_database(path)
    save_programme(template("bonus"), uow=db.uow())
    save_store(db.uow(), StoreHeader(name="Ромашка", footer="Спасибо!", language="en"))
    hasher = Argon2PinHasher(time_cost=1, memory_cost=1024)
    cashier = add_staff("Кассир", Role.CASHIER, "1111", uow=db.uow(), hasher=hasher)
    cards = []
    for number, name in enumerate(("Анна Смирнова", "Борис Орлов"), start=1):
        done = register_member(
            Registration(name=name, phone=f"+7 912 000-00-0{number}", consent=True),
            uow=db.uow(),
            clock=clock,
            actor=Actor("T-SETUP", "setup"),
        )
        cards.append(done.card.number)
    return db, hasher, cashier, cards


class Driver:
    """Steps the window to the state the test needs, then reports what the keys did."""

    def __init__(self, window: CheckoutWindow, cards: list[str], stop: Path) -> None:
        self.window, self.cards, self.stop = window, cards, stop
        self.step = self._take_first_card

    def tick(self) -> None:
        self.step()

    def _take_first_card(self) -> None:
        if self.window.session.settings is not None:
            self.window.take_card(self.cards[0])
            self.step = self._type_amount

    def _type_amount(self) -> None:
        view, amount = self.window.session.view, self.window.quote_panel.amount_edit
        if view is None or view.card.number != self.cards[0] or not amount.hasFocus():
            self.window.activateWindow()
            return
        amount.setText("300")
        print("ready", int(self.window.winId()), self.cards[1], flush=True)
        self.step = self._wait_for_stop

    def _wait_for_stop(self) -> None:
        if not self.stop.exists():
            return
        view = self.window.session.view
        self.window.session.worker.wait_for_done(5000)
        found = {
            "card": view.card.number if view is not None else None,
            "amount": self.window.quote_panel.amount_edit.text(),
        }
        print(json.dumps(found), flush=True)
        QApplication.quit()


def main(argv: list[str]) -> int:
    """Open the window and drive it; exit 0 once STOP_FILE appeared, 1 if it never did."""
    app = QApplication([argv[0]])
    db, hasher, cashier, cards = make_store(Path(argv[1]))
    window = build_checkout(db.uow, "T-X11", cashier, "en", clock=clock, hasher=hasher)
    window.resize(1280, 860)
    window.show()
    window.activateWindow()
    driver = Driver(window, cards, Path(argv[2]))
    timer = QTimer()
    timer.timeout.connect(driver.tick)
    timer.start(50)
    QTimer.singleShot(GIVE_UP_MS, lambda: app.exit(1))
    code = app.exec()
    window.session.devices.close()
    window.session.worker.wait_for_done(5000)
    db.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
