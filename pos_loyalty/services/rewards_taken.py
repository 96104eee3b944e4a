"""The rewards a member took and may still give back: the counter's and the back office's list.

A reward taken is a `reward` ledger entry that no reversal refers to yet (`refund_reward`
gives it back once). The counter lists the member's rewards of the last `RECENT_DAYS` days,
today included, newest first, with those taken on records since merged into the member (a
give-back returns the points to the member who holds them now); each carries its points'
value in money, which is what the refund limit of the approval policy is compared with (points
x `point_value` of the programme in force, as `refund_reward` reckons it), so a window can ask
a manager first.

The list reads the member's newest entries a page at a time and stops at the first page with
nothing of the window in it: entries are read in the order this terminal wrote or received
them, so one from another terminal received late still counts while its neighbours do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from pos_loyalty.domain.approvals import Limits
from pos_loyalty.domain.errors import NotAllowed, NotFound
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.programme import Programme
from pos_loyalty.services.authority import approval_limits
from pos_loyalty.services.lookup import require_programme
from pos_loyalty.services.merge import records_of
from pos_loyalty.services.ports import UnitOfWork

RECENT_DAYS = 30
"""How far back the counter lists rewards taken: today and the 29 days before."""

PAGE = 100


@dataclass(frozen=True, slots=True)
class RewardTaken:
    """A reward the member took and has not given back: its entry, name and points' value."""

    entry: LedgerEntry
    name: str
    value: Minor
    """The points' value in money (minor units): what the refund limit is compared with."""

    @property
    def points(self) -> int:
        """The points the reward cost, which a give-back returns."""
        return -self.entry.points


@dataclass(frozen=True, slots=True)
class GiveBack:
    """A reward that can be given back now, and the approval limits it will be held to."""

    taken: RewardTaken
    limits: Limits


def taken_recently(
    uow: UnitOfWork, member_id: str, today: date, days: int = RECENT_DAYS
) -> tuple[RewardTaken, ...]:
    """The member's rewards of the last `days` days not given back, newest first (inside a
    transaction)."""
    first, programme = today - timedelta(days=days - 1), require_programme(uow)
    records = records_of(uow, member_id)
    found = [t for m in records for t in _taken_by(uow, programme, m, first)]
    if len(records) > 1:  # a record merged in: its rewards among the member's, by time
        found.sort(key=lambda t: t.entry.created_at, reverse=True)
    return tuple(found)


def _taken_by(
    uow: UnitOfWork, programme: Programme, member_id: str, first: date
) -> list[RewardTaken]:
    """One member record's rewards since `first` not given back, newest first."""
    found: list[RewardTaken] = []
    offset = 0
    while True:
        page = uow.ledger.newest_of_member(member_id, offset, PAGE)
        recent = [e for e in page if e.business_date >= first]
        found.extend(
            taken_of(uow, programme, e)
            for e in recent
            if e.kind == EntryKind.REWARD and uow.ledger.reversal_of(e.id) is None
        )
        if len(page) < PAGE or not recent:
            return found
        offset += PAGE


def give_back_check(entry_id: str, *, uow: UnitOfWork) -> GiveBack:
    """The reward of `entry_id` as a give-back would find it, refused as `refund_reward` would
    refuse it (no such reward, or given back already), with the approval limits in force."""
    with uow.read_only():
        given = refundable(uow, entry_id)
        return GiveBack(taken_of(uow, require_programme(uow), given), approval_limits(uow))


def taken_of(uow: UnitOfWork, programme: Programme, given: LedgerEntry) -> RewardTaken:
    """The reward of this entry with its name and its points' value under `programme`."""
    return RewardTaken(
        given, reward_name(uow, programme, given), -given.points * programme.point_value
    )


def refundable(uow: UnitOfWork, entry_id: str) -> LedgerEntry:
    """The reward entry `entry_id`; refused if there is none or it was given back already."""
    given = uow.ledger.get(entry_id)
    if given is None or given.kind != EntryKind.REWARD:
        raise NotFound(
            f"no reward was given with entry {entry_id}: check the entry id in the history",
            code="reward_entry_unknown",
            entry=entry_id,
        )
    if uow.ledger.reversal_of(given.id) is not None:
        raise NotAllowed(
            f"the reward of entry {entry_id} was already refunded: its points are back",
            code="reward_already_refunded",
            entry=entry_id,
        )
    return given


def reward_name(uow: UnitOfWork, programme: Programme, given: LedgerEntry) -> str:
    """The reward's name in the version in force, else in the version it was given under."""
    reward_id = given.refers_to or ""
    found = programme.reward(reward_id)
    if found is None:
        then = uow.programmes.get(given.programme_version)
        found = then.reward(reward_id) if then is not None else None
    return found.name if found is not None else reward_id
