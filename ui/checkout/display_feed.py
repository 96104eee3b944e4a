"""What the customer display shows, always the counter's current state, never an older one.

The session tells the feed each time the state changes: a member read or the amount cleared
(the first name and the balance), a quote or a recorded sale (discount, points, new balance), a
refund or a void (the money given back and the points), Esc (nothing). Each update is numbered
here, on the GUI thread, and `CounterDevices.show_on_display` skips one that arrives after a
newer one was shown, so a slow update cannot bring back figures that no longer hold.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from devices import refund_lines, sale_lines
from pos_loyalty.services.lookup import MemberView
from pos_loyalty.services.refunds import Refunded
from ui.checkout.counter_devices import CounterDevices
from ui.worker import Worker

Lines = tuple[str, str]


class DisplayFeed:
    """Turns the counter's state into customer-display updates, run on the worker in order."""

    def __init__(
        self,
        worker: Worker,
        devices: CounterDevices,
        language: Callable[[], str],
        on_shown: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        self._worker, self._devices, self._language = worker, devices, language
        self._on_shown, self._on_failed = on_shown, on_failed

    def blank(self) -> None:
        """Show nothing (the next customer, a check without a card)."""
        self._send(None)

    def member(self, view: MemberView | None) -> None:
        """Show the member's first name and balance, or nothing if there is no usable card."""
        if view is None or view.member is None or view.standing is None or not view.can_transact:
            self._send(None)
            return
        self.sale(view.member.first_name, 0, 0, view.standing.balance)

    def sale(self, first_name: str, discount: int, earned: int, balance: int) -> None:
        """Show a quote or a recorded sale: name, discount, points earned, new balance."""
        width, language = self._devices.display_width, self._language()
        lines = sale_lines(first_name, discount, earned, balance, language=language, width=width)
        self._send(lines)

    def refund(self, done: Refunded) -> None:
        """Show a refund or a void: the money given back, the points and the balance after."""
        r = done.refund
        self._send(
            refund_lines(
                r.money_returned,
                r.points_returned - r.points_reversed,
                done.balance_after,
                void=r.is_void,
                language=self._language(),
                width=self._devices.display_width,
            )
        )

    def _send(self, lines: Lines | None) -> None:
        devices = self._devices
        update = devices.next_display_update()
        self._worker.submit(
            lambda: devices.show_on_display(update, lines),
            self._on_shown,
            self._on_failed,
            channel="display",
        )
