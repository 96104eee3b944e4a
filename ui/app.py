"""The desktop app's composition root: translator, first-run wizard, sign-in, the counter window.

`run_app` is what `pos-loyalty` (and `pos-loyalty --demo`) calls. `build_checkout` wires one
counter window from its parts; the tests, the screenshots and the benchmark use it too. The
counter's modules are imported by `build_checkout`, so `run_app` paints the counter's frame
before they (or the database layer) are loaded.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from ui.clock import real_clock, system_clock
from ui.counter_shell import CounterShell

if TYPE_CHECKING:
    from pos_loyalty.domain.staff import Staff
    from pos_loyalty.services.checkout import Checkout
    from pos_loyalty.services.ports import (
        Clock,
        RedemptionAuthoriser,
        RewardAuthoriser,
        UnitOfWork,
    )
    from pos_loyalty.services.staff import PinHasher
    from sync.worker import SyncWorker
    from ui.checkout.prompts import Prompts
    from ui.checkout.window import CheckoutWindow
    from ui.cli.context import App

LANGUAGE_ENV = "POS_LOYALTY_LANG"
SAMPLE_CARDS = 8


def build_checkout(
    uow_factory: Callable[[], UnitOfWork],
    terminal_id: str,
    staff: Staff,
    language: str,
    *,
    demo: bool = False,
    hasher: PinHasher | None = None,
    clock: Clock = system_clock,
    pin_clock: Clock = real_clock,
    prompts: Prompts | None = None,
    key_clock: Callable[[], float] = time.monotonic,
    limit: Callable[[Checkout], Checkout] | None = None,
    authoriser: RedemptionAuthoriser | None = None,
    reward_authoriser: RewardAuthoriser | None = None,
) -> CheckoutWindow:
    """Wire a counter window: worker, device bridge, devices, session, prompts, panels.

    Nothing here touches the database on the GUI thread: `uow_factory` is only called by the
    worker's tasks (and by the prompts once a person answers), so it may be a
    `PendingDatabase` that is still being opened. `pin_clock` times PIN lockouts at the
    prompts: the real clock, whatever `clock` (the business time) is set to.
    """
    from pos_loyalty.services.posting import Actor
    from ui.checkout.counter_devices import CounterDevices
    from ui.checkout.prompts import Prompts
    from ui.checkout.session import CheckoutSession
    from ui.checkout.window import CheckoutWindow
    from ui.device_bridge import DeviceBridge
    from ui.worker import Worker

    worker = Worker()
    bridge = DeviceBridge()
    devices = CounterDevices(bridge, demo=demo, clock=key_clock)
    actor = Actor(terminal_id=terminal_id, staff_id=staff.id)
    session = CheckoutSession(
        worker, uow_factory, clock, actor, devices, limit=limit, authoriser=authoriser
    )
    prompts = prompts or Prompts(uow_factory, hasher or _argon2(), clock, pin_clock=pin_clock)
    window = CheckoutWindow(
        session, bridge, prompts, worker, uow_factory, staff, language, demo=demo
    )
    for owned in (worker, bridge, session):
        owned.setParent(window)
    window.rewards.authoriser = reward_authoriser
    window.shift.demo_hint = demo_hint() if demo else ""  # the lock's sign-in, as at start-up
    if window.demo_panel is not None:
        worker.submit(lambda: sample_cards(uow_factory()), window.demo_panel.offer_cards)
    session.reload_settings()
    return window


def _argon2() -> PinHasher:
    from pos_loyalty.pins import Argon2PinHasher  # argon2: needed once a PIN is typed

    return Argon2PinHasher()


def sample_cards(uow: UnitOfWork, count: int = SAMPLE_CARDS) -> list[str]:
    """A few members' card numbers to offer in the demo's scan field."""
    with uow.read_only():
        members = uow.members.find_by_phone("7", count)
        cards = uow.cards.of_members([m.id for m in members])
    return [c.number for m in members for c in cards.get(m.id, [])][:count]


def demo_hint() -> str:
    """The demo accounts, for the sign-in screen of the demo."""
    from ui.launch import DEMO_STAFF

    accounts = ", ".join(f"{name}: PIN {pin}" for name, _role, pin in DEMO_STAFF)
    return QCoreApplication.translate("App", "Demo accounts: %1").replace("%1", accounts)


def open_counter(
    app: App, qapp: QApplication, *, demo: bool, frame: CounterShell | None = None
) -> CheckoutWindow | int:
    """Translator, first-run wizard if needed, sign-in, then the window (or an exit status).

    Keys typed into `frame` before the sign-in dialog opened (a PIN typed early) go to it.
    """
    from pos_loyalty.pins import Argon2PinHasher
    from ui.dialogs.first_run import FirstRunWizard, needs_first_run
    from ui.dialogs.sign_in import SignInDialog
    from ui.i18n import install_translator, stored_language
    from ui.offline_limits import authoriser_for, reward_authoriser_for, with_offline_limit

    chosen = os.environ.get(LANGUAGE_ENV) or stored_language(app.uow())
    language = install_translator(qapp, chosen)
    hasher = Argon2PinHasher()
    if needs_first_run(app.uow()):
        wizard = FirstRunWizard(app.uow)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return 1
    hint = demo_hint() if demo else ""
    # the lockout runs on the real clock: POS_LOYALTY_NOW must not end it
    sign_in = SignInDialog(app.uow, hasher, real_clock, demo_hint=hint)
    if frame is not None:
        pin = getattr(getattr(sign_in, "pad", None), "field", sign_in)
        QTimer.singleShot(0, lambda: frame.give_keys(sign_in, pin))
    if sign_in.exec() != QDialog.DialogCode.Accepted or sign_in.staff is None:
        return 0
    window = build_checkout(
        app.uow,
        app.terminal_id(),
        sign_in.staff,
        language,
        demo=demo,
        hasher=hasher,
        limit=lambda cmd: with_offline_limit(app.db, cmd, system_clock()),
        authoriser=authoriser_for(app.db),
        reward_authoriser=reward_authoriser_for(app.db),
    )
    start_sync(app, window)
    till = start_till(
        app, lambda text: window.show_message("error", text), window.session.till.tell
    )
    if till is not None:
        window.destroyed.connect(lambda: till.stop())
    return window


def start_till(
    app: App, on_problem: Callable[[str], None], on_check: Callable[[object], None] | None = None
) -> Any:
    """Serve the till API beside the window when the `till_api` setting says so (or None).

    The setting is read plainly first, so a counter without a till loads no web framework.
    `on_check` is told of each till check, on the server's thread (the window shows it).
    """
    uow = app.uow()
    with uow.read_only():
        wanted = bool((uow.settings.get("till_api") or {}).get("start_with_window"))
    if not wanted:
        return None
    from dataclasses import replace

    from pos_loyalty.domain.errors import LoyaltyError
    from ui.cli.till import till_context
    from ui.till.app import TillServer

    try:
        context, host, port = till_context(app, None)
        server = TillServer(replace(context, listener=on_check), host, port)
        server.start()
    except (LoyaltyError, OSError) as exc:
        text = QCoreApplication.translate("App", "The till API did not start: %1")
        on_problem(text.replace("%1", str(exc)))
        return None
    return server


def start_sync(app: App, window: CheckoutWindow) -> SyncWorker | None:
    """Run the sync in the background when this terminal is enrolled with a server."""
    from sync.link import client_for
    from sync.link import read as read_link
    from sync.worker import SyncWorker

    link = read_link(app.db, lambda state: state.link())
    if link is None:
        return None
    worker = SyncWorker(app.db, client_for(link), window.bridge.on_sync_status)
    window.destroyed.connect(lambda: worker.stop(timeout=2.0))
    worker.start()
    return worker


def run_app(
    app: App,
    *,
    demo: bool,
    prepare: Callable[[App], object] | None = None,
    language: str | None = None,
) -> int:
    """Open the app and run it until the window closes; return the exit status.

    The counter's frame is painted first (it keeps what is typed) in `language`, the store's
    as read from its file (None: the system's); then `prepare` runs (the demo store is made),
    the sign-in dialog follows once the store is read and gets those keys, and the counter
    takes the frame's place.
    """
    from ui.i18n import install_translator

    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    qapp.setApplicationName("POS Loyalty")
    install_translator(qapp, os.environ.get(LANGUAGE_ENV) or language)
    shell = CounterShell()
    shell.showMaximized()
    qapp.processEvents()
    if prepare is not None:
        prepare(app)
    opened = open_counter(app, qapp, demo=demo, frame=shell)
    if isinstance(opened, int):
        shell.close()
        return opened
    shell.hand_over(opened, opened.search.edit)
    return int(qapp.exec())
