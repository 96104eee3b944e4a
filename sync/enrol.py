"""Enrolling a terminal: exchange the operator's one-time code for this terminal's token."""

from __future__ import annotations

from datetime import UTC, datetime

from db import Database
from db.repositories.sync_state import SqlAlchemySyncState, SyncLink
from sync import card_numbers
from sync import link as links
from sync.client import SyncClient
from sync.errors import SyncError


def enrol(
    db: Database,
    server_url: str,
    code: str,
    terminal_id: str,
    *,
    ca_file: str | None = None,
    client: SyncClient | None = None,
) -> SyncLink:
    """Enrol this terminal (its ledger id stays) and store the token in the local database.

    Enrolling with another server (another epoch) sends the whole outbox again there. The
    answer carries the terminal's first block of card numbers and the key of its audit chain,
    which keys the records written from now on. Then the terminal shows the server the blocks
    it holds: enrolled again (after a restore that lost its enrolment), it may hold blocks the
    server lost, and until it shows them the server gives nobody a new block.
    """
    own = client is None
    client = client or SyncClient(server_url, ca_file=ca_file)
    try:
        answer = client.enrol(code.strip(), terminal_id)
    finally:
        if own:
            client.close()
    before = links.read(db, lambda s: s.link())
    link = SyncLink(
        server_url=server_url.rstrip("/"),
        token=str(answer["token"]),
        terminal_id=str(answer["terminal_id"]),
        store=str(answer["store"]),
        epoch=str(answer["epoch"]),
        enrolled_at=datetime.now(UTC),
        ca_file=ca_file,
    )

    blocks = card_numbers.blocks_in(answer)
    key = bytes.fromhex(str(answer.get("audit_key") or ""))

    def store(state: SqlAlchemySyncState) -> None:
        state.enrol(link)
        state.add_card_blocks(blocks)
        if key:
            state.add_audit_key(key, link.enrolled_at, link.terminal_id)
        if before is not None and before.epoch != link.epoch:
            state.requeue_outbox()
        state.log(
            "info", f"enrolled with {link.server_url} as {link.terminal_id}", link.enrolled_at
        )

    links.write(db, store)
    _show_blocks(db, link)
    return link


def _show_blocks(db: Database, link: SyncLink) -> None:
    """Show the server this terminal's blocks; if that fails, the next request for a block
    shows them (the enrolment itself stands)."""
    try:
        with links.client_for(link) as client:
            card_numbers.reclaim(db, client)
    except SyncError as exc:
        message = f"the server has not seen this terminal's card numbers yet: {exc}"
        links.log(db, "warning", message, datetime.now(UTC))
