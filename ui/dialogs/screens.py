"""Screenshots of the dialogs, in English and Russian, for the docs and for review."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from db import open_database
from pos_loyalty.pins import Argon2PinHasher
from ui.dialogs.first_run import FirstRunWizard
from ui.dialogs.sign_in import SignInDialog
from ui.i18n import LANGUAGES, current_language, install_translator


def dialog_screenshots(out_dir: Path, db_path: Path) -> list[Path]:
    """Render the sign-in dialog and the wizard's first page in each language; return the PNGs."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    out_dir.mkdir(parents=True, exist_ok=True)
    before = current_language()
    database = open_database(db_path)
    saved: list[Path] = []
    try:
        for language in LANGUAGES:
            install_translator(app, language)
            sign_in = SignInDialog(
                database.uow, Argon2PinHasher(), lambda: datetime.now().astimezone()
            )
            saved.append(_shot(sign_in, out_dir / f"sign_in_{language}.png"))
            wizard = FirstRunWizard(database.uow, port_lister=list)
            saved.append(_shot(wizard, out_dir / f"first_run_{language}.png"))
    finally:
        install_translator(app, before)
        database.close()
    return saved


def _shot(widget: QWidget, path: Path) -> Path:
    widget.resize(widget.sizeHint().expandedTo(widget.minimumSizeHint()))
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    widget.close()
    widget.deleteLater()
    return path
