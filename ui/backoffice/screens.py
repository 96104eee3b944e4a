"""Screenshots of every back-office tab, in English and Russian, for the docs.

A hook of `ui.screenshots` (`python -m ui.screenshots`): it opens the back office for the demo
store's manager and saves one PNG per tab and language, named after the tab.
"""

from __future__ import annotations

import re
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtWidgets import QApplication

from db import open_database
from pos_loyalty.pins import Argon2PinHasher
from ui.backoffice.context import BackOffice
from ui.backoffice.panels import PANELS
from ui.backoffice.window import BackOfficeWindow
from ui.i18n import LANGUAGES, current_language, install_translator
from ui.worker import Worker

NOW = datetime(2026, 11, 2, 12, 30, tzinfo=timezone(timedelta(hours=3)))
SIZE = (1400, 900)
SETTLE_S = 1.5


def _clock() -> datetime:
    return NOW


def _settle(window: BackOfficeWindow) -> None:
    """Let the tab's background reads come back and paint."""
    deadline = time.monotonic() + SETTLE_S
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    window.context.worker.wait_for_done()
    QApplication.processEvents()


def _file_name(title: str, language: str, size: tuple[int, int] | None = None) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")
    tag = language if size is None else f"{size[0]}_{language}"
    return f"backoffice_{slug}_{tag}.png"


def backoffice_screenshots(
    out_dir: Path, db_path: Path, *, size: tuple[int, int] | None = None
) -> list[Path]:
    """Shoot each back-office tab in each language (at `size`, named with its width, when
    given); return the PNGs saved."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    database = open_database(db_path)
    before = current_language()
    saved: list[Path] = []
    try:
        uow = database.uow()
        with uow.read_only():
            manager = uow.staff.by_name("Менеджер")
        assert manager is not None, "the screenshot store needs the demo manager"
        for language in LANGUAGES:
            install_translator(app, language)
            context = BackOffice(
                uow_factory=database.uow,
                worker=Worker(),
                staff=manager,
                terminal_id="T-DEMO",
                clock=_clock,
                hasher=Argon2PinHasher(),
                language=language,
            )
            window = BackOfficeWindow(context)
            window.resize(*(size or SIZE))
            window.show()
            for index, (title, _factory) in enumerate(PANELS):
                window.tabs.setCurrentIndex(index)
                _settle(window)
                path = out_dir / _file_name(title, language, size)
                window.grab().save(str(path))
                saved.append(path)
            window.close()
            context.worker.wait_for_done()
            window.deleteLater()
    finally:
        install_translator(app, before)
        database.close()
    return saved
