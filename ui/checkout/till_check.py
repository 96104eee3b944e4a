"""The check the shop's till has open, as the counter holds it: the figures are the core's.

The till API runs on its own thread. It calls `tell` with what happened (a `Calculation`, a
`Confirmed` sale, a cancelled `TillRecord`), and `tell` only emits a queued signal: everything
else here runs on the GUI thread, and no widget is touched from the server's thread. The card
scanned and the points chosen at the counter go to the core's `choose_at_counter` on the worker;
what comes back is what the till will confirm.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QObject, Qt, Signal

from pos_loyalty.domain.checkout import CheckLine, RedeemRequest
from pos_loyalty.domain.till_checks import TillRecord
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.till import Calculation, Confirmed, RedeemLimit, TillUnitOfWork
from pos_loyalty.services.till_counter import choose_at_counter
from ui.worker import Worker


class TillCheckAtCounter(QObject):
    """The till's open check at the counter (none while nothing is shown)."""

    _told = Signal(object)
    arrived = Signal(object)
    """A `Calculation` the till asked for: a new check, or the shown one again."""
    calculated = Signal(object)
    """A `Calculation` of the shown check with the counter's card and points."""
    refused = Signal(object)
    """The exception the core raised for the counter's choice."""
    sold = Signal(object)
    """The `Confirmed` sale of the shown check: it is no longer shown."""
    cancelled = Signal(object)
    """The `TillRecord` of the shown check, cancelled at the till: it is no longer shown."""
    dismissed = Signal(str)
    """The check id the cashier stopped showing (Esc): the till still has it."""

    def __init__(
        self,
        worker: Worker,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        parent: QObject | None = None,
        *,
        limit: RedeemLimit | None = None,
    ) -> None:
        """`limit`: the counter's redemption allowance (the server's balance, offline caps)."""
        super().__init__(parent)
        self._worker, self._uow, self._clock, self._limit = worker, uow_factory, clock, limit
        self.current: Calculation | None = None
        self._writing = False
        self._wanted: tuple[str | None, RedeemRequest] | None = None
        self._told.connect(self._on_told, Qt.ConnectionType.QueuedConnection)

    @property
    def is_open(self) -> bool:
        """A till check is shown at the counter."""
        return self.current is not None

    @property
    def lines(self) -> tuple[CheckLine, ...]:
        """The shown check's lines as the checkout maths sees them."""
        return self.current.check.check_lines if self.current is not None else ()

    def tell(self, news: object) -> None:
        """Hand the till API's news to the GUI thread (called on the server's thread)."""
        with contextlib.suppress(RuntimeError):  # the window closed while the till called
            self._told.emit(news)

    def _on_told(self, news: object) -> None:
        if isinstance(news, Calculation):
            self.current = news
            self.arrived.emit(news)
            return
        if isinstance(news, Confirmed):
            closing, check_id = self.sold, news.record.check.check_id
        elif isinstance(news, TillRecord):
            closing, check_id = self.cancelled, news.check.check_id
        else:
            return
        if self.current is None or self.current.check.check_id != check_id:
            return  # not shown (dismissed, or another check): the counter goes on as it was
        self.current = None
        closing.emit(news)

    def choose(self, card_number: str | None, redeem: RedeemRequest) -> None:
        """Put the counter's card and points on the shown check; `calculated` tells the result.

        One choice is written at a time (the core refuses a choice made over a check that
        changed meanwhile, the counter's own included): a newer one waits for it, older ones
        waiting are dropped.
        """
        shown = self.current
        if shown is None:
            return
        wanted = (card_number, redeem if card_number else None)
        if self._writing:
            self._wanted = wanted
            return
        check = shown.check
        if wanted == (check.card_number, check.redeem):
            self.calculated.emit(shown)  # already so: nothing to write
            return
        check_id, clock = check.check_id, self._clock

        def task() -> Calculation:
            uow = cast(TillUnitOfWork, self._uow())  # the store's keeps the till's checks
            return choose_at_counter(check_id, *wanted, uow=uow, clock=clock, limit=self._limit)

        self._writing = True
        self._worker.submit(task, self._on_chosen, self._on_refused)

    def _on_chosen(self, done: Calculation) -> None:
        self._writing = False
        shown = self.current
        if shown is not None and shown.check.lines == done.check.lines:
            self.current = done  # else closed, dismissed or sent again by the till meanwhile
        if not self._choose_wanted() and self.current is done:
            self.calculated.emit(done)

    def _on_refused(self, exc: BaseException) -> None:
        self._writing = False
        if self._choose_wanted() or getattr(exc, "code", "") == "till_check_moved":
            return  # the till sent it again: its check arrives, and the choice is made again
        self.refused.emit(exc)

    def _choose_wanted(self) -> bool:
        """Write the choice that waited for the one just written (False: none waited)."""
        wanted, self._wanted = self._wanted, None
        if wanted is None:
            return False
        self.choose(*wanted)
        return True

    def dismiss(self) -> None:
        """Stop showing the till's check (Esc); nothing is cancelled at the till."""
        shown, self.current = self.current, None
        if shown is not None:
            self.dismissed.emit(shown.check.check_id)
