"""Screenshots of the counter's member panel with challenges, in both languages (a `SHOT_HOOKS`
hook, and one of the shots at a shop's screen size).

The demo store's programme gets two challenges: "Пять покупок" (5 purchases of at least 300.00
within periods of 30 days from 20.10.2026: 20.10 to 18.11, 17 days left on 02.11) and "Молочное
на 3 000" (3 000.00 of the category `dairy` from 26.10 to 08.11.2026, 7 days left). The showcase
member is brought to 4 of the 5 purchases (one of them with 1 250.00 of dairy), then scanned
with a check of 450.00 typed: the panel shows the progress and the quote the challenge it
completes. This runs last: it saves a programme version and sales in the store.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from db import Database, open_database
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.services.challenges import member_challenges
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.ports import Clock
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import current_programme, save_programme
from ui.app import build_checkout
from ui.i18n import LANGUAGES, current_language, install_translator

CHALLENGES = [
    {
        "code": "five-visits",
        "name": "Пять покупок",
        "kind": "purchases",
        "starts_on": "2026-10-20",
        "ends_on": "2026-12-31",
        "purchases": 5,
        "min_check": "300.00",
        "period_days": 30,
        "bonus_points": 200,
    },
    {
        "code": "dairy-autumn",
        "name": "Молочное на 3 000",
        "kind": "category_spend",
        "starts_on": "2026-10-26",
        "ends_on": "2026-11-08",
        "category": "dairy",
        "spend": "3000.00",
        "bonus_points": 150,
    },
]
VISITS = (date(2026, 10, 27), date(2026, 10, 29), date(2026, 10, 31), date(2026, 11, 1))


def challenge_screenshots(
    out_dir: Path, db_path: Path, size: tuple[int, int] | None = None
) -> list[Path]:
    """Shoot the counter with the member's challenges in each language; return the PNGs."""
    from ui.screenshots import SIZE, showcase_card

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, size = current_language(), size or SIZE
    db = open_database(db_path)
    saved: list[Path] = []
    try:
        card = showcase_card(db)
        _bring_to_four_purchases(db, card)
        for language in LANGUAGES:
            install_translator(app, language)
            tag = language if size == SIZE else f"{size[0]}_{language}"
            path = out_dir / f"counter_challenges_{tag}.png"
            saved.append(_shot(db, card, language, size, path))
    finally:
        install_translator(app, before)
        db.close()
    return saved


def _bring_to_four_purchases(db: Database, card: str) -> None:
    """Add the challenges to the programme and the showcase member's purchases up to 4 of 5."""
    from ui.screenshots import NOW

    programme = current_programme(uow=db.uow())
    if not programme.challenges:
        save_programme({**programme.to_dict(), "challenges": CHALLENGES}, uow=db.uow())
    view = lookup_card(db.uow(), card, lambda: NOW)
    assert view.member is not None
    actor = Actor("T-DEMO", "demo")
    for n, day in enumerate(VISITS):
        (visits, *_rest) = member_challenges(view.member.id, uow=db.uow(), clock=lambda: NOW)
        if visits.done >= 4:
            break
        moment = datetime.combine(day, time(11, 0), NOW.tzinfo)
        lines = (CheckLine(45000), CheckLine(125000, "dairy")) if n == 0 else (CheckLine(45000),)
        at: Clock = functools.partial(_fixed, moment)
        commit_checkout(Checkout(card, lines), uow=db.uow(), clock=at, actor=actor)


def _fixed(moment: datetime) -> datetime:
    return moment


def _scroll_to(widget: QWidget) -> None:
    """Scroll the scroll area that holds `widget` to its end, where `widget` is."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)
        bar = parent.verticalScrollBar()
        bar.setValue(bar.maximum())


def _shot(db: Database, card: str, language: str, size: tuple[int, int], path: Path) -> Path:
    """Scan `card` at the counter, type 450.00 and shoot the window."""
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
    panel = window.member_panel
    wait_until(lambda: panel.challenges_label.isVisibleTo(panel))
    window.quote_panel.amount_edit.setText("450.00")
    window.quote_panel.amount_edit.textEdited.emit("450.00")
    wait_until(lambda: window.session.quote is not None and not window.session.worker.busy)
    QApplication.processEvents()
    _scroll_to(panel.challenges_label)  # at a small screen the panel scrolls: show the progress
    QApplication.processEvents()
    window.grab().save(str(path))
    window.close()
    window.session.worker.wait_for_done()
    window.deleteLater()
    return path
