"""The till takes back lines of a sold check, whole or a part of their quantity.

The lines' figures are the ones the sale was split into (`sale_shares`), a part of a line its
share by quantity (domain.line_returns), and the refund is recorded by those very figures
(`record_goods_refund`): the money the customer paid for them, the points they earned, the
points that paid for them. So the till's `lines_paid` and the recorded `money_returned` are one
figure, and a line excluded from the discount comes back at its full price with no points.
What of each line has come back is kept with the check, in the same transaction as the refund.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from pos_loyalty.domain.errors import Conflict, InvalidInput
from pos_loyalty.domain.line_returns import ReturnedLine, return_part
from pos_loyalty.domain.line_split import LineShare, returned_share
from pos_loyalty.domain.refunds import ReturnedGoods
from pos_loyalty.domain.till_checks import LineReturn, TillRecord, TillState
from pos_loyalty.services.ports import Clock
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.refunds import Refunded, record_goods_refund
from pos_loyalty.services.slips import StoreHeader
from pos_loyalty.services.till import TillUnitOfWork, kept_check, sale_shares

__all__ = ["LineReturn", "TillRefund", "refund_till_lines"]

REASON = "till: lines returned"


@dataclass(frozen=True, slots=True)
class TillRefund:
    """A refund of some lines: each part's figures as split at the sale, and the refund made."""

    lines: tuple[LineReturn, ...]
    shares: tuple[LineShare, ...]
    """The figures of each returned part, in the order of `lines`."""
    quantities: tuple[str, ...]
    """The quantity of each part ("" for a line whose quantity is not a number)."""
    returned: LineShare
    """All the parts together."""
    refunded: Refunded
    record: TillRecord
    """The check as kept after the refund (what of each line has come back)."""


def refund_till_lines(
    check_id: str,
    lines: tuple[LineReturn, ...],
    *,
    uow: TillUnitOfWork,
    clock: Clock,
    actor: Actor,
    approved_by: str = "",
    store: StoreHeader | None = None,
) -> TillRefund:
    """Refund lines (numbered from 1) of a confirmed till check, whole or a part of each."""
    with uow:
        kept = kept_check(uow, check_id)
        if kept.state != TillState.CONFIRMED or kept.sale_id is None:
            raise Conflict(
                f"the check {check_id} was not sold ({kept.state.value}): nothing to refund",
                code="till_check_not_sold",
                check=check_id,
            )
        _require_open_lines(kept, lines)
        sale = uow.sales.get(kept.sale_id)
        assert sale is not None  # recorded in the same transaction as the check
        shares = sale_shares(uow, sale)
        parts, quantities, after = _parts(kept, shares, lines)
        back = returned_share(parts, range(len(parts)))
        goods = ReturnedGoods(back.amount, back.paid, back.earned, back.redeemed)
        done = record_goods_refund(
            sale.id,
            goods,
            REASON,
            uow=uow,
            clock=clock,
            actor=actor,
            store=store,
            approved_by=approved_by,
        )
        kept = replace(kept, returned=after, updated_at=clock())
        uow.till_checks.put(kept)
        uow.commit()
    return TillRefund(lines, parts, quantities, back, done, kept)


def _parts(
    kept: TillRecord, shares: tuple[LineShare, ...], lines: tuple[LineReturn, ...]
) -> tuple[tuple[LineShare, ...], tuple[str, ...], tuple[ReturnedLine, ...]]:
    """Each part's figures and quantity, and what of every line has come back once they have."""
    returned = {x.index: x for x in kept.returned}
    parts, quantities = [], []
    for asked in lines:
        i = asked.line - 1
        before = returned.get(i)
        part, returned[i] = return_part(
            shares[i], kept.check.lines[i].quantity, before, asked.quantity, index=i
        )
        parts.append(part)
        moved = returned[i].quantity - (before.quantity if before else 0)
        quantities.append(str(moved) if moved else "")
    return tuple(parts), tuple(quantities), tuple(returned[i] for i in sorted(returned))


def _require_open_lines(kept: TillRecord, lines: tuple[LineReturn, ...]) -> None:
    count = len(kept.check.lines)
    if not lines:
        raise InvalidInput("no lines to refund: name the lines returned", code="till_no_lines")
    numbers = [x.line for x in lines]
    if any(not 1 <= n <= count for n in numbers) or len(set(numbers)) != len(numbers):
        raise InvalidInput(
            f"lines {numbers}: give each returned line once, numbered 1 to {count}",
            code="till_line_unknown",
        )
    again = sorted(n for n in numbers if n - 1 in kept.whole_lines_returned)
    if again:
        raise Conflict(
            f"lines {again} of the check {kept.check.check_id} were already refunded in full",
            code="till_line_refunded",
            check=kept.check.check_id,
        )
