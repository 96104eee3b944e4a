"""Opening the desktop app: the real store, or a demo store with simulated devices.

The demo store starts with a simulated scanner, printer and display; whatever is chosen later in
Settings > Devices is kept and used on the next start, like on any terminal. A demo store made
before the printer and display were saved gets the simulated ones for what it never set.

Only what the counter's frame needs is imported before it is painted: the demo store is made
(and the database layer loaded) after it, by `run_app`. The frame speaks the store's language:
`early_language` reads it from the database file without the database layer.
"""

from __future__ import annotations

import os
from pathlib import Path

import click
from platformdirs import user_data_dir

from pos_loyalty.domain.staff import Role
from ui.cli.context import App, system_clock

DEMO_MEMBERS = 1000
DEMO_STAFF = (("Кассир", Role.CASHIER, "1111"), ("Менеджер", Role.MANAGER, "999999"))
"""Demo accounts (name, role, PIN); the sign-in screen of the demo says so."""
DEMO_DEVICES = {
    "scanner": {"kind": "simulated"},
    "printer": {"connection": "simulated"},
    "display": {"connection": "simulated"},
}
"""What the demo store starts with for each device."""


def demo_database_path() -> Path:
    """Where the demo store lives (beside, never instead of, the real database)."""
    return Path(user_data_dir("pos-loyalty", appauthor=False)) / "demo.sqlite3"


def database_file(app: App, *, demo: bool) -> Path:
    """The store's file, found as `db.default_database_path` finds it, without loading `db`."""
    if app.db_path is not None:
        return app.db_path
    if demo:
        return demo_database_path()
    override = os.environ.get("POS_LOYALTY_DB", "").strip()
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir("pos-loyalty", appauthor=False)) / "loyalty.sqlite3"


def early_language(app: App, *, demo: bool) -> str | None:
    """The store's language for the frame painted before the store is open (None: unknown)."""
    from ui.i18n import language_in_file

    return language_in_file(database_file(app, demo=demo))


def prepare_demo(app: App) -> str:
    """Make sure the demo store exists; return a sample card number."""
    from ui.demo_store import fill_demo_store

    if app.db_path is None:
        app.db_path = demo_database_path()
    uow = app.uow()
    with uow.read_only():
        found = uow.members.find_by_phone("7", 1)
        cards = uow.cards.of_member(found[0].id) if found else []
    if cards:
        simulate_unset_devices(app)
        return cards[0].number
    click.echo(f"creating the demo store in {app.path} ...", err=True)
    summary = fill_demo_store(app.db, DEMO_MEMBERS, today=system_clock().date())
    app.terminal_id()
    _demo_staff(app)
    simulate_unset_devices(app)
    return str(summary["sample_card"])


def _demo_staff(app: App) -> None:
    """Two demo accounts and the store's header."""
    from pos_loyalty.pins import Argon2PinHasher
    from pos_loyalty.services.slips import StoreHeader
    from pos_loyalty.services.staff import add_staff
    from ui.station import save_store

    hasher = Argon2PinHasher()
    for name, role, pin in DEMO_STAFF:
        add_staff(name, role, pin, uow=app.uow(), hasher=hasher)
    save_store(app.uow(), StoreHeader(name="Демо-магазин", footer="Спасибо за покупку!"))


def simulate_unset_devices(app: App) -> list[str]:
    """Simulate each device the demo store has no settings for (so it needs no hardware).

    A device chosen in Settings is left as it is: the demo honours it. Return the devices set.
    """
    from ui.station import save_device

    uow = app.uow()
    with uow.read_only():
        unset = [key for key in DEMO_DEVICES if uow.settings.get(key) is None]
    for key in unset:
        save_device(app.uow(), key, DEMO_DEVICES[key])
    return unset


def launch(app: App, *, demo: bool) -> int:
    """Open the window; return the exit status."""
    from ui.app import run_app

    prepare = prepare_demo if demo else None
    return int(run_app(app, demo=demo, prepare=prepare, language=early_language(app, demo=demo)))
