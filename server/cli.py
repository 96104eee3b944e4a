"""`pos-loyalty-server`: run the server, enrol and revoke terminals, manage staff, print reports.

Every command takes `--db URL` (default: $POS_LOYALTY_SERVER_DB, else an SQLite file in the
user data folder). Errors an operator can cause end with a one-line `error:` message.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import click
from sqlalchemy import Connection
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from server import admin
from server.database import ENV_DATABASE, default_url, engine_for, open_server_database

KEEP_ALIVE = 75
"""Seconds an idle connection stays open. uvicorn counts them from when the last answer was
handed to the socket, so a pull page still on its way over a slow link uses them up; at its
default of 5 the connection closed as the page arrived and the terminal's next request failed."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db", "url", envvar=ENV_DATABASE, help="Database URL (sqlite:///FILE or postgresql://...)."
)
@click.pass_context
def cli(ctx: click.Context, url: str | None) -> None:
    """POS Loyalty central server."""
    ctx.obj = url or default_url()


@contextmanager
def _transaction(ctx: click.Context) -> Iterator[Connection]:
    try:
        engine = engine_for(ctx.obj)
        database = open_server_database(engine)
    except (ValueError, OperationalError) as exc:
        raise click.ClickException(
            f"the database {ctx.obj} cannot be used: {_first_line(exc)}"
        ) from exc
    try:
        with database.engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0] if text else type(exc).__name__


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, help="Port to listen on.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="uvicorn worker processes [default: one per core on PostgreSQL, 1 on SQLite].",
)
@click.option(
    "--keep-alive",
    type=click.IntRange(min=1),
    default=KEEP_ALIVE,
    show_default=True,
    help="Seconds an idle connection stays open (counted from when a page is handed over).",
)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, workers: int | None, keep_alive: int) -> None:
    """Migrate the database, then serve the API (put a TLS reverse proxy in front)."""
    from server import workers as server_workers

    with _transaction(ctx):
        pass
    os.environ[ENV_DATABASE] = ctx.obj
    settings: dict[str, Any] = {
        "app": "server.asgi:build",
        "factory": True,
        "host": host,
        "port": port,
        "timeout_keep_alive": keep_alive,
        "proxy_headers": True,
    }
    count = workers or default_workers(ctx.obj)
    try:
        server_workers.serve(settings, count)
    except server_workers.WorkersFailing as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}: stop what listens there, "
            "or serve on another --port"
        ) from exc


def default_workers(url: str) -> int:
    """One worker per core on PostgreSQL (a worker's Python runs on one core); one on SQLite,
    whose writers take turns anyway."""
    if make_url(url).get_backend_name() != "postgresql":
        return 1
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@cli.command()
@click.pass_context
def migrate(ctx: click.Context) -> None:
    """Bring the database schema up to date (serve does it too) and print the revision."""
    with _transaction(ctx) as connection:
        click.echo(f"server schema at revision {admin.revision(connection)}")


@cli.group()
def terminal() -> None:
    """Enrol, list and revoke terminals."""


@terminal.command("add")
@click.option("--store", required=True, help="The store the terminal stands in (made if new).")
@click.option("--valid-hours", default=24, show_default=True, help="How long the code works.")
@click.pass_context
def terminal_add(ctx: click.Context, store: str, valid_hours: int) -> None:
    """Print a one-time enrolment code for a new terminal of STORE."""
    if valid_hours < 1:
        raise click.BadParameter("give at least 1 hour", param_hint="--valid-hours")
    now = datetime.now(UTC)
    with _transaction(ctx) as connection:
        code, expires, created = admin.add_terminal(
            connection, store, now, timedelta(hours=valid_hours)
        )
    if created:
        click.echo(f"store '{store}' created")
    click.echo(f"enrolment code: {code}")
    click.echo(f"valid until {expires.isoformat(timespec='minutes')}; on the terminal run:")
    click.echo(f"  pos-loyalty sync enrol --server https://SERVER --code {code}")


@terminal.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def terminal_list(ctx: click.Context, as_json: bool) -> None:
    """List terminals: store, state, highest sequence received, missing sequences, the
    blocks of card numbers each was given, messages refused."""
    with _transaction(ctx) as connection:
        rows = admin.terminals(connection)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        return
    if not rows:
        click.echo(
            "no terminals yet: enrol one with 'pos-loyalty-server terminal add --store NAME'"
        )
    for row in rows:
        state = "revoked" if row["revoked_at"] else "active"
        gaps = ", ".join(f"{a}..{b}" for a, b in row["gaps"]) or "none"
        blocks = ", ".join(f"{a}..{b}" for a, b in row["card_blocks"]) or "none"
        click.echo(
            f"{row['id']}  {row['store']}  {state}  last seq {row['last_seq']}  "
            f"missing {row['missing']} (gaps: {gaps})  card numbers {blocks}  "
            f"refused {row['rejections']}  last seen {row['last_seen_at'] or 'never'}"
        )
    if any(row["rejections"] for row in rows):
        click.echo("see why with 'pos-loyalty-server report rejections [--terminal ID]'")


@terminal.command("revoke")
@click.argument("terminal_id")
@click.pass_context
def terminal_revoke(ctx: click.Context, terminal_id: str) -> None:
    """Revoke a terminal's token: its next request is refused."""
    with _transaction(ctx) as connection:
        done = admin.revoke(connection, terminal_id, datetime.now(UTC))
    if not done:
        raise click.ClickException(
            f"no enrolled, unrevoked terminal {terminal_id}: see 'pos-loyalty-server terminal list'"
        )
    click.echo(f"terminal {terminal_id} revoked")


