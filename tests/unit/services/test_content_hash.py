"""An entry's content hash and stored JSON, written by orjson, are the bytes they always were.

Receipts on the server and the terminals' ledger heads hold hashes made with the standard
library's encoder; a re-sent entry must hash the same or it would be taken for a conflict.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.services.evidence import content_hash
from pos_loyalty.services.payloads import entry_to_dict

# Any text a field may hold: Cyrillic, control characters, quotes, backslashes, U+2028, emoji.
_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)
_IDS = st.uuids().map(str)
_DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
_INSTANTS = st.builds(
    lambda at, minutes: at.replace(tzinfo=timezone(timedelta(minutes=minutes))),
    st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2099, 12, 30)),
    st.integers(min_value=-14 * 60, max_value=14 * 60),
)
_ENTRIES = st.builds(
    LedgerEntry,
    id=_IDS,
    terminal_id=st.from_regex(r"\A[A-Z0-9-]{1,20}\Z"),
    seq=st.integers(min_value=1, max_value=2**53),
    member_id=_IDS,
    kind=st.sampled_from(EntryKind),
    points=st.integers(min_value=-(10**12), max_value=10**12),
    business_date=_DAYS,
    created_at=_INSTANTS,
    staff_id=_TEXT,
    programme_version=st.integers(min_value=0, max_value=10**6),
    card_number=st.none() | st.from_regex(r"\A[0-9]{13}\Z"),
    sale_id=st.none() | _IDS,
    refers_to=st.none() | _IDS,
    active_from=st.none() | _DAYS,
    expires_on=st.none() | _DAYS,
    reason=_TEXT,
)


def _standard_hash(entry: LedgerEntry) -> str:
    """The hash as the standard library's encoder made it before orjson."""
    data = entry_to_dict(entry)
    data["created_at"] = entry.created_at.astimezone(UTC).isoformat(timespec="microseconds")
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


@settings(max_examples=300)
@given(_ENTRIES)
def test_the_content_hash_is_the_standard_encoders(entry: LedgerEntry) -> None:
    assert content_hash(entry) == _standard_hash(entry)
    assert content_hash(entry, entry_to_dict(entry)) == _standard_hash(entry)


def test_the_hash_ignores_the_offset_the_time_was_sent_with() -> None:
    moscow = timezone(timedelta(hours=3))
    at = datetime(2026, 11, 1, 12, 0, tzinfo=moscow)
    entry = LedgerEntry(
        id="8c3d7a4e-0a61-4b8e-9a43-5f1f0c2d9e11",
        terminal_id="T-1",
        seq=1,
        member_id="1b0e6a9d-3c1f-4f0c-8f7b-2a7b8f6c5d40",
        kind=EntryKind.EARN,
        points=120,
        business_date=date(2026, 11, 1),
        created_at=at,
        reason="Покупка «Ромашка»\n\t\\",
    )
    same_in_utc = replace(entry, created_at=at.astimezone(UTC))
    assert content_hash(entry) == content_hash(same_in_utc) == _standard_hash(entry)
    later = replace(entry, created_at=at + timedelta(microseconds=1))
    assert content_hash(later) != content_hash(entry)
