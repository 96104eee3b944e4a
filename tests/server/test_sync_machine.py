"""A stateful property test: random interleavings of sales on three terminals, syncs, lost
answers, retries, and restarts of terminals and of the server.

After the network heals and every terminal has synced twice: every entry is on the server
exactly once, no sale is lost, and every terminal shows the server's balance for every member.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from datetime import timedelta
from functools import cache
from pathlib import Path

import httpx
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlalchemy import func, select

from db import open_database
from db.engine import create_sqlite_engine
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.templates import template
from server import create_app
from server.database import open_server_database
from server.models import balances, ledger_entries, sales
from sync import SyncClient, SyncError
from sync.link import current
from sync.push import push_outbox
from tests.server.live import LiveServer, Till, enrolment_code

TERMINALS = 3
MEMBERS = 3


@cache
def _templates() -> tuple[Path, Path]:
    """A migrated server file and a terminal file with the programme, made once per run."""
    folder = Path(tempfile.mkdtemp(prefix="pl-templates-"))
    engine = create_sqlite_engine(folder / "server.sqlite3")
    open_server_database(engine)
    engine.dispose()
    db = open_database(folder / "till.sqlite3")
    save_programme(template("bonus"), uow=db.uow())
    db.close()
    return folder / "server.sqlite3", folder / "till.sqlite3"


class LosingTransport(httpx.HTTPTransport):
    """Delivers the request, lets the server commit, then loses the answer."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send the request and throw the answer away."""
        response = super().handle_request(request)
        response.read()
        response.close()
        raise httpx.ReadError("the answer was lost on the way back", request=request)


class SyncMachine(RuleBasedStateMachine):
    """Terminals, a server, and a network that loses answers."""

    @initialize()
    def start(self) -> None:
        """Start a server and three enrolled terminals; register members at the first."""
        self.folder = Path(tempfile.mkdtemp(prefix="pl-machine-"))
        server_file, till_file = _templates()
        shutil.copy(server_file, self.folder / "server.sqlite3")
        self.engine = create_sqlite_engine(self.folder / "server.sqlite3")
        self.live = LiveServer(create_app(self.engine))
        self.tills: list[Till] = []
        for i in range(TERMINALS):
            path = self.folder / f"T{i}.sqlite3"
            shutil.copy(till_file, path)
            till = Till.open(path, f"T-{i}")
            till.enrol(self.live.url, enrolment_code(self.engine, f"Store {i}"))
            self.tills.append(till)
        first = self.tills[0]
        self.cards = [
            first.register(f"Member {i}", f"+7 912 000 00 0{i}").card.number for i in range(MEMBERS)
        ]
        for till in self.tills:
            till.sync()

    @rule(
        t=st.integers(0, TERMINALS - 1),
        m=st.integers(0, MEMBERS - 1),
        total=st.sampled_from([30000, 60000, 150000]),
        redeem=st.sampled_from([None, 25, "max"]),
    )
    def sale(self, t: int, m: int, total: int, redeem: int | str | None) -> None:
        """A sale at a terminal, maybe redeeming points."""
        till = self.tills[t]
        till.now += timedelta(minutes=3)
        till.checkout(self.cards[m], total, redeem)

    @rule(t=st.integers(0, TERMINALS - 1))
    def sync(self, t: int) -> None:
        """Push and pull."""
        self.tills[t].sync()

    @rule(t=st.integers(0, TERMINALS - 1))
    def push_and_lose_the_answer(self, t: int) -> None:
        """Push; the server commits but the answer never arrives."""
        till = self.tills[t]
        link = current(till.db)
        client = SyncClient(self.live.url, link.token, transport=LosingTransport())
        with client, contextlib.suppress(SyncError):
            push_outbox(till.db, client)

    @rule(t=st.integers(0, TERMINALS - 1))
    def restart_terminal(self, t: int) -> None:
        """Close the terminal's database and open it again."""
        till = self.tills[t]
        till.db.close()
        till.db = open_database(till.db.path)

    @rule()
    def restart_server(self) -> None:
        """Stop the server and start it again on the same port."""
        port = self.live.port
        self.live.stop()
        self.live = LiveServer(create_app(self.engine), port=port)

    def teardown(self) -> None:
        """Heal, sync everyone twice, check the invariants, and clean up."""
        if not hasattr(self, "live"):
            return
        try:
            for _ in range(2):
                for till in self.tills:
                    till.sync()
            self._check()
        finally:
            self.live.stop()
            for till in self.tills:
                till.db.close()
            self.engine.dispose()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _check(self) -> None:
        own = local_sales = 0
        for till in self.tills:
            uow = till.db.uow()
            with uow.read_only():
                c = uow.connection
                mine = ledger_entries.c.terminal_id == till.terminal_id
                own += c.execute(select(func.count()).where(mine)).scalar_one()
                local_sales += c.execute(select(func.count()).select_from(sales)).scalar_one()
        with self.engine.connect() as c:
            stored = c.execute(select(func.count()).select_from(ledger_entries)).scalar_one()
            distinct = c.execute(select(func.count(ledger_entries.c.id.distinct()))).scalar_one()
            server_sales = c.execute(select(func.count()).select_from(sales)).scalar_one()
            server = dict(c.execute(select(balances.c.member_id, balances.c.balance)).all())
        assert stored == distinct == own
        assert server_sales == local_sales
        for till in self.tills:
            assert {m: till.balance(m) for m in server} == server


SyncMachine.TestCase.settings = settings(
    max_examples=4,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestSyncMachine = SyncMachine.TestCase
