"""Helpers for the back-office panel tests: wait for the worker, sign in through the use case."""

from __future__ import annotations

from typing import Any

from pos_loyalty.domain.staff import Staff
from pos_loyalty.services.staff import sign_in
from tests.ui.conftest import WAIT_MS, Store, clock
from ui.backoffice.context import BackOffice


def settle(qtbot: Any, context: BackOffice) -> None:
    """Wait until every task the panel gave the worker is done and its result shown."""
    qtbot.waitUntil(lambda: not context.worker.busy, timeout=WAIT_MS)


def signs_in(store: Store, name: str, pin: str) -> Staff:
    """Sign in as the counter does (the real use case over the store file)."""
    return sign_in(name, pin, uow=store.uow(), hasher=store.hasher, clock=clock)
