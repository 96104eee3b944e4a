"""A restored server: a new epoch, and no block of card numbers given twice.

The backups are real: on SQLite a copy of the file (SQLite's backup API), on PostgreSQL a
`pg_dump` of the server's schema, restored with `psql` into the same database (the tables
dropped first) or into a new database of the same cluster, as docs/deploy.md does. The server
is stopped for the restore and started again on the same port, so the terminals find it where
they left it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import make_url

from pos_loyalty.domain.cards import card_number_for
from pos_loyalty.services.cards import replace_card
from server import create_app
from server.database import read_epoch
from server.epoch import renew_epoch
from server.models import card_blocks, server_meta
from server.store.card_blocks import BLOCK_SIZE, FIRST_SEQ, WAIT_KEY
from sync.card_numbers import top_up
from sync.link import read
from tests.postgres import postgres_url
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]


def _block(n: int) -> tuple[int, int]:
    """The n-th block the server gives (0: the first)."""
    return FIRST_SEQ + n * BLOCK_SIZE, FIRST_SEQ + (n + 1) * BLOCK_SIZE - 1


def _libpq(url: str) -> tuple[list[str], dict[str, str]]:
    """Connection options for pg_dump and psql, and the environment with the password."""
    parsed = make_url(url)
    options = ["-h", parsed.host or "127.0.0.1", "-p", str(parsed.port or 5432)]
    options += ["-U", parsed.username or "postgres"]
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    return options, env


def _run(*args: str, env: dict[str, str]) -> None:
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


class Backup:
    """A backup of the server's database, and its restore over the live one."""

    def __init__(self, engine: Engine, folder: Path) -> None:
        self.engine = engine
        self.file = folder / "backup"
        self.postgresql = engine.dialect.name == "postgresql"
        if self.postgresql:
            if shutil.which("pg_dump") is None or shutil.which("psql") is None:
                pytest.skip("pg_dump and psql are needed for a real restore")
            with engine.connect() as connection:
                self.schema = connection.execute(text("SELECT current_schema()")).scalar_one()

    def take(self) -> None:
        """`pg_dump` of the server's schema, or a copy of the SQLite file."""
        if self.postgresql:
            options, env = _libpq(postgres_url())
            database = make_url(postgres_url()).database or "test"
            _run("pg_dump", *options, "-n", self.schema, "-f", str(self.file), database, env=env)
            return
        source = sqlite3.connect(self.engine.url.database or "")
        target = sqlite3.connect(self.file)
        with target:
            source.backup(target)
        source.close()
        target.close()

    def restore(self, database: str | None = None) -> None:
        """Load the backup: over the server's own tables, or into another database."""
        self.engine.dispose()
        if not self.postgresql:
            path = Path(self.engine.url.database or "")
            for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            shutil.copyfile(self.file, path)
            return
        options, env = _libpq(postgres_url())
        if database is None:
            database = make_url(postgres_url()).database or "test"
            with self.engine.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{self.schema}" CASCADE'))
            self.engine.dispose()
        psql = ("psql", *options, "-v", "ON_ERROR_STOP=1", "-q", "-d", database)
        _run(*psql, "-f", str(self.file), env=env)


def _epoch(engine: Engine) -> str:
    with engine.connect() as connection:
        return read_epoch(connection)


def _restart(
    live: LiveServer, engine: Engine, backup: Backup, make_codes: Callable[[], object] = list
) -> LiveServer:
    """Stop the server, restore the backup, run the restore steps, serve on the same port.

    On PostgreSQL the server notices the restore by itself; on SQLite the operator runs
    `epoch renew`. `make_codes` stands for the operator's `terminal add` before the start.
    """
    before = _epoch(engine)
    live.stop()
    backup.restore()
    if backup.postgresql:
        create_app(engine)  # `pos-loyalty-server migrate`: the epoch is renewed here
    else:
        with engine.begin() as connection:
            renew_epoch(connection)
    assert _epoch(engine) != before
    make_codes()
    return LiveServer(create_app(engine), port=live.port)


def _blocks(till: Till) -> list[tuple[int, int]]:
    return read(till.db, lambda s: s.card_blocks())


def _take_numbers(till: Till, at_least: int) -> int:
    """`pos-loyalty sync card-numbers --at-least N`."""
    with till.client() as client:
        return top_up(till.db, client, at_least)


def _owners(engine: Engine) -> dict[int, str]:
    with engine.connect() as connection:
        query = select(card_blocks.c.first_seq, card_blocks.c.terminal_id)
        return {int(first): str(owner) for first, owner in connection.execute(query)}


@pytest.fixture
def serving(server_engine: Engine) -> Iterator[list[LiveServer]]:
    """The live server (replaced by each restart); stopped at the end."""
    running = [LiveServer(create_app(server_engine))]
    yield running
    running[-1].stop()


