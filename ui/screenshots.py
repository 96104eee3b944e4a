"""Screenshots of the app for the docs, made offscreen on a small demo store.

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots --out docs/screenshots

The counter is shot in English and Russian with a demo member scanned and a quote shown, then
with members found as a name is typed and a card number with a wrong check digit refused. The
store has the demo's simulated devices (`ui.launch.DEMO_DEVICES`). Other
screens join through `SHOT_HOOKS`: each hook gets the output folder and the store file and
returns the PNGs it wrote (the sign-in dialog and the first-run wizard come that way).

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots --size 1366x768

shoots every window instead at a shop's screen size, each name with the width in it
(`checkout_1366_ru.png`, `backoffice_members_1366_en.png`; see `ui/fit_screens.py`).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication

from db import Database, open_database
from pos_loyalty.domain.staff import Role
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.slips import StoreHeader
from pos_loyalty.services.staff import add_staff
from ui.app import build_checkout
from ui.backoffice.programme.screens import programme_screenshots
from ui.backoffice.screens import backoffice_screenshots
from ui.checkout.challenge_screens import challenge_screenshots
from ui.checkout.reward_screens import rewards_screenshots
from ui.checkout.screens import counter_screenshots, till_check_screenshots
from ui.checkout.window import CheckoutWindow
from ui.demo_store import fill_demo_store
from ui.dialogs.screens import dialog_screenshots
from ui.i18n import LANGUAGES, current_language, install_translator
from ui.launch import DEMO_DEVICES
from ui.station import save_device, save_store

TODAY = date(2026, 11, 2)
NOW = datetime(2026, 11, 2, 12, 30, tzinfo=timezone(timedelta(hours=3)))
MEMBERS = 300
SIZE = (1600, 1000)

ShotHook = Callable[[Path, Path], list[Path]]
SHOT_HOOKS: list[ShotHook] = [
    dialog_screenshots,
    backoffice_screenshots,
    programme_screenshots,
    counter_screenshots,
    till_check_screenshots,
    rewards_screenshots,  # it saves a programme version with a catalogue
    challenge_screenshots,  # last: it adds challenges and a member's sales
]
"""Extra screens to shoot: each takes (output folder, store file) and returns the PNGs saved."""


def clock() -> datetime:
    """The fixed time of the screenshots, so they come out the same every time."""
    return NOW


def make_store(path: Path) -> tuple[Database, str]:
    """A small demo store with staff; return it and a card worth showing."""
    db = open_database(path)
    fill_demo_store(db, MEMBERS, today=TODAY)
    hasher = Argon2PinHasher()
    add_staff("Кассир", Role.CASHIER, "1111", uow=db.uow(), hasher=hasher)
    add_staff("Менеджер", Role.MANAGER, "999999", uow=db.uow(), hasher=hasher)
    save_store(db.uow(), StoreHeader(name="Демо-магазин", footer="Спасибо за покупку!"))
    for key, values in DEMO_DEVICES.items():
        save_device(db.uow(), key, values)
    return db, showcase_card(db)


def showcase_card(db: Database) -> str:
    """A member with points, a next tier to reach and points expiring soon, if there is one."""
    uow = db.uow()
    with uow.read_only():
        members = uow.members.find_by_phone("7", MEMBERS)
        cards = uow.cards.of_members([m.id for m in members])
    best, best_score = "", -1
    for member in members:
        for card in cards.get(member.id, []):
            view = lookup_card(db.uow(), card.number, clock)
            s = view.standing
            if s is None or not view.can_transact:
                continue
            score = (s.next_tier is not None) + 2 * bool(s.expiring) + (s.balance > 100)
            if score > best_score:
                best, best_score = card.number, score
    return best


def wait_until(predicate: Callable[[], bool], timeout_s: float = 5.0) -> None:
    """Process events until `predicate` holds (or the time is up)."""
    deadline = time.monotonic() + timeout_s
    while not predicate() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)


def checkout_shot(
    db: Database, card: str, language: str, out: Path, size: tuple[int, int] = SIZE
) -> list[Path]:
    """Shoot the counter with `card` scanned and a check of 2 450.00 quoted."""
    uow = db.uow()
    with uow.read_only():
        cashier = uow.staff.by_name("Кассир")
    assert cashier is not None
    window = build_checkout(db.uow, "T-DEMO", cashier, language, demo=True, clock=clock)
    window.resize(*size)
    window.show()
    wait_until(lambda: window.session.settings is not None)
    window.session.devices.simulate_scan(card)
    wait_until(lambda: window.session.view is not None)
    window.quote_panel.amount_edit.setText("2450.00")
    window.quote_panel.max_button.setChecked(True)
    wait_until(lambda: window.session.quote is not None and not window.session.worker.busy)
    for _ in range(3):  # the quote's column widens to its figures, then the columns settle
        QApplication.processEvents()
    tag = _tag(size, language)
    path = out / f"checkout_{tag}.png"
    window.grab().save(str(path))
    shots = [path, search_shot(window, card, tag, out)]
    window.close()
    window.session.worker.wait_for_done()
    window.deleteLater()
    return shots


def _tag(size: tuple[int, int], language: str) -> str:
    """`ru`, or `1366_ru` for a shot at a screen size other than the docs' usual one."""
    return language if size == SIZE else f"{size[0]}_{language}"


