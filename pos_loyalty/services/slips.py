"""The slip for a sale, a refund or a reward for points, built from what was committed, and
kept for reprints.

The slip's figures are frozen at commit time (balance before and after, tier, expiring points)
and stored with the sale, so a reprint from history shows exactly what the first print showed,
marked as a copy.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pos_loyalty.domain import fields as limits
from pos_loyalty.domain.challenge_words import ChallengeLine, challenge_line
from pos_loyalty.domain.errors import InvalidInput, NotFound
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.domain.sales import Sale
from pos_loyalty.domain.slip import ExpiringPoints, Language, Slip, SlipKind, labels_for
from pos_loyalty.services.ports import UnitOfWork

if TYPE_CHECKING:
    from pos_loyalty.services.checkout import Committed
    from pos_loyalty.services.lookup import Standing
    from pos_loyalty.services.refunds import Refunded


@dataclass(frozen=True, slots=True)
class StoreHeader:
    """What the store prints on every slip."""

    name: str = ""
    """Empty when none was set: the slip then shows the word for a store in its language."""
    header_lines: tuple[str, ...] = ()
    footer: str = ""
    language: Language = "ru"
    currency: str = "₽"


def checked_header(header: StoreHeader, *, name_given: bool = False) -> StoreHeader:
    """The header as it is stored: runs of spaces made one, empty header lines left out; refuse
    a name of spaces alone, too many header lines, or text too long for a slip (the window, the
    command line and the first-run wizard all store it through here).

    A store set up without a name keeps none (its slips show the word for a store); a name
    being typed (`name_given`) must be there.
    """
    name = " ".join(header.name.split())
    if not name and (header.name or name_given):
        raise InvalidInput(
            "the store's name is empty: type the name printed on slips",
            field="store_name",
            code="store_name_blank",
        )
    lines = tuple(line.strip() for line in header.header_lines if line.strip())
    if len(lines) > limits.SLIP_LINES:
        raise InvalidInput(
            f"the slip has {len(lines)} header lines, at most {limits.SLIP_LINES} fit:"
            " join or drop some",
            field="header_lines",
            code="too_many_lines",
            count=len(lines),
            limit=limits.SLIP_LINES,
        )
    for line in lines:
        limits.check_length(line, limits.SLIP_TEXT, "header_lines")
    footer = header.footer.strip()
    return StoreHeader(
        name=limits.check_length(name, limits.STORE_NAME, "store_name"),
        header_lines=lines,
        footer=limits.check_length(footer, limits.SLIP_TEXT, "footer"),
        language=header.language,
        currency=header.currency,
    )


def slip_for_sale(done: Committed, store: StoreHeader) -> Slip | None:
    """The slip of a committed sale with a card (None for a check without a card)."""
    sale = done.sale
    if sale.card_number is None:
        return None
    after = done.standing_after
    return Slip(
        store_name=store.name,
        receipt_number=sale.receipt_no or sale.id[:8],
        issued_at=sale.created_at,
        total=sale.total,
        paid=sale.paid,
        card_last4=sale.card_number[-4:],
        discount=sale.discount,
        points_redeemed=sale.redeemed_points,
        redeemed_value=sale.redeemed_value,
        points_earned=sale.earned_points + sale.bonus_points + done.extra_bonus,
        points_pending=done.pending_after,
        balance_before=done.balance_before,
        balance_after=done.balance_after,
        tier_name=after.tier.name if after else sale.tier,
        next_tier_name=after.next_tier.name if after and after.next_tier else "",
        to_next_tier=after.to_next_tier if after else None,
        expiring=tuple(ExpiringPoints(p, d) for d, p in after.expiring) if after else (),
        membership_until=_club_until(after, sale.business_date),
        header_lines=store.header_lines,
        footer=store.footer,
        language=store.language,
        currency=store.currency,
        challenges=_challenge_lines(done),
    )


def _challenge_lines(done: Committed) -> tuple[ChallengeLine, ...]:
    """The challenges still open, and those this sale completed (not those done before it)."""
    now = {bonus.code for bonus in done.quote.challenges}
    return tuple(
        challenge_line(p) for p in done.challenges if not p.credited or p.challenge.code in now
    )


def _club_until(after: Standing | None, today: date) -> date | None:
    """The membership's end for the slip, while it runs."""
    until = after.membership_until if after else None
    return until if until is not None and until >= today else None


