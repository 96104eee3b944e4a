"""Screenshots of every window at a shop's screen size, for `python -m ui.screenshots --size`.

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots --size 1366x768 --out docs/screenshots

Each window is shot at the size given (the dialogs at their own size, which fits inside it) in
English and Russian, named with the width: `checkout_1366_ru.png`,
`backoffice_members_1366_en.png`, `reports_1366_ru.png`, ... `tests/ui/test_screen_fit.py`
checks the same windows at 1366×768 and 1024×768.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from db import Database
from db.reports import SqlAlchemyReportSource
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.posting import Actor
from ui.dialogs.first_run import FirstRunWizard
from ui.dialogs.manager_pin import ManagerPinDialog
from ui.dialogs.settings import SettingsDialog
from ui.dialogs.sign_in import SignInDialog
from ui.reports.window import ReportsWindow

SETTINGS_TABS = ("store", "devices", "counter")


def _settle(seconds: float = 1.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def _save(widget: QWidget, size: QSize, path: Path) -> Path:
    """Show `widget` at `size` (a dialog at its own size, within `size`) and save it."""
    if isinstance(widget, QDialog) and not isinstance(widget, ReportsWindow):
        size = widget.sizeHint().expandedTo(widget.minimumSizeHint()).boundedTo(size)
    widget.resize(size)
    widget.show()
    _settle(0.3)
    widget.grab().save(str(path))
    return path


def window_shots(db: Database, size: QSize, language: str, out: Path) -> list[Path]:
    """Shoot the reports, the settings and the sign-in, manager and first-run dialogs."""
    from ui.screenshots import clock

    tag = f"{size.width()}_{language}"
    uow = db.uow()
    with uow.read_only():
        manager = uow.staff.by_name("Менеджер")
    assert manager is not None, "the screenshot store needs the demo manager"
    hasher = Argon2PinHasher()
    saved = [_reports_shot(db, size, language, out / f"reports_{tag}.png")]
    settings = SettingsDialog(db.uow, clock=clock, actor=Actor("T-DEMO", manager.id))
    for index, name in enumerate(SETTINGS_TABS):
        settings.tabs.setCurrentIndex(index)
        saved.append(_save(settings, size, out / f"settings_{name}_{tag}.png"))
    dialogs: list[tuple[QWidget, str]] = [
        (SignInDialog(db.uow, hasher, clock), "sign_in"),
        (ManagerPinDialog(db.uow, hasher, clock, "approve this refund"), "manager_pin"),
        (FirstRunWizard(db.uow, port_lister=list), "first_run"),
        (settings, ""),
    ]
    for dialog, name in dialogs:
        if name:
            saved.append(_save(dialog, size, out / f"{name}_{tag}.png"))
        dialog.close()
        dialog.deleteLater()
    return saved


def _reports_shot(db: Database, size: QSize, language: str, path: Path) -> Path:
    """The reports window with the Z report of the demo day shown."""
    from ui.screenshots import TODAY, clock, wait_until

    source = SqlAlchemyReportSource(db.uow)
    window = ReportsWindow(source, clock=clock, language="ru" if language == "ru" else "en")
    window.resize(size)
    window.show()
    wait_until(lambda: not window.worker.busy)  # the stores are read first
    window.controls.choose("z", TODAY, TODAY)
    window.controls.show_button.click()
    wait_until(lambda: window.shown is not None, 15.0)
    _save(window, size, path)
    window.worker.wait_for_done(10_000)
    window.close()
    window.deleteLater()
    return path
