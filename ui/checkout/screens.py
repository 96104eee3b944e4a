"""Screenshots of the void dialog and the on-screen slip, in English and Russian.

A sale of 1 234.56 is recorded in the demo for the showcase member, then another member's card
is scanned: the void dialog names the sale and warns that the customer on screen did not make
it. The slip is shot as the demo panel shows it, at the simulated printer's paper width.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db import Database, open_database
from pos_loyalty.services.refunds import voidable_sale
from ui.app import build_checkout, sample_cards
from ui.checkout.void_prompt import void_box, void_question
from ui.checkout.window import CheckoutWindow
from ui.i18n import LANGUAGES, current_language, install_translator

SALE = "1234.56"


def counter_screenshots(out_dir: Path, db_path: Path) -> list[Path]:
    """Shoot the slip preview and the void dialog in each language; return the PNGs."""
    from ui.screenshots import showcase_card

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = current_language()
    db = open_database(db_path)
    saved: list[Path] = []
    try:
        buyer = showcase_card(db)
        other = next(card for card in sample_cards(db.uow()) if card != buyer)
        for language in LANGUAGES:
            install_translator(app, language)
            window = _sell(db, buyer, language)
            saved.append(_slip_shot(window, out_dir / f"slip_preview_{language}.png"))
            saved.append(_void_shot(db, window, other, out_dir / f"void_dialog_{language}.png"))
            window.close()
            window.session.worker.wait_for_done()
            window.deleteLater()
    finally:
        install_translator(app, before)
        db.close()
    return saved


def _sell(db: Database, card: str, language: str) -> CheckoutWindow:
    """Open the demo counter, scan `card` and record a sale of `SALE`."""
    from ui.screenshots import SIZE, clock, wait_until

    uow = db.uow()
    with uow.read_only():
        cashier = uow.staff.by_name("Кассир")
    assert cashier is not None
    window = build_checkout(db.uow, "T-DEMO", cashier, language, demo=True, clock=clock)
    window.resize(*SIZE)
    window.show()
    wait_until(lambda: window.session.settings is not None)
    window.session.devices.simulate_scan(card)
    wait_until(lambda: window.session.view is not None)
    window.quote_panel.amount_edit.setText(SALE)
    window.quote_panel.amount_edit.textEdited.emit(SALE)
    wait_until(lambda: window.session.quote is not None and not window.session.worker.busy)
    window.quote_panel.confirm_requested.emit()
    panel = window.demo_panel
    assert panel is not None
    wait_until(lambda: bool(panel.slip_view.toPlainText()) and not window.session.worker.busy)
    return window


def _slip_shot(window: CheckoutWindow, path: Path) -> Path:
    panel = window.demo_panel
    assert panel is not None
    QApplication.processEvents()
    panel.grab().save(str(path))
    return path


def _void_shot(db: Database, window: CheckoutWindow, other: str, path: Path) -> Path:
    """Scan another member, then show the void dialog for the sale just made."""
    from ui.screenshots import clock, wait_until

    window.new_customer()
    window.session.devices.simulate_scan(other)
    wait_until(lambda: window.session.view is not None and not window.session.worker.busy)
    sale = voidable_sale(uow=db.uow(), clock=clock, actor=window.session.actor)
    question = void_question(sale, window.session.view, window.language, clock().tzinfo)
    box = void_box(window, question)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    QApplication.processEvents()
    box.grab().save(str(path))
    box.close()
    box.deleteLater()
    return path