@cli.group()
def staff() -> None:
    """Staff accounts, sent to the terminals of the stores each person works in."""


STORE_OPTION = click.option(
    "--store",
    "stores",
    multiple=True,
    help="A store this person works in (repeat for several); required.",
)


@staff.command("add")
@click.option("--name", required=True)
@click.option("--role", type=click.Choice(["cashier", "manager"]), default="cashier")
@STORE_OPTION
@click.option("--pin", prompt=True, hide_input=True, confirmation_prompt=True)
@click.pass_context
def staff_add(ctx: click.Context, name: str, role: str, stores: tuple[str, ...], pin: str) -> None:
    """Add a staff account; the terminals of its stores get it with their next pull."""
    with _transaction(ctx) as connection:
        person = admin.add_staff(connection, name, role, pin, list(stores))
    click.echo(
        f"staff {person.name} ({person.role.value}) added: {person.id}; "
        f"sent to the terminals of {', '.join(stores)}"
    )


@staff.command("stores")
@click.argument("name")
@STORE_OPTION
@click.pass_context
def staff_stores(ctx: click.Context, name: str, stores: tuple[str, ...]) -> None:
    """Set the stores NAME works in (replacing the list); new stores get the account."""
    with _transaction(ctx) as connection:
        given = admin.set_staff_stores(connection, name, list(stores))
    click.echo(f"staff {name} now goes to the terminals of {', '.join(given)}")


@staff.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def staff_list(ctx: click.Context, as_json: bool) -> None:
    """List staff accounts with their role and stores (never a PIN hash)."""
    with _transaction(ctx) as connection:
        rows = admin.staff_list(connection)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        state = "" if row["active"] else "  (deactivated)"
        places = ", ".join(row["stores"]) or "no store: sent nowhere"
        click.echo(f"{row['name']}  {row['role']}  {places}{state}")


@cli.group()
def report() -> None:
    """Reports from the server's data."""


@report.command("negative")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--open", "open_only", is_flag=True, help="Only the flags not resolved yet.")
@click.pass_context
def report_negative(ctx: click.Context, as_json: bool, open_only: bool) -> None:
    """List members whose balance went below zero (e.g. spent offline at two terminals):
    open flags first, then how each resolved one was resolved."""
    with _transaction(ctx) as connection:
        rows = admin.negative(connection, resolved=not open_only)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        return
    if not rows:
        click.echo("no negative balances")
    for row in rows:
        click.echo(_flag_line(row))


def _flag_line(row: dict[str, Any]) -> str:
    line = (
        f"{row['member_id']}  balance {row['balance']}  lowest {row['lowest']} "
        f"at {row['lowest_at']}  since {row['flagged_at']}  cards {', '.join(row['cards']) or '-'}"
    )
    if row["resolved_at"] is None:
        return f"{line}  OPEN"
    return f"{line}  resolved {row['resolved_at']} by {row['resolved_by']}: {row['resolution']}"


@report.command("rejections")
@click.option("--terminal", "terminal_id", help="Only this terminal's messages.")
@click.option("--limit", default=1000, show_default=True, help="At most this many, newest first.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (with what was sent).")
@click.pass_context
def report_rejections(
    ctx: click.Context, terminal_id: str | None, limit: int, as_json: bool
) -> None:
    """Messages the server refused or found in conflict, newest first, with the reason."""
    if limit < 1:
        raise click.BadParameter("give at least 1", param_hint="--limit")
    with _transaction(ctx) as connection:
        rows = admin.rejections_report(connection, terminal_id, limit)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("no refused messages")
    for row in rows:
        click.echo(
            f"{row['at']}  {row['terminal']}  {row['kind']} {row['key']}  {row['status']}: "
            f"{row['reason']}"
        )


@report.command("evidence")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def report_evidence(ctx: click.Context, as_json: bool) -> None:
    """Each terminal's evidence: audit records held, ledger heads, rewrites it tried to send."""
    with _transaction(ctx) as connection:
        rows = admin.evidence_report(connection)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        matches = {True: "matches", False: "DOES NOT MATCH", None: "none yet"}
        head = matches[row["ledger_head_matches"]]
        click.echo(
            f"{row['terminal']}  audit records held {row['audit_records']}  "
            f"heads {row['heads']}  ledger head: {head}"
        )
        for line in row["conflicts"]:
            click.echo(f"  conflict: {line}")


@cli.group()
def flags() -> None:
    """Flags of members whose balance went below zero."""


@flags.command("resolve")
@click.argument("member")
@click.option("--by", "by", required=True, help="The manager resolving it (a staff account).")
@click.option("--reason", required=True, help="Why it is resolved (kept with the flag).")
@click.pass_context
def flags_resolve(ctx: click.Context, member: str, by: str, reason: str) -> None:
    """Resolve MEMBER's open flag (a member id or card number); who, when and why are kept."""
    with _transaction(ctx) as connection:
        row = admin.resolve(connection, member, by, reason, datetime.now(UTC))
    click.echo(_flag_line(row))


@cli.group()
def epoch() -> None:
    """The server's epoch (renew it after restoring a backup)."""


@epoch.command("renew")
@click.pass_context
def epoch_renew(ctx: click.Context) -> None:
    """Start a new epoch: every terminal resyncs and sends its outbox again."""
    with _transaction(ctx) as connection:
        new = admin.renew(connection)
    click.echo(f"new epoch {new}: terminals will resync from scratch at their next sync")


def main(argv: list[str] | None = None) -> None:
    """Run the command line with one-line error messages."""
    try:
        cli.main(args=argv, prog_name="pos-loyalty-server", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except admin.AdminError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(4)
