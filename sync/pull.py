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
from pos_loyalty.domain.cards import Card, CardState, CardType
from pos_loyalty.domain.staff import Role, Staff
from pos_loyalty.services.payloads import entry_from_dict
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


def card_from(data: dict[str, Any]) -> Card:
    """A pulled card."""
    return Card(
        number=data["number"],
        card_type=CardType(data["type"]),
        state=CardState(data["state"]),
        member_id=data["member_id"],
        replaced_by=data["replaced_by"],
        block_reason=data["block_reason"],
    )


def spend_from(data: dict[str, Any]) -> tuple[str, date, str, int]:
    """A member's spend on a day at another terminal: (member, day, terminal, amount)."""
    amount = data["amount"]
    if not isinstance(amount, int):
        raise ProtocolError(f"the server sent a spend amount that is not whole: {amount!r}")
    return (
        str(data["member_id"]),
        date.fromisoformat(data["day"]),
        str(data["terminal_id"]),
        amount,
    )


def staff_from(data: dict[str, Any]) -> Staff:
    """A pulled staff account."""
    return Staff(
        data["id"], data["name"], Role(data["role"]), data["pin_hash"], active=data["active"]
    )


def apply_page(state: SqlAlchemySyncState, replica: SqlAlchemyReplica, page: dict[str, Any]) -> int:
    """Store one page and its cursor in the caller's transaction; return the changes applied."""
    held_members, held_cards = replica.pending_keys()
    members = page["members"]
    # An erasure is applied even over unsent local changes: they will be refused anyway.
    replica.put_member_rows(
        [
            pulled_member_row(m)
            for m in members
            if str(m["id"]) not in held_members or m.get("erased_at")
        ]
    )
    clashes = replica.put_staff([staff_from(s) for s in page["staff"]])
    replica.put_programmes([(int(p["version"]), p["data"]) for p in page["programmes"]])
    cards = [card_from(c) for c in page["cards"]]
    replica.put_cards([c for c in cards if c.number not in held_cards])
    entries = [entry_from_dict(e) for e in page["entries"]]
    replica.rebuild_wallets(replica.add_entries(entries))
    spend = [spend_from(s) for s in page.get("spend", [])]
    replica.put_chain_spend(spend)
    now = datetime.now(UTC)
    for name in clashes:
        state.log("warning", f"staff '{name}' from the server clashes with a local account", now)
    state.change(cursor=page["cursor"], epoch=page["epoch"])
    shared = len(page["staff"]) + len(page["programmes"]) + len(spend)
    return len(members) + len(cards) + len(entries) + shared


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
        pending = fetcher.submit(client.pull, cursor, page_size)
        for _ in range(MAX_PAGES):
            try:
                page = pending.result()
            except EpochChanged:
                if report.epoch_changed:
                    raise ProtocolError("the server changed its epoch twice in one pull") from None
                _restart(db)
                report.epoch_changed = True
                pending = fetcher.submit(client.pull, None, page_size)
                continue
            if page["more"]:
                pending = fetcher.submit(client.pull, page["cursor"], page_size)
            _store(db, page, report)
            if progress is not None:
                progress(report.changes)
            if not page["more"]:
                break
    return report


def _store(db: Database, page: dict[str, Any], report: PullReport) -> None:
    uow = db.uow()
    with uow:
        state = SqlAlchemySyncState(uow.connection)
        report.changes += apply_page(state, SqlAlchemyReplica(uow.connection), page)
        uow.commit()
    report.pages += 1
    report.entries += len(page["entries"])


def _restart(db: Database) -> None:
    now = datetime.now(UTC)

    def restart(state: SqlAlchemySyncState) -> None:
        count = state.requeue_outbox()
        state.change(cursor=None)
        state.log("warning", f"the server was restored: full resync, resending {count}", now)

    links.write(db, restart)
