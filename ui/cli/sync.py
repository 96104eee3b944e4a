"""`pos-loyalty sync ...`: enrol with the central server, sync now or keep syncing, status.

    pos-loyalty sync enrol --server https://loyalty.example --code ABCD-EFGH-JKLM
    pos-loyalty sync --once          # push the outbox, then pull (a progress bar on stderr)
    pos-loyalty sync                 # keep syncing until Ctrl-C
    pos-loyalty sync status          # last sync, backlog, messages set aside, recent errors
    pos-loyalty sync set-aside       # the messages the server refused, with its reasons
    pos-loyalty sync allowance CARD  # how many points may be redeemed now, and why
    pos-loyalty sync card-numbers --at-least 5000   # before printing a large batch of cards

A failed sync exits with status 7 and a one-line message; nothing is lost, the next sync
sends it again.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import click

from pos_loyalty.domain.cards import validate_card_number
from pos_loyalty.domain.errors import NotFound
from sync import SyncError, SyncProgress, SyncStatus, SyncWorker, client_for, enrol, sync_once
from sync.card_numbers import LOW, MAX_BLOCK, top_up
from sync.link import current, read, recent
from sync.offline import redemption_limit
from sync.push import send_set_aside_again, set_aside_list
from sync.worker import status as sync_status
from ui.cli.context import App, Progress, emit, pass_app, system_clock
from ui.cli.main import common

EXIT_SYNC = 7


class SyncFailed(click.ClickException):
    """The sync could not finish (the message says why); exit status 7."""

    exit_code = EXIT_SYNC


class _Bars:
    """Turns sync progress into a bar for the push and a running count for the pull."""

    def __init__(self) -> None:
        self.bar: Progress | None = None
        self.pulled = 0

    def __call__(self, progress: SyncProgress) -> None:
        if progress.phase == "push":
            if self.bar is None:
                self.bar = Progress("sending", progress.total)
            self.bar.update_to(progress.done)
        elif progress.done - self.pulled >= 1000 or progress.done == 0:
            click.echo(f"received {progress.done} changes", err=True)
            self.pulled = progress.done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _once(app: App, server: str | None) -> dict[str, Any]:
    bars = _Bars()
    try:
        link = current(app.db)
        with client_for(link, server) as client:
            report = sync_once(app.db, client, on_progress=None if app.as_json else bars)
    except SyncError as exc:
        raise SyncFailed(str(exc)) from None
    finally:
        bars.close()
    return {
        "sent": report.push.sent,
        "accepted": report.push.accepted,
        "duplicates": report.push.duplicates,
        "problems": report.push.problems,
        "set_aside": report.push.set_aside,
        "received": report.pull.changes,
        "entries_received": report.pull.entries,
        "resynced": report.push.epoch_changed or report.pull.epoch_changed,
    }


@click.group("sync", invoke_without_command=True)
@click.option("--once", is_flag=True, help="Sync once and exit (default: keep syncing).")
@click.option("--server", help="Use this server address instead of the enrolled one.")
@click.option("--interval", default=30.0, show_default=True, help="Seconds between syncs.")
@common
@click.pass_context
def sync(ctx: click.Context, once: bool, server: str | None, interval: float) -> None:
    """Send this terminal's changes to the central server and fetch the others'."""
    if ctx.invoked_subcommand is not None:
        return
    app = ctx.ensure_object(App)
    if once:
        data = _once(app, server)
        lines = [
            f"sent {data['sent']} ({data['accepted']} new, {data['duplicates']} already there)",
            f"received {data['received']} changes ({data['entries_received']} ledger entries)",
            *[f"problem: {p}" for p in data["problems"]],
            *([_aside(data["set_aside"])] if data["set_aside"] else []),
        ]
        emit(app, data, lines)
        return
    _forever(app, server, interval)


def _forever(app: App, server: str | None, interval: float) -> None:
    try:
        link = current(app.db)
    except SyncError as exc:
        raise SyncFailed(str(exc)) from None
    stop = threading.Event()

    def show(s: SyncStatus) -> None:
        if s.state != "syncing" or s.progress is None:
            click.echo(_status_line(s), err=True)

    with client_for(link, server) as client:
        worker = SyncWorker(app.db, client, show, interval=interval)
        worker.start()
        try:
            while not stop.wait(1.0):
                pass
        except KeyboardInterrupt:
            click.echo("stopping", err=True)
        finally:
            worker.stop()


def _status_line(s: SyncStatus) -> str:
    last = s.last_success_at.isoformat(timespec="seconds") if s.last_success_at else "never"
    text = f"{s.state}: last sync {last}, {s.backlog} waiting to be sent"
    if s.set_aside:
        text += f"; {_aside(s.set_aside)}"
    return text + (f"; error: {s.last_error}" if s.last_error else "")


def _aside(count: int) -> str:
    return (
        f"{count} messages set aside (the server refused them): read them with "
        "'pos-loyalty sync set-aside'"
    )


@sync.command("enrol")
@click.option("--server", required=True, help="The server's address, e.g. https://loyalty.example")
@click.option(
    "--code", required=True, help="The one-time code from 'pos-loyalty-server terminal add'."
)
@click.option(
    "--ca-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Trust this CA certificate (PEM) for the server, instead of the system's.",
)
@common
@pass_app
def enrol_command(app: App, server: str, code: str, ca_file: Path | None) -> None:
    """Enrol this terminal with the server; the token is kept in the local database."""
    if not server.startswith(("https://", "http://")):
        raise click.BadParameter("give the address with https://", param_hint="--server")
    try:
        link = enrol(
            app.db, server, code, app.terminal_id(), ca_file=str(ca_file) if ca_file else None
        )
    except SyncError as exc:
        raise SyncFailed(str(exc)) from None
    data = {"server": link.server_url, "terminal_id": link.terminal_id, "store": link.store}
    emit(app, data, f"terminal {link.terminal_id} enrolled with {link.server_url} ({link.store})")


@sync.command("status")
@common
@pass_app
def status_command(app: App) -> None:
    """Show the last sync, the backlog and the latest errors."""
    s = sync_status(app.db)
    lines = recent(app.db, 10)
    data = {
        "state": s.state,
        "last_success_at": s.last_success_at.isoformat() if s.last_success_at else None,
        "backlog": s.backlog,
        "failures": s.failures,
        "last_error": s.last_error,
        "set_aside": s.set_aside,
        "card_numbers_left": read(app.db, lambda state: state.card_numbers_left()),
        "log": [{"at": x.at.isoformat(), "level": x.level, "message": x.message} for x in lines],
    }
    text = [_status_line(s), *[f"{x.at:%Y-%m-%d %H:%M} {x.level}: {x.message}" for x in lines]]
    emit(app, data, text)


@sync.command("set-aside")
@click.option("--limit", type=click.IntRange(1, 100_000), default=100, show_default=True)
@click.option(
    "--send-again",
    is_flag=True,
    help="Queue them to be sent again (once the server or the data is fixed).",
)
@common
@pass_app
def set_aside_command(app: App, limit: int, send_again: bool) -> None:
    """List the messages the server refused, kept here with its reasons (or send them again)."""
    if send_again:
        count = send_set_aside_again(app.db)
        text = f"{count} messages queued again: they go with the next sync"
        emit(app, {"queued": count}, text)
        return
    found = set_aside_list(app.db, limit)
    data = [
        {
            "message_id": m.id,
            "kind": m.kind,
            "created_at": m.created_at.isoformat(),
            "set_aside_at": m.set_aside_at.isoformat(),
            "reason": m.reason,
            "payload": m.payload,
        }
        for m in found
    ]
    lines = [f"{m.id} {m.kind} {m.created_at:%Y-%m-%d %H:%M}: {m.reason}" for m in found]
    if not found:
        lines = ["no messages are set aside"]
    else:
        lines.append(
            "these messages stay on this terminal: correct the data here where it can be "
            "(the correction goes with the next sync) or report them to the server's "
            "operator; once the server takes them: 'pos-loyalty sync set-aside --send-again'"
        )
    emit(app, {"messages": data}, lines)


@sync.command("card-numbers")
@click.option(
    "--at-least",
    type=click.IntRange(1, MAX_BLOCK),
    default=LOW,
    show_default=True,
    help="Fetch blocks from the server until this many new card numbers are in hand.",
)
@common
@pass_app
def card_numbers_command(app: App, at_least: int) -> None:
    """Fetch card numbers from the server (new cards are numbered only from its blocks)."""
    try:
        link = current(app.db)
        with client_for(link) as client:
            left = top_up(app.db, client, at_least)
    except SyncError as exc:
        raise SyncFailed(str(exc)) from None
    emit(app, {"card_numbers_left": left}, f"{left} card numbers in hand")


@sync.command("allowance")
@click.argument("card")
@common
@pass_app
def allowance_command(app: App, card: str) -> None:
    """How many points this card may redeem now (asks the server, else the offline caps)."""
    uow = app.uow()
    with uow.read_only():
        found = uow.cards.get(validate_card_number(card))
    if found is None or found.member_id is None:
        raise NotFound(f"card {card} is not a member's card here")
    link = read(app.db, lambda state: state.link())
    now = system_clock()
    if link is None:
        result = redemption_limit(app.db, None, found.member_id, now)
    else:
        with client_for(link) as client:
            result = redemption_limit(app.db, client, found.member_id, now)
    data = {"points": result.points, "online": result.online, "reason": result.reason}
    emit(app, data, f"{result.points} points: {result.reason}")


COMMANDS = [sync]
