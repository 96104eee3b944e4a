"""`pos-loyalty staff ...`: accounts that sign in at the counter, and the audit log."""

from __future__ import annotations

import click

from pos_loyalty.domain.errors import NotFound
from pos_loyalty.domain.staff import Role, Staff
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.staff import add_staff, find_by_name
from pos_loyalty.services.staff_accounts import change_role, release_lockout, reset_pin, set_active
from ui.cli.context import App, emit, pass_app, system_clock
from ui.cli.main import common


@click.group("staff")
def staff() -> None:
    """Staff accounts."""


@staff.command("add")
@click.argument("name")
@click.option(
    "--role", type=click.Choice([r.value for r in Role]), default="cashier", show_default=True
)
@click.option(
    "--pin",
    prompt="New PIN",
    hide_input=True,
    confirmation_prompt=True,
    help="4 to 8 digits (a manager's 6 to 8).",
)
@common
@pass_app
def add(app: App, name: str, role: str, pin: str) -> None:
    """Create an account that signs in with a PIN (logged as `staff_add`)."""
    person = add_staff(
        name,
        Role(role),
        pin,
        uow=app.uow(),
        hasher=Argon2PinHasher(),
        clock=system_clock,
        actor=app.actor(),
        approved_by=app.approved_by(),
    )
    emit(
        app,
        {"id": person.id, "name": person.name, "role": person.role.value},
        f"{person.role.value} {person.name} added",
    )


@staff.command("list")
@common
@pass_app
def list_(app: App) -> None:
    """List the accounts."""
    uow = app.uow()
    with uow.read_only():
        people = uow.staff.all()
    emit(
        app,
        [
            {
                "id": p.id,
                "name": p.name,
                "role": p.role.value,
                "active": p.active,
                "locked_until": p.locked_until.isoformat() if p.locked_until else None,
            }
            for p in people
        ],
        [f"{p.name:<24} {p.role.value:<8} {'active' if p.active else 'inactive'}" for p in people]
        or ["no staff accounts yet"],
    )


def _account_id(app: App, name: str) -> str:
    uow = app.uow()
    with uow.read_only():
        person = find_by_name(uow, name)
    if person is None:
        raise NotFound(f"no staff member called {name}: see `staff list`")
    return person.id


def _emit_account(app: App, person: Staff, text: str) -> None:
    emit(
        app,
        {
            "id": person.id,
            "name": person.name,
            "role": person.role.value,
            "active": person.active,
            "locked_until": person.locked_until.isoformat() if person.locked_until else None,
        },
        text,
    )


@staff.command("pin")
@click.argument("name")
@click.option(
    "--pin",
    prompt="New PIN",
    hide_input=True,
    confirmation_prompt=True,
    help="4 to 8 digits (a manager's 6 to 8).",
)
@common
@pass_app
def new_pin(app: App, name: str, pin: str) -> None:
    """Give NAME a new PIN (the old one stops working; any lock is released)."""
    person = reset_pin(
        _account_id(app, name),
        pin,
        uow=app.uow(),
        hasher=Argon2PinHasher(),
        clock=system_clock,
        actor=app.actor(),
        approved_by=app.approved_by(),
    )
    _emit_account(app, person, f"{person.name} has a new PIN")


@staff.command("unlock")
@click.argument("name")
@common
@pass_app
def unlock(app: App, name: str) -> None:
    """Release the lock NAME got after wrong PINs."""
    person = release_lockout(
        _account_id(app, name),
        uow=app.uow(),
        clock=system_clock,
        actor=app.actor(),
        approved_by=app.approved_by(),
    )
    _emit_account(app, person, f"{person.name} can sign in again")


@staff.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice([r.value for r in Role]))
@common
@pass_app
def set_role(app: App, name: str, role: str) -> None:
    """Make NAME a cashier or a manager (never the last active manager a cashier)."""
    person = change_role(
        _account_id(app, name),
        Role(role),
        uow=app.uow(),
        clock=system_clock,
        actor=app.actor(),
        approved_by=app.approved_by(),
    )
    _emit_account(app, person, f"{person.name} is now a {person.role.value}")


def _switch_active(app: App, name: str, active: bool, said: str) -> None:
    person = set_active(
        _account_id(app, name),
        active,
        uow=app.uow(),
        clock=system_clock,
        actor=app.actor(),
        approved_by=app.approved_by(),
    )
    _emit_account(app, person, f"{person.name} {said}")


@staff.command("deactivate")
@click.argument("name")
@common
@pass_app
def deactivate(app: App, name: str) -> None:
    """Stop NAME signing in (never the last active manager); the history stays."""
    _switch_active(app, name, False, "can no longer sign in")


@staff.command("reactivate")
@click.argument("name")
@common
@pass_app
def reactivate(app: App, name: str) -> None:
    """Let a deactivated NAME sign in again."""
    _switch_active(app, name, True, "can sign in again")


@click.group("audit")
def audit() -> None:
    """The tamper-evident log of manual actions."""


@audit.command("verify")
@common
@pass_app
def verify(app: App) -> None:
    """Check the audit chain, recompute balances and lots, compare with the server's copy."""
    from ui import audit_check  # loads the sync client only for this command

    check = audit_check.verify(app.uow)
    emit(app, audit_check.as_dict(check), audit_check.as_lines(check))
    if not check.intact:
        raise SystemExit(4)


COMMANDS = [staff, audit]