def search_shot(window: CheckoutWindow, card: str, tag: str, out: Path) -> Path:
    """Shoot the members found for the first letters of a name, over a refused card number."""
    window.new_customer()
    wrong = card[:-1] + str((int(card[-1]) + 1) % 10)
    window.take_card(wrong)
    window.search.edit.setText("Ив")
    window.search.edit.textEdited.emit("Ив")
    wait_until(lambda: window.search.results.isVisible() and not window.session.worker.busy)
    QApplication.processEvents()
    path = out / f"checkout_search_{tag}.png"
    window.grab().save(str(path))
    return path


def main(argv: list[str] | None = None) -> None:
    """Write the screenshots into the folder given with --out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument(
        "--size", type=_size, help="shoot every window at this screen size, e.g. 1366x768"
    )
    args = parser.parse_args(argv)
    existing = QCoreApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication([])
    args.out.mkdir(parents=True, exist_ok=True)
    before = current_language()
    with tempfile.TemporaryDirectory() as folder:
        db, card = make_store(Path(folder) / "store.sqlite3")
        try:
            store_file = Path(folder) / "store.sqlite3"
            if args.size is not None:
                saved = sized_shots(qapp, db, card, args.size, args.out, store_file)
            else:
                saved = []
                for language in LANGUAGES:
                    install_translator(qapp, language)
                    saved.extend(checkout_shot(db, card, language, args.out))
                install_translator(qapp, before)
                for hook in SHOT_HOOKS:
                    saved.extend(hook(args.out, store_file))
        finally:
            install_translator(qapp, before)
            db.close()
    for path in saved:
        print(path)


def _size(text: str) -> tuple[int, int]:
    """Read a screen size such as 1366x768."""
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(f"{text!r}: give the size as WIDTHxHEIGHT, e.g. 1366x768")
    return int(width), int(height)


def sized_shots(
    qapp: QApplication,
    db: Database,
    card: str,
    size: tuple[int, int],
    out: Path,
    store_file: Path,
) -> list[Path]:
    """Every window at `size`, in each language: the counter, the back office's tabs, the
    reports, the settings and the dialogs."""
    from ui.fit_screens import window_shots

    saved: list[Path] = []
    for language in LANGUAGES:
        install_translator(qapp, language)
        saved.extend(checkout_shot(db, card, language, out, size))
        saved.extend(window_shots(db, QSize(*size), language, out))
    saved.extend(backoffice_screenshots(out, store_file, size=size))
    saved.extend(till_check_screenshots(out, store_file, size=size))
    saved.extend(rewards_screenshots(out, store_file, size=size))
    saved.extend(challenge_screenshots(out, store_file, size=size))
    return saved


if __name__ == "__main__":
    main()