def test_a_block_given_after_the_backup_is_not_given_again_after_the_restore(
    server_engine: Engine, serving: list[LiveServer], till_factory: MakeTill, tmp_path: Path
) -> None:
    live = serving[0]
    a, x = till_factory("T-A"), till_factory("T-X")
    a.enrol(live.url, enrolment_code(server_engine, "Store A"))
    x.enrol(live.url, enrolment_code(server_engine, "Store X"))
    assert (_blocks(a), _blocks(x)) == ([_block(0)], [_block(1)])
    backup = Backup(server_engine, tmp_path)
    backup.take()
    assert _take_numbers(x, 1500) == 2000  # X's second block, given after the backup
    assert _blocks(x) == [_block(1), _block(2)]
    serving.append(_restart(live, server_engine, backup))
    assert _owners(server_engine) == {_block(0)[0]: "T-A", _block(1)[0]: "T-X"}

    assert a.sync().push.epoch_changed  # A shows its block; X has not shown its blocks yet
    assert _take_numbers(a, 1500) == 1000  # so nothing new: A keeps its 1,000
    assert _blocks(a) == [_block(0)]
    assert x.sync().push.epoch_changed  # X shows both: the lost one is recorded again
    assert _take_numbers(a, 1500) == 2000
    assert _blocks(a) == [_block(0), _block(3)]  # above X's 500002000..500002999
    assert _blocks(x) == [_block(1), _block(2)]
    assert _owners(server_engine) == {
        _block(0)[0]: "T-A",
        _block(1)[0]: "T-X",
        _block(2)[0]: "T-X",
        _block(3)[0]: "T-A",
    }


def test_a_terminal_enrolled_after_the_backup_enrols_again_before_any_block_is_given(
    server_engine: Engine, serving: list[LiveServer], till_factory: MakeTill, tmp_path: Path
) -> None:
    live = serving[0]
    a, y = till_factory("T-A"), till_factory("T-Y")
    a.enrol(live.url, enrolment_code(server_engine, "Store A"))
    backup = Backup(server_engine, tmp_path)
    backup.take()
    y.enrol(live.url, enrolment_code(server_engine, "Store Y"))  # unknown to the backup
    assert _blocks(y) == [_block(1)]
    anna = y.register("Анна Смирнова", "+7 912 400 00 01")  # her card from Y's block
    assert anna.card.number == card_number_for(_block(1)[0])
    lost = anna.card.number  # and she lost it: a new card, in the audit log
    new = replace_card(lost, None, uow=y.db.uow(), clock=y.clock, actor=y.actor())
    assert new.number == card_number_for(_block(1)[0] + 1)
    assert y.sync().push.problems == []
    codes: list[str] = []
    serving.append(
        _restart(
            live,
            server_engine,
            backup,
            lambda: codes.append(enrolment_code(server_engine, "Store Y")),
        )
    )
    a.sync()
    assert _take_numbers(a, 1500) == 1000  # Y's code is not used yet: no new block
    y.enrol(live.url, codes[0])  # no block with the enrolment; Y shows the one it holds
    assert _blocks(y) == [_block(1)]
    resent = y.sync().push  # Y's outbox goes again: Anna's card is Y's, not refused
    assert resent.problems == [] and resent.accepted >= 3
    assert _take_numbers(a, 1500) == 2000
    assert _blocks(a) == [_block(0), _block(2)]
    assert _owners(server_engine) == {
        _block(0)[0]: "T-A",
        _block(1)[0]: "T-Y",
        _block(2)[0]: "T-A",
    }


@pytest.fixture
def scratch_database(server_engine: Engine) -> Iterator[str]:
    """The name of a new, empty database of the same cluster, dropped afterwards."""
    if server_engine.dialect.name != "postgresql":
        pytest.skip("a database of the same cluster is PostgreSQL's")
    name = f"pl_restored_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_engine.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def test_a_dump_restored_into_a_new_database_of_the_same_cluster_gets_a_new_epoch(
    server_engine: Engine, scratch_database: str, tmp_path: Path
) -> None:
    create_app(server_engine)
    first = _epoch(server_engine)
    create_app(server_engine)  # started again on the same database: the same history
    assert _epoch(server_engine) == first
    backup = Backup(server_engine, tmp_path)
    backup.take()
    backup.restore(scratch_database)  # pg_dump | psql, as docs/deploy.md restores
    url = server_engine.url.set(database=scratch_database)
    options = {"options": f"-csearch_path={backup.schema}"}
    restored = create_engine(url, connect_args=options)
    try:
        with restored.connect() as connection:
            assert read_epoch(connection) == first  # the dump's own epoch, before start-up
        create_app(restored)
        with restored.connect() as connection:
            assert read_epoch(connection) != first
            waiting = select(server_meta.c.value).where(server_meta.c.key == WAIT_KEY)
            assert connection.execute(waiting).scalar_one() == read_epoch(connection)
        renewed = _epoch(restored)
        create_app(restored)
        assert _epoch(restored) == renewed  # noticed once, not at every start
    finally:
        restored.dispose()
    assert _epoch(server_engine) == first  # the original database is untouched
