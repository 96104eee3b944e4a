"""The terminal's sync with the central server: plain Python, no Qt.

    link = enrol(db, "https://loyalty.example", code, terminal_id)   # once
    with client_for(link) as client:
        sync_once(db, client)                    # push the outbox, then pull
    worker = SyncWorker(db, client, on_status)   # or keep syncing on a background thread
    allowance = redemption_limit(db, client, member_id, now)   # before redeeming points

The protocol is described in docs/sync.md.
"""

from pos_loyalty.domain.offline_caps import Allowance, OfflineRules
from sync.client import SyncClient
from sync.enrol import enrol
from sync.errors import (
    AuthRefused,
    EnrolmentRefused,
    EpochChanged,
    NotEnrolled,
    ProtocolError,
    ServerUnreachable,
    SyncError,
    UnknownToServer,
)
from sync.link import client_for
from sync.offline import redeem_allowance, redemption_limit
from sync.worker import SyncProgress, SyncReport, SyncStatus, SyncWorker, status, sync_once

__all__ = [
    "Allowance",
    "AuthRefused",
    "EnrolmentRefused",
    "EpochChanged",
    "NotEnrolled",
    "OfflineRules",
    "ProtocolError",
    "ServerUnreachable",
    "SyncClient",
    "SyncError",
    "SyncProgress",
    "SyncReport",
    "SyncStatus",
    "SyncWorker",
    "UnknownToServer",
    "client_for",
    "enrol",
    "redeem_allowance",
    "redemption_limit",
    "status",
    "sync_once",
]
