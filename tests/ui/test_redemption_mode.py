"""The counter reserves redeemed points through its authoriser and says which mode it is in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt

from pos_loyalty.domain.reservations import Authorisation
from pos_loyalty.services.checkout import Checkout
from tests.device_doubles import FakeSerialDevice
from tests.ui.conftest import WAIT_MS, Store, scan, type_amount, use_serial_scanner
from ui.checkout.window import CheckoutWindow


class FakeAuthoriser:
    """Grants `granted` points online (or, with `online` False, applies a cap of that many)."""

    def __init__(self, granted: int, online: bool = True) -> None:
        self.granted, self.online = granted, online
        self.calls: list[tuple[str, ...]] = []

    def reserve(self, reservation_id: str, member_id: str, points: int) -> Authorisation:
        self.calls.append(("reserve", reservation_id, str(points)))
        reason = "online: reserved" if self.online else "offline: at most so many"
        rid = reservation_id if self.online else ""
        return Authorisation(self.granted, reason, self.online, reservation_id=rid)

    def commit(self, reservation_id: str, sale_id: str, points: int) -> None:
        self.calls.append(("commit", reservation_id, str(points)))

    def cancel(self, reservation_id: str) -> None:
        self.calls.append(("cancel", reservation_id))


def _redeem_max(qtbot: Any, window: CheckoutWindow, device: FakeSerialDevice, card: str) -> None:
    scan(qtbot, window, device, card)
    type_amount(qtbot, window, "1000.00")
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: window.session.quote is not None, timeout=WAIT_MS)
    qtbot.keyClick(window.quote_panel.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Sale recorded" in window.message.text(), timeout=WAIT_MS)


def test_a_redeeming_sale_is_reserved_then_committed_and_the_counter_says_online(
    qtbot: Any,
    store: Store,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)
    authoriser = FakeAuthoriser(granted=60)
    window = open_window(authoriser=authoriser)
    _redeem_max(qtbot, window, serial_device, store.cards["anna"])
    (reserve, rid, wanted), commit = authoriser.calls
    assert (reserve, wanted) == ("reserve", "100") and commit == ("commit", rid, "60")
    label = window.status.redemption_label
    qtbot.waitUntil(lambda: "points reserved at the server" in label.text(), timeout=WAIT_MS)


def test_the_counter_shows_the_offline_cap_it_quotes_with(
    qtbot: Any,
    store: Store,
    serial_device: FakeSerialDevice,
    open_window: Callable[..., CheckoutWindow],
) -> None:
    use_serial_scanner(store, serial_device)

    def capped(cmd: Checkout) -> Checkout:
        return replace(cmd, redeem_limit=30, redeem_limit_reason="offline: at most 30 points")

    window = open_window(limit=capped, authoriser=FakeAuthoriser(30, online=False))
    _redeem_max(qtbot, window, serial_device, store.cards["anna"])
    label = window.status.redemption_label
    qtbot.waitUntil(lambda: "offline: cap 30 points" in label.text(), timeout=WAIT_MS)
    assert window.session.view is not None and window.session.view.standing is not None
    assert window.session.view.standing.balance == 100 - 30 + 48  # 5 % of 970.00 earned
