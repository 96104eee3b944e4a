"""How long each text field may be: one limit shared by the counter and the central server.

The counter refuses an over-long value when it is typed (the use cases call `check_length`,
so the window, the command line and an import all refuse it alike); the server's request
schemas use the same numbers. So nothing the counter accepts is refused later by the server,
where it would wait in the outbox for good.

Lengths count characters (Python `len`), as the databases do. A phone is limited in its
stored form (digits only, see `members.validate_phone`).
"""

from __future__ import annotations

from pos_loyalty.domain.errors import InvalidInput

NAME = 200
"""A member's name."""
PHONE = 20
"""A phone as stored: its digits (`validate_phone` keeps 7 to 15 of them)."""
EMAIL = 254
"""An e-mail address (the longest one RFC 5321 lets through)."""
RECEIPT_NO = 64
"""The main till's receipt number, as typed or scanned at the counter."""
REASON = 2000
"""A reason typed by staff: refunds, adjustments, blocked cards."""
CATEGORY = 64
"""A check line's category."""
TIER = 64
"""A tier's name in a programme."""
STAFF_ID = 64
"""A staff account's id, as written in entries and sales."""
CARD_NUMBER = 13
"""An EAN-13 card number."""
STORE_NAME = 100
"""The store's name at the head of every slip."""
SLIP_TEXT = 200
"""One of the slip's header lines, or its footer."""
SLIP_LINES = 10
"""How many header lines a slip has at most."""

PUSH_BODY_BYTES = 8 * 1024 * 1024
"""The largest batch a terminal sends and the server reads (`POST /push`)."""
BODY_BYTES = 1024 * 1024
"""The largest body of any other request to the server."""

LABELS = {
    "name": "the name",
    "email": "the e-mail",
    "receipt_no": "the receipt number",
    "reason": "the reason",
    "category": "the category",
    "tier": "the tier's name",
    "store_name": "the store's name",
    "header_lines": "a header line",
    "footer": "the footer",
}


def check_length(value: str, limit: int, field: str) -> str:
    """Return `value` if it fits in `limit` characters; refuse it with what to do otherwise."""
    if len(value) <= limit:
        return value
    what = LABELS.get(field, field)
    raise InvalidInput(
        f"{what} is {len(value)} characters long, at most {limit} fit: shorten it",
        field=field,
        code="text_too_long",
        length=len(value),
        limit=limit,
    )
