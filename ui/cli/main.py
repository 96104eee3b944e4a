"""Entry point of `pos-loyalty`: the command group, shared options and error handling.

With no subcommand the desktop window opens (`--demo` on a demo store). Errors a user can
cause end with a one-line message on stderr and a non-zero exit status.

The subcommands (and the database layer they import) are loaded when one is asked for or
listed, so opening the window does not wait for them.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from pos_loyalty.domain.errors import InvalidInput, LoyaltyError, NotFound
from ui.cli.context import App

F = TypeVar("F", bound=Callable[..., Any])

EXIT_INPUT = 2
EXIT_NOT_FOUND = 3
EXIT_REFUSED = 4
EXIT_STORAGE = 5


def common(func: F) -> F:
    """Give a command the --json and --db options every command has."""

    def set_json(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
        if value:
            ctx.ensure_object(App).as_json = True

    def set_db(ctx: click.Context, _param: click.Parameter, value: Path | None) -> None:
        if value is not None:
            ctx.ensure_object(App).db_path = value

    func = click.option(
        "--json",
        "as_json",
        is_flag=True,
        expose_value=False,
        callback=set_json,
        help="Print the result as JSON (schema: docs/cli.md).",
    )(func)
    func = click.option(
        "--db",
        "db_path",
        type=click.Path(path_type=Path),
        expose_value=False,
        callback=set_db,
        help="The database file (default: $POS_LOYALTY_DB or the user data folder).",
    )(func)
    return func


class LazyGroup(click.Group):
    """A command group that imports its subcommands the first time one is needed."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """The subcommands' names (importing them)."""
        _register()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The subcommand called `cmd_name` (importing them)."""
        _register()
        return super().get_command(ctx, cmd_name)


@click.group(
    cls=LazyGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(path_type=Path),
    envvar="POS_LOYALTY_DB",
    help="The database file (default: the platform's user data folder).",
)
@click.option(
    "--staff",
    envvar="POS_LOYALTY_STAFF",
    help="Who is acting: a staff account's name, proven by its PIN ($POS_LOYALTY_PIN or a prompt).",
)
@click.option(
    "--approved-by",
    "approver",
    envvar="POS_LOYALTY_APPROVER",
    help="The manager approving, proven by their PIN ($POS_LOYALTY_APPROVER_PIN or a prompt).",
)
@click.option("--json", "as_json", is_flag=True, help="Print results as JSON.")
@click.option("--demo", is_flag=True, help="Open the app on a demo store.")
@click.version_option(package_name="pos-loyalty")
@click.pass_context
def cli(
    ctx: click.Context,
    db_path: Path | None,
    staff: str | None,
    approver: str | None,
    as_json: bool,
    demo: bool,
) -> None:
    """POS Loyalty: discount and bonus cards at the counter."""
    app = ctx.ensure_object(App)
    app.db_path, app.staff, app.approver, app.as_json = db_path, staff, approver, as_json
    ctx.call_on_close(app.close)
    if ctx.invoked_subcommand is None:
        from ui.launch import launch

        sys.exit(launch(app, demo=demo))


_registered: list[bool] = []


def _register() -> None:
    if _registered:
        return
    _registered.append(True)
    from ui.cli import (
        backoffice,
        cards,
        devices,
        files,
        members,
        membership,
        programme,
        reports,
        rewards,
        sales,
        setup,
        staff,
        till,
    )
    from ui.cli import sync as sync_commands

    for module in (
        setup,
        members,
        cards,
        sales,
        membership,
        rewards,
        programme,
        devices,
        staff,
        reports,
        backoffice,
        files,
        sync_commands,
        till,
    ):
        for command in module.COMMANDS:
            cli.add_command(command)


def main(argv: list[str] | None = None) -> None:
    """Run the command line, turning the errors people cause into one-line messages."""
    try:
        cli.main(args=argv, prog_name="pos-loyalty", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except LoyaltyError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(_exit_code(exc))
    except Exception as exc:
        if not _is_storage_error(exc):
            raise
        click.echo(
            f"error: the database cannot be used ({_first_line(exc)}): "
            "check the --db path, the disk, and that no other program holds it",
            err=True,
        )
        sys.exit(EXIT_STORAGE)


def _is_storage_error(exc: Exception) -> bool:
    """True for an error of the database file (SQLite's, or SQLAlchemy's if it is loaded)."""
    if isinstance(exc, sqlite3.DatabaseError):
        return True
    alchemy = sys.modules.get("sqlalchemy.exc")
    return alchemy is not None and isinstance(exc, alchemy.OperationalError)


def _exit_code(exc: LoyaltyError) -> int:
    if isinstance(exc, InvalidInput):
        return EXIT_INPUT
    if isinstance(exc, NotFound):
        return EXIT_NOT_FOUND
    return EXIT_REFUSED


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc) or exc)
    return text.splitlines()[0] if text else type(exc).__name__
