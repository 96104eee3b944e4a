"""`pos-loyalty init` and `pos-loyalty demo`: set up a store, or fill one with demo data."""

from __future__ import annotations

from dataclasses import replace

import click

from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.staff import Role
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.slips import StoreHeader, checked_header
from pos_loyalty.services.staff import add_staff
from pos_loyalty.services.templates import TEMPLATES, template
from ui.cli.context import (
    PIN_ENV,
    TERMINAL_KEY,
    App,
    Progress,
    emit,
    pass_app,
    read_pin,
    system_clock,
)
from ui.cli.main import common
from ui.demo_store import fill_demo_store
from ui.station import load_station, save_store


@click.command("init")
@click.option(
    "--template",
    "template_name",
    type=click.Choice(sorted(TEMPLATES)),
    default="bonus",
    show_default=True,
    help="The programme to start from.",
)
@click.option("--store", "store_name", default="", help="The store's name (for slips).")
@click.option(
    "--manager",
    "manager_name",
    default="",
    help="Create the first manager account (PIN: $POS_LOYALTY_PIN or a prompt, 6-8 digits).",
)
@common
@pass_app
def init(app: App, template_name: str, store_name: str, manager_name: str) -> None:
    """Create the database (running the migrations), the first programme and manager.

    A store that already has staff accounts is changed only by a proven manager (--staff).
    """
    # The name is checked before anything is written: a refused one leaves the store as it was.
    if store_name:
        store_name = checked_header(StoreHeader(name=store_name), name_given=True).name
    first_manager = _first_manager(app, manager_name)
    actor = app.actor() if store_name and not first_manager and _staffed(app) else None
    terminal_id = app.terminal_id()
    uow = app.uow()
    if store_name:
        with uow:
            uow.settings.put(TERMINAL_KEY, {"id": terminal_id, "store": store_name})
            uow.commit()
        header = replace(load_station(uow).store, name=store_name)
        save_store(uow, header, clock=system_clock if actor else None, actor=actor)
    with uow.read_only():
        existing = uow.programmes.current()
    language = load_station(uow).store.language  # tier names are printed on slips
    programme = existing or save_programme(template(template_name, language), uow=app.uow())
    emit(
        app,
        {
            "database": str(app.path),
            "terminal_id": terminal_id,
            "programme_version": programme.version,
            "created": existing is None,
            "manager": first_manager or None,
        },
        [
            f"database {app.path}",
            f"terminal {terminal_id}",
            f"programme version {programme.version}"
            + (" (already set up)" if existing else f" from template '{template_name}'"),
            *([f"manager {first_manager} added"] if first_manager else []),
        ],
    )


def _staffed(app: App) -> bool:
    uow = app.uow()
    with uow.read_only():
        return bool(uow.staff.all())


def _first_manager(app: App, name: str) -> str:
    """Add the first manager of a store that has no staff yet; return their name ("" if none)."""
    if not name:
        return ""
    if _staffed(app):
        raise NotAllowed(
            "this store already has staff accounts: a manager adds more with "
            "'pos-loyalty --staff NAME staff add'",
            code="store_has_staff",
        )
    pin = read_pin(PIN_ENV, f"PIN of {name} (6-8 digits)")
    return add_staff(name, Role.MANAGER, pin, uow=app.uow(), hasher=Argon2PinHasher()).name


@click.command("demo")
@click.option("--members", default=1000, show_default=True, help="How many members to make.")
@click.option("--seed", default=7, show_default=True)
@common
@pass_app
def demo(app: App, members: int, seed: int) -> None:
    """Fill an empty database with a demo store: a programme, members, cards, a year of sales."""
    if members <= 0:
        raise NotAllowed("--members must be at least 1")
    bar = Progress("generating members", members)
    summary = fill_demo_store(
        app.db, members, today=system_clock().date(), seed=seed, progress=bar.update_to
    )
    bar.close()
    emit(
        app,
        summary,
        [
            f"demo store in {app.path}",
            f"{summary['members']} members, {summary['sales']} sales, "
            f"{summary['ledger_entries']} ledger entries",
            f"try: pos-loyalty member show {summary['sample_card']}",
        ],
    )


COMMANDS = [init, demo]