def slip_for_membership(sale: Sale, balance: int, store: StoreHeader) -> Slip:
    """The slip of a membership sale: the fee paid and the new end date."""
    assert sale.card_number is not None
    return Slip(
        store_name=store.name,
        receipt_number=sale.receipt_no or sale.id[:8],
        issued_at=sale.created_at,
        total=sale.total,
        paid=sale.paid,
        card_last4=sale.card_number[-4:],
        balance_before=balance,
        balance_after=balance,
        membership_until=sale.membership_until,
        header_lines=store.header_lines,
        footer=store.footer,
        language=store.language,
        currency=store.currency,
    )


def slip_for_refund(done: Refunded, balance_before: int, store: StoreHeader) -> Slip | None:
    """The slip of a refund of a sale made with a card."""
    sale, refund = done.sale, done.refund
    if sale.card_number is None or done.balance_after is None:
        return None
    return Slip(
        store_name=store.name,
        receipt_number=sale.receipt_no or sale.id[:8],
        issued_at=refund.created_at,
        total=refund.amount,
        paid=refund.money_returned,
        card_last4=sale.card_number[-4:],
        points_redeemed=refund.points_returned,
        points_earned=refund.points_reversed,
        balance_before=balance_before,
        balance_after=done.balance_after,
        header_lines=store.header_lines,
        # The store's footer thanks for a purchase; a refund slip says the refund is done.
        footer=labels_for(store.language).refund_footer,
        language=store.language,
        kind=SlipKind.REFUND,
        currency=store.currency,
    )


def slip_for_reward(
    entry: LedgerEntry,
    name: str,
    balance_before: int,
    balance_after: int,
    expiring: tuple[tuple[date, int], ...],
    store: StoreHeader | None,
) -> Slip | None:
    """The slip of a reward taken for points (`entry` its reward entry) or of its refund (`entry`
    the reversal giving the points back): no money, the reward's line and the new balance."""
    if entry.card_number is None:
        return None
    store = store or StoreHeader()
    refund = entry.kind is EntryKind.REVERSAL
    return Slip(
        store_name=store.name,
        receipt_number=entry.id[:8],
        issued_at=entry.created_at,
        total=0,
        paid=0,
        card_last4=entry.card_number[-4:],
        balance_before=balance_before,
        balance_after=balance_after,
        expiring=tuple(ExpiringPoints(p, d) for d, p in expiring),
        reward_name=name,
        reward_points=abs(entry.points),
        header_lines=store.header_lines,
        footer=labels_for(store.language).refund_footer if refund else store.footer,
        language=store.language,
        kind=SlipKind.REFUND if refund else SlipKind.REWARD,
        currency=store.currency,
    )


def slip_to_dict(slip: Slip) -> dict[str, Any]:
    """A slip as plain data, to keep with the sale."""
    out: dict[str, Any] = {}
    for f in fields(slip):
        value = getattr(slip, f.name)
        if isinstance(value, datetime | date):
            value = value.isoformat()
        elif f.name == "expiring":
            value = [[item.points, item.on.isoformat()] for item in value]
        elif f.name == "challenges":
            value = [list(line) for line in value]
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, SlipKind):
            value = value.value
        out[f.name] = value
    return out


def slip_from_dict(data: dict[str, Any]) -> Slip:
    """Read back a slip kept by `slip_to_dict`."""
    values = dict(data)
    values["issued_at"] = datetime.fromisoformat(values["issued_at"])
    values["expiring"] = tuple(
        ExpiringPoints(int(p), date.fromisoformat(d)) for p, d in values.get("expiring", [])
    )
    values["header_lines"] = tuple(values.get("header_lines", ()))
    values["challenges"] = tuple(ChallengeLine(*line) for line in values.get("challenges", []))
    values["kind"] = SlipKind(values.get("kind", "sale"))
    until = values.get("membership_until")
    values["membership_until"] = date.fromisoformat(until) if until else None
    return Slip(**values)


def keep(uow: UnitOfWork, slip_id: str, sale_id: str, slip: Slip) -> None:
    """Keep a slip with its sale, in the caller's transaction."""
    uow.slips.add(slip_id, sale_id, slip_to_dict(slip))


def reprint(slip_id: str, *, uow: UnitOfWork) -> Slip:
    """The slip of a past sale (or refund) as first printed, marked as a copy."""
    with uow.read_only():
        data = uow.slips.get(slip_id)
    if data is None:
        raise NotFound(
            f"no slip was kept for {slip_id}: check the sale id in the history",
            code="slip_unknown",
            sale=slip_id,
        )
    return slip_from_dict(data).as_copy()
