"""Screenshots of the void dialog, the on-screen slip and a till's check, in both languages.

A sale of 1 234.56 is recorded in the demo for the showcase member, then another member's card
is scanned: the void dialog names the sale and warns that the customer on screen did not make
it. The slip is shot as the demo panel shows it, at the simulated printer's paper width.

A check from the shop's till is shown on the counter (`counter_till_check_en.png`, and
`counter_till_check_1366_ru.png` at a shop's screen size): the till's lines and total, the
showcase member's card scanned at the counter and the most points chosen, each line's figures.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db import Database, open_database
from pos_loyalty.services.refunds import voidable_sale
from pos_loyalty.services.till import TillCheck, TillLine, calculate_till_check
from ui.app import build_checkout, sample_cards
from ui.checkout.void_prompt import void_box, void_question
from ui.checkout.window import CheckoutWindow
from ui.i18n import LANGUAGES, current_language, install_translator

SALE = "1234.56"
TILL_LINES = (
    TillLine("1001", "Кофе", "1", 60000, 60000),
    TillLine("2002", "Сыр", "0.500", 60000, 30000, "dairy"),
    TillLine("3003", "Сигареты", "1", 20000, 20000, "tobacco"),
)


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


def till_check_screenshots(
    out_dir: Path, db_path: Path, size: tuple[int, int] | None = None
) -> list[Path]:
    """Shoot the counter showing a check from the till in each language; return the PNGs."""
    from ui.screenshots import SIZE, showcase_card

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, size = current_language(), size or SIZE
    db = open_database(db_path)
    saved: list[Path] = []
    try:
        card = showcase_card(db)
        for number, language in enumerate(LANGUAGES, start=123):
            install_translator(app, language)
            tag = language if size == SIZE else f"{size[0]}_{language}"
            check = TillCheck(f"T1-000{number}", TILL_LINES)  # a till's check id is used once
            path = out_dir / f"counter_till_check_{tag}.png"
            saved.append(_till_check_shot(db, check, card, language, size, path))
    finally:
        install_translator(app, before)
        db.close()
    return saved


def _till_check_shot(
    db: Database, check: TillCheck, card: str, language: str, size: tuple[int, int], path: Path
) -> Path:
    """The till sends its check, the cashier scans `card` and presses F4 (the most points)."""
    from ui.screenshots import clock, wait_until

    uow = db.uow()
    with uow.read_only():
        cashier = uow.staff.by_name("Кассир")
    assert cashier is not None
    # as a shop's counter beside its till shows it: without the demo's devices panel
    window = build_checkout(db.uow, "T-DEMO", cashier, language, clock=clock)
    window.resize(*size)
    window.show()
    wait_until(lambda: window.session.settings is not None)
    window.session.till.tell(calculate_till_check(check, uow=db.uow(), clock=clock))
    wait_until(window.till_panel.isVisible)
    window.take_card(card)  # as the scanner hands it over
    wait_until(lambda: window.session.view is not None and not window.session.worker.busy)
    window.quote_panel.max_button.setChecked(True)  # F4
    wait_until(lambda: _chosen(window) and not window.session.worker.busy)
    QApplication.processEvents()
    window.grab().save(str(path))
    window.close()
    window.session.worker.wait_for_done()
    window.deleteLater()
    return path


def _chosen(window: CheckoutWindow) -> bool:
    shown = window.session.till.current
    return shown is not None and shown.check.chosen_at_counter and shown.check.redeem is not None
