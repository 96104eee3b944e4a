"""A child process that commits checkouts in a loop until it is killed (crash-safety test)."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from db import open_database
from pos_loyalty.domain.checkout import MAX, CheckLine
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.posting import Actor


def main(path: str, cards: list[str]) -> None:
    db = open_database(Path(path))
    actor = Actor("CRASH-T", "worker")
    start = datetime(2026, 5, 1, 10, tzinfo=timezone(timedelta(hours=3)))
    i = 0
    while True:
        now = start + timedelta(minutes=i)
        card = cards[i % len(cards)]
        redeem = MAX if i % 3 == 0 else None
        lines = (CheckLine(50_000 + (i * 137) % 90_000), CheckLine(20_000, "tobacco"))
        commit_checkout(
            Checkout(card, lines, redeem, f"R{i}"),
            uow=db.uow(),
            clock=lambda now=now: now,
            actor=actor,
        )
        if i == 0:
            print("started", flush=True)
        i += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
