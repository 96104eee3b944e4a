"""`pos-loyalty till serve`: the till API for the shop's till, on this machine by default.

The till acts as the staff account named in the `till_api` setting (or `--account`); a host
other than the loopback needs the setting's token, sent as `Authorization: Bearer <token>`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ui.cli.context import App, emit, pass_app, system_clock
from ui.cli.main import common
from ui.clock import real_clock
from ui.station import load_station

if TYPE_CHECKING:
    from ui.till.context import TillContext


@click.group("till")
def till() -> None:
    """The till API: the shop's till calculates, confirms and refunds checks here."""


def till_context(app: App, account: str | None) -> tuple[TillContext, str, int]:
    """The routes' context, host and port from the settings (imports FastAPI on demand)."""
    from ui.till.context import TillContext, TillSettings, till_actor

    settings = TillSettings.read(app.uow())
    settings.require_safe()
    actor = till_actor(app.uow(), app.terminal_id(), account or settings.staff)
    store = load_station(app.uow()).store
    context = TillContext(
        database=app.db,
        actor=actor,
        store=store,
        clock=system_clock,
        real_clock=real_clock,
        token=settings.token,
        language=store.language,
    )
    return context, settings.host, settings.port


@till.command("serve")
@click.option("--host", help="Listen on this address (default: the till_api setting, 127.0.0.1).")
@click.option("--port", type=int, help="Listen on this port (default: the setting, 8765).")
@click.option("--account", help="The staff account the till acts as (default: the setting).")
@common
@pass_app
def serve_command(app: App, host: str | None, port: int | None, account: str | None) -> None:
    """Serve the till API until Ctrl+C."""
    from ui.till.app import serve
    from ui.till.context import TillSettings

    context, set_host, set_port = till_context(app, account)
    host = host or set_host
    TillSettings(host=host, token=context.token).require_safe()
    click.echo(f"till API on http://{host}:{port or set_port}/v1 (docs: /docs)", err=True)
    serve(context, host, port or set_port)


@till.command("configure")
@click.option("--host", help="Listen on this address (another than 127.0.0.1 needs a token).")
@click.option("--port", type=int, help="Listen on this port.")
@click.option("--token", help="The token a till must send (only its hash is kept).")
@click.option("--staff", "account", help="The staff account the till acts as.")
@click.option("--start-with-window/--no-start-with-window", default=None)
@common
@pass_app
def configure(
    app: App,
    host: str | None,
    port: int | None,
    token: str | None,
    account: str | None,
    start_with_window: bool | None,
) -> None:
    """Change the till_api setting (a manager, as for every setting)."""
    from pos_loyalty.services.settings import change_settings
    from ui.till.context import SETTING, TillSettings, token_digest

    uow = app.uow()
    with uow.read_only():
        current = dict(uow.settings.get(SETTING) or {})
    given = {"host": host, "port": port, "staff": account, "start_with_window": start_with_window}
    current.update({key: value for key, value in given.items() if value is not None})
    if token is not None:
        current["token_sha256"] = token_digest(token) if token else ""
    TillSettings(
        host=current.get("host", "127.0.0.1"), token=current.get("token_sha256", "")
    ).require_safe()
    change_settings(
        {SETTING: current},
        uow=app.uow(),
        clock=system_clock,
        actor=app.actor(),
        approved_by=app.approved_by(),
    )
    shown = {k: v for k, v in current.items() if k != "token_sha256"}
    emit(app, {**shown, "token_set": bool(current.get("token_sha256"))}, f"till_api: {shown}")


COMMANDS = [till]
