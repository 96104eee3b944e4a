"""What every command shares: the database, the terminal identity, the clock, the output mode,
and who is acting, proven by PIN.

A command that changes the store asks `app.actor()`: the `--staff NAME` account, proven by its
PIN from `POS_LOYALTY_PIN` (for scripts) or a hidden prompt on a terminal. A second manager's
approval is `--approved-by NAME` with `POS_LOYALTY_APPROVER_PIN` or a prompt. Wrong PINs count
and lock the account exactly as at the counter; the lock is timed by the machine's real clock,
never by `POS_LOYALTY_NOW`. Read-only commands never ask.
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.services.posting import Actor
from ui.clock import system_clock as system_clock  # re-exported for the commands

if TYPE_CHECKING:
    from db import Database
    from pos_loyalty.services.ports import UnitOfWork

TERMINAL_KEY = "terminal"


PIN_ENV = "POS_LOYALTY_PIN"
APPROVER_PIN_ENV = "POS_LOYALTY_APPROVER_PIN"


@dataclass
class App:
    """Lazily opened database and per-invocation options."""

    db_path: Path | None = None
    staff: str | None = None
    approver: str | None = None
    as_json: bool = False
    _db: Database | None = field(default=None, repr=False)
    _actor: Actor | None = field(default=None, repr=False)

    @property
    def path(self) -> Path:
        """The database file in use."""
        from db import default_database_path  # the database layer: loaded on first use

        return self.db_path or default_database_path()

    @property
    def db(self) -> Database:
        """The database, opened (and migrated) on first use."""
        if self._db is None:
            from db import open_database

            self._db = open_database(self.path)
        return self._db

    def uow(self) -> UnitOfWork:
        """A fresh unit of work."""
        return self.db.uow()

    def actor(self) -> Actor:
        """This terminal and the staff member named by --staff, proven by their PIN."""
        if self._actor is None:
            from pos_loyalty.pins import Argon2PinHasher
            from pos_loyalty.services.staff import sign_in
            from ui.clock import real_clock

            name = _named(self.staff, "--staff", "this command changes the store")
            pin = read_pin(PIN_ENV, f"PIN of {name}")
            person = sign_in(
                name,
                pin,
                uow=self.uow(),
                hasher=Argon2PinHasher(),
                clock=real_clock,
                terminal_id=self.terminal_id(),
            )
            self._actor = Actor(terminal_id=self.terminal_id(), staff_id=person.id)
        return self._actor

    def approved_by(self) -> str:
        """The id of the manager named by --approved-by, proven by their PIN ("" if none)."""
        if not self.approver:
            return ""
        from pos_loyalty.pins import Argon2PinHasher
        from pos_loyalty.services.staff import approve_as_manager
        from ui.clock import real_clock

        pin = read_pin(APPROVER_PIN_ENV, f"PIN of {self.approver} (approving)")
        person = approve_as_manager(
            self.approver,
            pin,
            uow=self.uow(),
            hasher=Argon2PinHasher(),
            clock=real_clock,
            terminal_id=self.terminal_id(),
        )
        return person.id

    def terminal_id(self) -> str:
        """This terminal's id, made once and kept in the settings."""
        uow = self.uow()
        with uow:
            found = uow.settings.get(TERMINAL_KEY)
            if found is None:
                # no store of its own: the store's header names it until enrolment does
                found = {"id": f"T-{uuid.uuid4().hex[:8].upper()}"}
                uow.settings.put(TERMINAL_KEY, found)
                uow.commit()
        return str(found["id"])

    def close(self) -> None:
        """Close the database if it was opened."""
        if self._db is not None:
            self._db.close()
            self._db = None


pass_app = click.make_pass_decorator(App)


def _named(name: str | None, option: str, why: str) -> str:
    if not name or not name.strip():
        raise InvalidInput(
            f"{why}: say who you are with {option} NAME (your PIN is asked for, or read from "
            f"{PIN_ENV})",
            code="staff_not_named",
        )
    return name


def read_pin(env: str, prompt: str) -> str:
    """A PIN from the environment variable `env`, or typed at a hidden prompt on a terminal."""
    pin = os.environ.get(env)
    if pin is not None:
        return pin.strip()
    if not sys.stdin.isatty():
        raise InvalidInput(
            f"no PIN: set {env} or run the command on a terminal to type it", code="pin_missing"
        )
    return str(click.prompt(prompt, hide_input=True, err=True)).strip()


def emit(app: App, data: dict[str, Any] | list[Any], text: str | list[str]) -> None:
    """Print `data` as JSON with --json, otherwise the human-readable text."""
    if app.as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
        return
    for line in [text] if isinstance(text, str) else text:
        click.echo(line)


class Progress:
    """Progress of a long job on stderr: a bar on a terminal, a line every 10 % otherwise."""

    def __init__(self, label: str, total: int) -> None:
        self.label, self.total, self.done = label, max(total, 1), 0
        self._tty = sys.stderr.isatty()
        self._bar: Any = None
        self._shown = -1
        if self._tty:
            self._bar = click.progressbar(length=self.total, label=label, file=sys.stderr)
            self._bar.__enter__()

    def update_to(self, done: int) -> None:
        """Report that `done` of `total` are finished."""
        step, self.done = done - self.done, done
        if self._bar is not None:
            self._bar.update(step)
            return
        tenth = done * 10 // self.total
        if tenth != self._shown:
            self._shown = tenth
            click.echo(
                f"{self.label}: {done * 100 // self.total} % ({done}/{self.total})", err=True
            )

    def close(self) -> None:
        """Finish the bar."""
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


class LazyProgress:
    """A `Progress` that appears at the first report, when the total is known; a callback."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar: Progress | None = None

    def __call__(self, done: int, total: int) -> None:
        """Report that `done` of `total` are finished."""
        if self.bar is None:
            self.bar = Progress(self.label, total)
        self.bar.update_to(done)

    def close(self) -> None:
        """Finish the bar, if it was shown."""
        if self.bar is not None:
            self.bar.close()
