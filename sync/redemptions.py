"""The terminal's side of online redemption: reserve at the server, or the offline caps.

`ServerRedemptionAuthoriser` implements the core's `RedemptionAuthoriser` port
(`pos_loyalty.services.redemptions.commit_redeeming` drives it):

- enrolled and the server answers within `RESERVE_TIMEOUT`: the points are reserved there
  (`POST /redemptions`), committed with the sale's id after it is recorded, cancelled if it
  is not;
- the server does not answer (timeout, cut, busy, a refused token): the offline caps apply
  (sync/offline.py), and a reservation that might have arrived is cancelled, best effort;
- the server does not know the member yet (registered here, not pushed): the terminal's own
  balance is the whole balance, so nothing is reserved;
- never enrolled: the terminal works alone, no limit.

Commit and cancel never raise: a commit that does not arrive leaves the reservation open
until it expires on the server, and the sale's pushed redeem entry counts the points anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from db import Database
from db.repositories.sync_state import SyncLink
from pos_loyalty.domain.reservations import ONLINE_PREFIX, Authorisation
from pos_loyalty.wire import encode
from pos_loyalty.wire.redemptions import CommitRequest, Reservation, ReserveRequest
from sync.client import SyncClient, answer_as
from sync.errors import SyncError, UnknownToServer
from sync.link import client_for, read
from sync.offline import redeem_allowance

RESERVE_TIMEOUT = 1.5
"""Seconds a reservation may take before the counter falls back to the offline caps."""

Connect = Callable[[SyncLink, float], SyncClient]


def _connect(link: SyncLink, timeout: float) -> SyncClient:
    return client_for(link, timeout=timeout)


class ServerRedemptionAuthoriser:
    """Reserves a sale's points at the central server; the offline caps when it is out of reach."""

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

    def reserve(self, reservation_id: str, member_id: str, points: int) -> Authorisation:
        """Reserve up to `points`; say how many the sale may redeem, and how it was decided."""
        link = read(self._db, lambda state: state.link())
        if link is None:
            return Authorisation(None, "this terminal works alone: no limits apply", False)
        now = self._clock()
        body = ReserveRequest(
            reservation_id=reservation_id, member_id=member_id, points=points, day=now.date()
        )
        try:
            with self._connect(link, self._timeout) as client:
                answer = answer_as(Reservation, client.post("/redemptions", encode(body)))
                return _granted(reservation_id, answer)
        except UnknownToServer:
            return Authorisation(
                None, f"{ONLINE_PREFIX} the server has no points of this member yet", True
            )
        except SyncError:
            self.cancel(reservation_id)  # the request may have arrived before the answer was lost
            return self._offline(member_id, now)

    def commit(self, reservation_id: str, sale_id: str, points: int) -> None:
        """Tell the server the sale `sale_id` used the reservation (best effort, sent twice at
        most: a commit that never arrives leaves the points held until the reservation expires)."""
        body = encode(CommitRequest(sale_id=sale_id, points=points))
        self._send(f"/redemptions/{reservation_id}/commit", body, attempts=2)

    def cancel(self, reservation_id: str) -> None:
        """Release the reservation at the server (best effort: it expires anyway)."""
        self._send(f"/redemptions/{reservation_id}/cancel", {})

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

    def _offline(self, member_id: str, now: datetime) -> Authorisation:
        uow = self._db.uow()
        with uow.read_only():
            allowance = redeem_allowance(uow, member_id, now)
        return Authorisation(
            allowance.points, allowance.reason, False, code=allowance.code, values=allowance.values
        )


def _granted(reservation_id: str, answer: Reservation) -> Authorisation:
    granted, available = answer.granted, answer.available
    if granted == 0:
        return Authorisation(
            0,
            f"{ONLINE_PREFIX} no points of this member are free at the server ({available})",
            True,
            code="redeem_cap_reserved",
        )
    return Authorisation(
        granted,
        f"{ONLINE_PREFIX} {granted} points reserved at the server",
        True,
        reservation_id=reservation_id,
        code="redeem_cap_reserved",
    )
