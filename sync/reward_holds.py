"""The terminal's side of giving a reward for points: hold it at the server, or the offline rule.

`ServerRewardAuthoriser` implements the core's `RewardAuthoriser` port
(`pos_loyalty.services.reward_redemption.redeem_reward` drives it):

- enrolled and the server answers within `RESERVE_TIMEOUT`: the reward's price and one unit
  of its stock are held there (`POST /rewards/holds`), the hold committed with the reward's
  entry id once it is recorded, cancelled if it is not; a refusal (no unit left online, the
  points held elsewhere) is final;
- the server does not answer (timeout, cut, busy, an older server without the route): the
  offline rule applies, the price within the offline points caps and a reward with a stock
  only from this terminal's share (`pos_loyalty.domain.rewards_catalogue.offline_decision`);
  a hold that might have arrived is cancelled, best effort;
- never enrolled: the terminal works alone and its own stock count decides.

Commit and cancel never raise: a commit that does not arrive leaves the hold to be consumed
when the reward's entry is pushed, or to expire.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from db import Database
from db.repositories.sync_state import SyncLink
from pos_loyalty.domain.reservations import ONLINE_PREFIX
from pos_loyalty.domain.rewards_catalogue import (
    WORKING_ALONE,
    Reward,
    RewardAuthorisation,
    offline_decision,
    offline_share_left,
)
from pos_loyalty.wire import encode
from pos_loyalty.wire.rewards import RewardHold, RewardHoldCommit, RewardHoldRequest
from sync.client import SyncClient, answer_as
from sync.errors import SyncError
from sync.link import client_for, read
from sync.offline import redeem_allowance
from sync.redemptions import RESERVE_TIMEOUT

Connect = Callable[[SyncLink, float], SyncClient]


def _connect(link: SyncLink, timeout: float) -> SyncClient:
    return client_for(link, timeout=timeout)


class ServerRewardAuthoriser:
    """Holds a reward at the central server; the offline rule when the server is out of reach."""

    def __init__(
        self,
        db: Database,
        clock: Callable[[], datetime],
        *,
        connect: Connect = _connect,
        timeout: float = RESERVE_TIMEOUT,
    ) -> None:
        self._db = db
        self._clock = clock
        self._connect = connect
        self._timeout = timeout

    def reserve(self, hold_id: str, member_id: str, reward: Reward) -> RewardAuthorisation:
        """Hold the reward's price and a unit of its stock; say whether it may be given."""
        link = read(self._db, lambda state: state.link())
        if link is None:
            return WORKING_ALONE
        now = self._clock()
        body = RewardHoldRequest(
            reservation_id=hold_id,
            member_id=member_id,
            reward_id=reward.id,
            points=reward.points,
            stock=reward.stock,
            offline_share=reward.offline_share,
            day=now.date(),
        )
        try:
            with self._connect(link, self._timeout) as client:
                answer = answer_as(RewardHold, client.post("/rewards/holds", encode(body)))
        except SyncError:
            self.cancel(hold_id)  # the request may have arrived before the answer was lost
            return self._offline(link.terminal_id, member_id, reward, now)
        return _held(hold_id, reward, answer)

    def commit(self, hold_id: str, entry_id: str) -> None:
        """Tell the server the reward's entry `entry_id` used the hold (best effort, twice)."""
        body = encode(RewardHoldCommit(entry_id=entry_id))
        self._send(f"/rewards/holds/{hold_id}/commit", body, attempts=2)

    def cancel(self, hold_id: str) -> None:
        """Release the hold at the server (best effort: it expires anyway)."""
        self._send(f"/rewards/holds/{hold_id}/cancel", {})

    def _send(self, path: str, body: dict[str, object], attempts: int = 1) -> None:
        link = read(self._db, lambda state: state.link())
        if link is None:
            return
        for _ in range(attempts):
            try:
                with self._connect(link, self._timeout) as client:
                    client.post(path, body)
                return
            except SyncError:
                continue  # commit and cancel are idempotent: sending again is safe

    def _offline(
        self, terminal_id: str, member_id: str, reward: Reward, now: datetime
    ) -> RewardAuthorisation:
        uow = self._db.uow()
        with uow.read_only():
            allowance = redeem_allowance(uow, member_id, now)
            given_here = uow.ledger.rewards_given_offline(reward.id, terminal_id)
        return offline_decision(reward, allowance.points, offline_share_left(reward, given_here))


def _held(hold_id: str, reward: Reward, answer: RewardHold) -> RewardAuthorisation:
    if answer.granted:
        return RewardAuthorisation(
            True, f"{ONLINE_PREFIX} held at the server", online=True, hold_id=hold_id
        )
    code = answer.code or "reward_refused"
    values = (("spendable", str(answer.points_available)), ("points", str(reward.points)))
    why = answer.message or "the server refused the hold"
    return RewardAuthorisation(False, f"{ONLINE_PREFIX} {why}", True, code=code, values=values)
