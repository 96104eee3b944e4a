"""`pos-loyalty staff ...`: accounts that sign in at the counter, and the audit log."""

from __future__ import annotations

import click

from pos_loyalty.domain.staff import Role
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.audit import verify_audit_log
from pos_loyalty.services.staff import add_staff
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
    "--pin", prompt=True, hide_input=True, confirmation_prompt=True, help="4 to 8 digits."
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


@click.group("audit")
def audit() -> None:
    """The tamper-evident log of manual actions."""


@audit.command("verify")
@common
@pass_app
def verify(app: App) -> None:
    """Check that no audit record was altered, removed or reordered."""
    problems = verify_audit_log(uow=app.uow())
    emit(
        app, {"intact": not problems, "problems": problems}, problems or ["the audit log is intact"]
    )
    if problems:
        raise SystemExit(4)


COMMANDS = [staff, audit]
