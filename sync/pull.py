"""Pull: fetch pages of changes and apply each page, with its cursor, in one transaction.

Members, staff, programmes and cards are stored as the server has them (see
`db.repositories.replica` for what local changes are protected); ledger entries of other
terminals are inserted and the wallets they touch rebuilt, so the balance at the counter is the
server's plus this terminal's entries not acknowledged yet. What members spent at other
terminals (per day) is kept beside the local spend, for the tiers. A cursor of an earlier server
epoch (a restore) restarts the pull from the beginning and queues the outbox again.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from db import Database
from db.repositories.replica import SqlAlchemyReplica, pulled_member_row
from db.repositories.sync_state import SqlAlchemySyncState
from pos_loyalty.wire import WireError, check, decode
from pos_loyalty.wire.pull import PulledMember, PullPage
from sync import link as links
from sync.client import SyncClient
from sync.errors import EpochChanged, ProtocolError

PAGE = 10_000
MAX_PAGES = 100_000
PageProgress = Callable[[int], None]
"""Called with the number of changes applied so far."""


@dataclass
class PullReport:
    """What a pull did."""

    pages: int = 0
    changes: int = 0
    entries: int = 0
    epoch_changed: bool = False


@dataclass(frozen=True, slots=True)
class ReadPage:
    """A page read and checked: its members stay the plain data they came as (by the
    thousand, they are stored in that form), every other change is read into the core's
    types."""

    page: PullPage
    members: list[dict[str, Any]]


def read_page(data: dict[str, Any]) -> ReadPage:
    """Check a page against its declaration (`pos_loyalty.wire.pull`); ProtocolError if it
    is not one."""
    members = data.get("members")
    listed = members if isinstance(members, list) else None
    try:
        page = decode(PullPage, data if listed is None else {**data, "members": []})
        for index, member in enumerate(listed or []):
            check(PulledMember, member, at=("members", index))
    except WireError as exc:
        raise ProtocolError(f"the server sent a page that is not a PullPage: {exc}") from None
    return ReadPage(page, listed or [])


def apply_page(state: SqlAlchemySyncState, replica: SqlAlchemyReplica, read: ReadPage) -> int:
    """Store one page and its cursor in the caller's transaction; return the changes applied."""
    page = read.page
    held_members, held_cards = replica.pending_keys()
    # An erasure is applied even over unsent local changes: they will be refused anyway.
    replica.put_member_rows(
        [
            pulled_member_row(m)
            for m in read.members
            if str(m["id"]) not in held_members or m.get("erased_at")
        ]
    )
    clashes = replica.put_staff([s.staff() for s in page.staff])
    replica.put_programmes([(p.version, p.data) for p in page.programmes])
    cards = [c.card() for c in page.cards]
    replica.put_cards([c for c in cards if c.number not in held_cards])
    entries = [e.entry() for e in page.entries]
    replica.rebuild_wallets(replica.add_entries(entries))
    spend: list[tuple[str, date, str, int]] = [
        (s.member_id, s.day, s.terminal_id, s.amount) for s in page.spend
    ]
    replica.put_chain_spend(spend)
    now = datetime.now(UTC)
    for name in clashes:
        state.log("warning", f"staff '{name}' from the server clashes with a local account", now)
    state.change(cursor=page.cursor, epoch=page.epoch)
    shared = len(page.staff) + len(page.programmes) + len(spend)
    return len(read.members) + len(cards) + len(entries) + shared


def pull_changes(
    db: Database, client: SyncClient, *, page_size: int = PAGE, progress: PageProgress | None = None
) -> PullReport:
    """Fetch and apply pages until the server has nothing more.

    The next page is fetched while the current one is being stored (its cursor is known), so
    the server's work and the terminal's overlap; pages are still applied strictly in order.
    """
    report = PullReport()
    cursor = links.current(db).cursor
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull") as fetcher:
        pending = fetcher.submit(_fetch, client, cursor, page_size)
        for _ in range(MAX_PAGES):
            try:
                read = pending.result()
            except EpochChanged:
                if report.epoch_changed:
                    raise ProtocolError("the server changed its epoch twice in one pull") from None
                _restart(db)
                report.epoch_changed = True
                pending = fetcher.submit(_fetch, client, None, page_size)
                continue
            if read.page.more:
                pending = fetcher.submit(_fetch, client, read.page.cursor, page_size)
            _store(db, read, report)
            if progress is not None:
                progress(report.changes)
            if not read.page.more:
                break
    return report


def _fetch(client: SyncClient, cursor: str | None, limit: int) -> ReadPage:
    """Fetch a page and check it (on the fetching thread, beside the storing of the last)."""
    return read_page(client.pull(cursor, limit))


def _store(db: Database, read: ReadPage, report: PullReport) -> None:
    uow = db.uow()
    with uow:
        state = SqlAlchemySyncState(uow.connection)
        report.changes += apply_page(state, SqlAlchemyReplica(uow.connection), read)
        uow.commit()
    report.pages += 1
    report.entries += len(read.page.entries)


def _restart(db: Database) -> None:
    now = datetime.now(UTC)

    def restart(state: SqlAlchemySyncState) -> None:
        count = state.requeue_outbox()
        state.change(cursor=None)
        state.log("warning", f"the server was restored: full resync, resending {count}", now)

    links.write(db, restart)
