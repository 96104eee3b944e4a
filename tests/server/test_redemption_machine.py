"""A stateful property test of online redemption: two online terminals and one offline.

The online terminals reserve every redemption at the server (some reservations are abandoned,
as by a terminal that lost power, and the server's clock moves past the hold time); the
offline one cannot reach the server and redeems within its caps, never syncing until the end.
After everyone has synced: each member's redeemed points never exceed what they earned plus
the per-member cap, and the chain's never exceed the total earned plus the terminal cap.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlalchemy import case, func, select

from db.engine import create_sqlite_engine
from db.repositories.sync_state import SyncLink
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.offline_caps import OfflineRules
from pos_loyalty.services.checkout import Checkout
from pos_loyalty.services.offline_caps import save_offline_rules
from pos_loyalty.services.posting import new_id
from pos_loyalty.services.redemptions import commit_redeeming
from server import create_app
from server.models import ledger_entries
from sync import SyncClient
from sync.errors import ServerUnreachable
from sync.redemptions import ServerRedemptionAuthoriser
from tests.server.live import LiveServer, Till, enrolment_code
from tests.server.test_sync_machine import _templates

RULES = OfflineRules(max_age_minutes=600, terminal_cap=150, member_cap=60)
MEMBERS = 3


def _unreachable(_link: SyncLink, _timeout: float) -> SyncClient:
    raise ServerUnreachable("the offline terminal's network is down")


class RedemptionMachine(RuleBasedStateMachine):
    """Two online terminals, one offline, members with points, a server clock that moves."""

    @initialize()
    def start(self) -> None:
        """A server, three enrolled terminals, members who earned at the first one."""
        self.folder = Path(tempfile.mkdtemp(prefix="pl-redeem-"))
        server_file, till_file = _templates()
        shutil.copy(server_file, self.folder / "server.sqlite3")
        self.engine = create_sqlite_engine(self.folder / "server.sqlite3")
        self.app = create_app(self.engine)
        self.server_now = datetime.now(UTC)
        self.app.state.clock = lambda: self.server_now
        self.live = LiveServer(self.app)
        self.tills: list[Till] = []
        for i in range(3):
            path = self.folder / f"T{i}.sqlite3"
            shutil.copy(till_file, path)
            till = Till.open(path, f"T-{i}")
            till.enrol(self.live.url, enrolment_code(self.engine, f"Store {i}"))
            uow = till.db.uow()
            with uow:
                save_offline_rules(uow, RULES)
                uow.commit()
            self.tills.append(till)
        first = self.tills[0]
        self.cards = [first.register(f"M {i}", f"+7 912 000 00 0{i}").card.number for i in range(3)]
        for card in self.cards:
            first.checkout(card, 99999)
        for till in self.tills:
            till.sync()

    def _authoriser(self, t: int) -> ServerRedemptionAuthoriser:
        till = self.tills[t]
        if t == 2:
            return ServerRedemptionAuthoriser(till.db, till.clock, connect=_unreachable)
        return ServerRedemptionAuthoriser(till.db, till.clock)

    @rule(
        t=st.integers(0, 2),
        m=st.integers(0, MEMBERS - 1),
        total=st.sampled_from([30000, 150000]),
        redeem=st.sampled_from([None, 40, "max"]),
    )
    def sale(self, t: int, m: int, total: int, redeem: int | str | None) -> None:
        """A sale at a terminal (2 is the offline one), maybe redeeming points."""
        till = self.tills[t]
        till.now += timedelta(minutes=3)
        cmd = Checkout(self.cards[m], (CheckLine(total),), redeem)
        commit_redeeming(
            cmd,
            uow=till.db.uow(),
            clock=till.clock,
            actor=till.actor(),
            authoriser=self._authoriser(t),
        )

    @rule(t=st.integers(0, 1), m=st.integers(0, MEMBERS - 1), points=st.sampled_from([30, 500]))
    def abandon_a_reservation(self, t: int, m: int, points: int) -> None:
        """An online terminal reserves and never commits nor cancels (it lost power)."""
        uow = self.tills[t].db.uow()
        with uow.read_only():
            card = uow.cards.get(self.cards[m])
        assert card is not None and card.member_id is not None
        self._authoriser(t).reserve(new_id(), card.member_id, points)

    @rule()
    def hold_time_passes(self) -> None:
        """The server's clock moves past the hold time of open reservations."""
        self.server_now += timedelta(seconds=121)

    @rule(t=st.integers(0, 1))
    def sync(self, t: int) -> None:
        """An online terminal pushes and pulls."""
        self.tills[t].sync()

    def teardown(self) -> None:
        """Everyone syncs; check what was redeemed against what was earned and the caps."""
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
        redeem = ledger_entries.c.kind == "redeem"
        points = ledger_entries.c.points
        query = select(
            ledger_entries.c.member_id,
            func.sum(case((redeem, -points), else_=0)),
            func.sum(case((redeem, 0), else_=points)),
        ).group_by(ledger_entries.c.member_id)
        with self.engine.connect() as connection:
            totals = connection.execute(query).all()
        for _member, redeemed, earned in totals:
            assert redeemed <= earned + RULES.member_cap
        assert sum(r for _, r, _ in totals) <= sum(e for _, _, e in totals) + RULES.terminal_cap


RedemptionMachine.TestCase.settings = settings(
    max_examples=4,
    stateful_step_count=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestRedemptionMachine = RedemptionMachine.TestCase
