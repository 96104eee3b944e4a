"""Checkout with online authorisation: reserve the points, record the sale, commit or cancel.

Every counter (the window, the command line) records a redeeming sale through
`commit_redeeming`, handing it the terminal's `RedemptionAuthoriser`:

1. the check's redemption is worked out as `commit_checkout` would record it;
2. the authoriser reserves those points at the central server (or, when the server does not
   answer, applies the offline caps) and says how many may be redeemed;
3. the sale is recorded with no more than that;
4. the reservation is committed with the sale's id and the points it really redeemed, or
   cancelled when the sale could not be recorded.

The till API's confirmation records its sale inside a transaction of its own, so it wraps that
in `reserving`, the same steps.

A reservation that is never committed or cancelled (the terminal lost power) expires on the
server; one whose commit was lost is released when the sale's entries arrive with the push.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from pos_loyalty.domain.reservations import Authorisation
from pos_loyalty.domain.sales import Sale
from pos_loyalty.services.checkout import (
    Checkout,
    Committed,
    commit_checkout,
    redemption_wanted,
)
from pos_loyalty.services.ports import Clock, RedemptionAuthoriser, UnitOfWork
from pos_loyalty.services.posting import Actor, new_id
from pos_loyalty.services.slips import StoreHeader


def commit_redeeming(
    cmd: Checkout,
    *,
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    authoriser: RedemptionAuthoriser | None,
    store: StoreHeader | None = None,
) -> Committed:
    """Record a sale, reserving the points it redeems first (see the module docstring)."""
    with reserving(cmd, uow=uow, clock=clock, authoriser=authoriser) as held:
        done = commit_checkout(held.checkout, uow=uow, clock=clock, actor=actor, store=store)
        held.recorded(done.sale)
    if held.authorisation is None:
        return done
    return replace(done, redemption=held.authorisation)


@dataclass(slots=True)
class Held:
    """A redemption being recorded: the checkout limited to what was authorised, the sale."""

    checkout: Checkout
    authorisation: Authorisation | None
    sale: Sale | None = None

    def recorded(self, sale: Sale) -> None:
        """The sale that uses the reservation (committed with it once the block ends)."""
        self.sale = sale


@contextmanager
def reserving(
    cmd: Checkout, *, uow: UnitOfWork, clock: Clock, authoriser: RedemptionAuthoriser | None
) -> Iterator[Held]:
    """Steps 1, 2 and 4 around the caller's recording of the sale (step 3, `Held.recorded`).

    The reservation is committed when the block ends with a sale recorded, and cancelled when
    it raises or records none (a repeated request that found its sale already there).
    """
    wanted = None if authoriser is None else redemption_wanted(cmd, uow=uow, clock=clock)
    if authoriser is None or wanted is None:
        yield Held(cmd, None)
        return
    member_id, points = wanted
    authorisation = authoriser.reserve(new_id(), member_id, points)
    reservation = authorisation.reservation_id
    held = Held(limited(cmd, authorisation), authorisation)
    try:
        yield held
    except BaseException:
        if reservation:
            authoriser.cancel(reservation)
        raise
    if reservation and held.sale is None:
        authoriser.cancel(reservation)
    elif reservation and held.sale is not None:
        authoriser.commit(reservation, held.sale.id, held.sale.redeemed_points)


def limited(cmd: Checkout, authorisation: Authorisation) -> Checkout:
    """The checkout redeeming no more than the authorisation allows (a tighter limit stands)."""
    allowed = authorisation.points
    if allowed is None or (cmd.redeem_limit is not None and cmd.redeem_limit <= allowed):
        return cmd
    return replace(
        cmd,
        redeem_limit=allowed,
        redeem_limit_reason=authorisation.reason,
        redeem_limit_code=authorisation.code,
        redeem_limit_values=authorisation.values,
    )
