"""`pos-loyalty program show|set`: the programme's rules, from and to TOML or JSON."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import click

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.services.programmes import current_programme, save_programme
from ui.cli.context import App, emit, pass_app, system_clock
from ui.cli.main import common


def read_rules(path: Path) -> dict[str, Any]:
    """Read a programme file (.toml or .json); a malformed file is a clear error."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}") from None
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(raw, parse_float=_no_float)
        else:
            data = tomllib.loads(raw.decode("utf-8"), parse_float=_no_float)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"{path} is not valid {path.suffix[1:] or 'TOML'}: {exc}") from None
    if not isinstance(data, dict):
        raise InvalidInput(f"{path} must hold a table of settings")
    return data


def _no_float(text: str) -> str:
    # Keep the literal digits: the programme reader refuses floats, but a "5.5" written
    # without quotes is unambiguous and is read exactly as the text it is.
    return text


@click.group("program")
def program() -> None:
    """Show or change the programme's rules."""


@program.command("show")
@common
@pass_app
def show(app: App) -> None:
    """Show the rules in force."""
    p = current_programme(uow=app.uow())
    emit(app, p.to_dict(), p.describe())


@program.command("set")
@click.argument("path", type=click.Path(path_type=Path))
@common
@pass_app
def set_(app: App, path: Path) -> None:
    """Save the rules in a TOML or JSON file as a new programme version."""
    p = save_programme(read_rules(path), uow=app.uow(), actor=app.actor(), clock=system_clock)
    emit(app, p.to_dict(), [f"programme version {p.version} saved", *p.describe()])


COMMANDS = [program]
