"""The pull cursor: opaque to terminals, it carries the epoch and a change-log position."""

from __future__ import annotations

import base64
import binascii
import json

from server.errors import BadCursor, EpochChanged


def encode(epoch: str, position: tuple[int, int]) -> str:
    """Make the cursor a terminal passes back to continue after `position`."""
    data = json.dumps({"e": epoch, "x": position[0], "i": position[1]}, separators=(",", ":"))
    return base64.urlsafe_b64encode(data.encode()).decode().rstrip("=")


def decode(cursor: str | None, epoch: str) -> tuple[int, int]:
    """Return the position a cursor stands for; refuse a damaged one or one of another epoch."""
    if not cursor:
        return (0, 0)
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        their_epoch, xid, row_id = data["e"], data["x"], data["i"]
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise BadCursor() from None
    if not (isinstance(xid, int) and isinstance(row_id, int) and isinstance(their_epoch, str)):
        raise BadCursor()
    if not (0 <= xid < 2**63 and 0 <= row_id < 2**63):
        raise BadCursor()
    if their_epoch != epoch:
        raise EpochChanged()
    return (xid, row_id)
