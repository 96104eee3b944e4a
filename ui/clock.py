"""The counter's clock: the machine's local time, or a fixed time for demos and checks."""

from __future__ import annotations

import os
from datetime import datetime

NOW_ENV = "POS_LOYALTY_NOW"


def system_clock() -> datetime:
    """The current local time, timezone-aware (the store's calendar is the machine's)."""
    fixed = os.environ.get(NOW_ENV)
    if fixed:
        return datetime.fromisoformat(fixed).astimezone()
    return datetime.now().astimezone()


def real_clock() -> datetime:
    """The machine's real local time, whatever POS_LOYALTY_NOW says.

    PIN lockouts are timed with it: a caller who could set the clock could end a lockout.
    """
    return datetime.now().astimezone()
