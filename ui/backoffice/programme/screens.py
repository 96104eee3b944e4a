"""Screenshots of the Programme tab, in English and Russian, for the docs (a `SHOT_HOOKS` hook).

The tab is shot on the demo store with one edit made (Silver earns 6 % instead of 5 %) and a
sample check of 2 450.00 for a Silver member redeeming as much as allowed, so the preview shows
the two versions differing.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtWidgets import QApplication

from db import open_database
from pos_loyalty.pins import Argon2PinHasher
from ui.backoffice.context import BackOffice
from ui.backoffice.programme.panel import ProgrammePanel
from ui.i18n import LANGUAGES, current_language, install_translator
from ui.worker import Worker

NOW = datetime(2026, 11, 2, 12, 30, tzinfo=timezone(timedelta(hours=3)))


def _clock() -> datetime:
    return NOW


def _wait_until_loaded(panel: ProgrammePanel, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while panel.current is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)


def programme_screenshots(out_dir: Path, db_path: Path) -> list[Path]:
    """Shoot the Programme tab with an edit and its preview in each language; return the PNGs."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    before = current_language()
    database = open_database(db_path)
    saved: list[Path] = []
    try:
        uow = database.uow()
        with uow.read_only():
            manager = uow.staff.by_name("Менеджер")
        if manager is None:
            return saved
        for language in LANGUAGES:
            install_translator(app, language)
            worker = Worker()
            context = BackOffice(
                database.uow, worker, manager, "T-DEMO", _clock, Argon2PinHasher(), language
            )
            panel = ProgrammePanel(context)
            panel.resize(1600, 1000)
            panel.show()
            _wait_until_loaded(panel)
            if len(panel.tiers.rows) > 1:
                panel.tiers.rows[1].earn.setText("6")
                panel.preview.tier.setCurrentIndex(1)
            panel.preview.total.setText("2450.00")
            panel.preview.balance.setValue(300)
            panel.preview.redeem_max.setChecked(True)
            QApplication.processEvents()
            path = out_dir / f"programme_{language}.png"
            panel.grab().save(str(path))
            saved.append(path)
            panel.close()
            worker.wait_for_done()
            panel.deleteLater()
    finally:
        install_translator(app, before)
        database.close()
    return saved
