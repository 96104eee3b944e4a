"""Screenshots of the rewards dialog at the counter (Ctrl+R), in both languages, for the docs.

The demo programme gets a catalogue (a new version, saved last so the other shots keep the
demo's programme): a coffee to go for 50 points, a mug for 150 (20 in stock), a tote bag for
300 (5 in stock, until 31.12.2026) and a blanket for 5 000, which the showcase member cannot
afford, so the dialog lists only the others. The member took a coffee this morning, which the
dialog lists under them to be given back; that coffee is given in a copy of the store, so the
later shots keep the member's points. The counter is shot with the dialog over it:
`rewards_dialog_en.png` at the docs' usual size, `rewards_dialog_1366_ru.png` at a shop's.
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from db import Database, open_database
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import current_programme, save_programme
from pos_loyalty.services.reward_redemption import redeem_reward
from ui.app import build_checkout
from ui.checkout.rewards_dialog import RewardsDialog
from ui.checkout.window import CheckoutWindow
from ui.i18n import LANGUAGES, current_language, install_translator

CATALOGUE = [
    {"id": "coffee", "name": "Кофе с собой", "points": 50},
    {"id": "mug", "name": "Кружка с логотипом", "points": 150, "stock": 20},
    {"id": "tote", "name": "Сумка-шоппер", "points": 300, "stock": 5, "ends_on": "2026-12-31"},
    {"id": "blanket", "name": "Плед", "points": 5000, "stock": 3},
]


def rewards_screenshots(
    out_dir: Path, db_path: Path, size: tuple[int, int] | None = None
) -> list[Path]:
    """Shoot the counter with the rewards dialog open in each language; return the PNGs."""
    from ui.screenshots import SIZE, showcase_card

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, size = current_language(), size or SIZE
    db = open_database(db_path)
    try:
        _with_catalogue(db)
        card = showcase_card(db)
    finally:
        db.close()
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "rewards.sqlite3"
        with closing(sqlite3.connect(db_path)) as source, closing(sqlite3.connect(copy)) as target:
            source.backup(target)
        db = open_database(copy)
        try:
            _coffee_taken(db, card)
            for language in LANGUAGES:
                install_translator(app, language)
                tag = language if size == SIZE else f"{size[0]}_{language}"
                path = out_dir / f"rewards_dialog_{tag}.png"
                saved.append(_shot(db, card, language, size, path))
        finally:
            install_translator(app, before)
            db.close()
    return saved


def _with_catalogue(db: Database) -> None:
    """The shots' catalogue in place of the demo's own two rewards (once per store)."""
    programme = current_programme(uow=db.uow())
    if [r.id for r in programme.rewards] != [r["id"] for r in CATALOGUE]:
        save_programme({**programme.to_dict(), "rewards": CATALOGUE}, uow=db.uow())


def _coffee_taken(db: Database, card: str) -> None:
    """The member takes a coffee to go this morning: the dialog lists it to give back."""
    from ui.screenshots import clock

    uow = db.uow()
    with uow.read_only():
        cashier = uow.staff.by_name("Кассир")
    assert cashier is not None
    redeem_reward(card, "coffee", uow=db.uow(), clock=clock, actor=Actor("T-DEMO", cashier.id))


def _shot(db: Database, card: str, language: str, size: tuple[int, int], path: Path) -> Path:
    """Scan `card`, press Ctrl+R, and save the window with the dialog painted over it."""
    from ui.screenshots import clock, wait_until

    uow = db.uow()
    with uow.read_only():
        cashier = uow.staff.by_name("Кассир")
    assert cashier is not None
    window = build_checkout(db.uow, "T-DEMO", cashier, language, clock=clock)
    window.resize(*size)
    window.show()
    wait_until(lambda: window.session.settings is not None)
    window.take_card(card)
    wait_until(lambda: window.session.view is not None and not window.session.worker.busy)
    window.actions_by_key["Ctrl+R"].trigger()
    wait_until(lambda: window.rewards.dialog is not None and window.rewards.dialog.isVisible())
    dialog = window.rewards.dialog
    assert dialog is not None
    QApplication.processEvents()
    _composite(window, dialog).save(str(path))
    dialog.reject()
    window.close()
    window.session.worker.wait_for_done()
    window.deleteLater()
    return path


TITLE_BAR = 32


def _composite(window: CheckoutWindow, dialog: RewardsDialog) -> QPixmap:
    """The window's picture, dimmed, with the dialog and its title bar drawn in its middle
    (the offscreen platform draws no window frames)."""
    picture = window.grab()
    shown = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
    left = (picture.width() - shown.width()) // 2
    top = (picture.height() - shown.height() - TITLE_BAR) // 2
    bar = QRect(left, top, shown.width(), TITLE_BAR)
    painter.fillRect(bar, QColor("#37474f"))
    painter.setPen(QColor("white"))
    painter.drawText(
        bar.adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignVCenter, dialog.windowTitle()
    )
    painter.drawPixmap(QPoint(left, top + TITLE_BAR), shown)
    painter.setPen(QColor("#37474f"))
    painter.drawRect(QRect(left, top, shown.width() - 1, shown.height() + TITLE_BAR - 1))
    painter.end()
    return picture
