"""Start-up: the first-run wizard for an empty store, sign-in (with the demo PINs in the demo),
then the counter window for whoever signed in."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.conftest import Store
from ui import app as app_module
from ui.checkout.window import CheckoutWindow
from ui.cli.context import App
from ui.dialogs import first_run, sign_in

ACCEPTED = QDialog.DialogCode.Accepted
REJECTED = QDialog.DialogCode.Rejected


class FakeSignIn:
    answer = REJECTED
    staff: Any = None
    hints: ClassVar[list[str]] = []

    def __init__(self, uow_factory: Any, hasher: Any, clock: Any, demo_hint: str = "") -> None:
        FakeSignIn.hints.append(demo_hint)

    def exec(self) -> QDialog.DialogCode:
        return self.answer


class FakeWizard:
    opened = 0

    def __init__(self, uow_factory: Any, parent: Any = None) -> None:
        FakeWizard.opened += 1

    def exec(self) -> QDialog.DialogCode:
        return REJECTED


@pytest.fixture(autouse=True)
def fakes(monkeypatch: pytest.MonkeyPatch) -> None:
    FakeSignIn.hints, FakeSignIn.answer, FakeWizard.opened = [], REJECTED, 0
    monkeypatch.setattr(sign_in, "SignInDialog", FakeSignIn)
    monkeypatch.setattr(first_run, "FirstRunWizard", FakeWizard)
    monkeypatch.setenv(app_module.LANGUAGE_ENV, "en")


def test_an_empty_store_opens_the_first_run_wizard(qapp: QApplication, tmp_path: Path) -> None:
    app = App(db_path=tmp_path / "empty.sqlite3")
    try:
        assert app_module.run_app(app, demo=False) == 1
    finally:
        app.close()
    assert FakeWizard.opened == 1 and FakeSignIn.hints == []


def test_the_demo_sign_in_shows_the_demo_pins(qapp: QApplication, store: Store) -> None:
    app = App(db_path=store.db.path)
    try:
        assert app_module.run_app(app, demo=True) == 0
    finally:
        app.close()
    assert FakeWizard.opened == 0
    (hint,) = FakeSignIn.hints
    assert "1111" in hint and "9999" in hint


def test_after_sign_in_the_counter_opens_for_that_person(qapp: QApplication, store: Store) -> None:
    FakeSignIn.answer, FakeSignIn.staff = ACCEPTED, store.cashier
    app = App(db_path=store.db.path)
    window = app_module.open_counter(app, qapp, demo=False)
    try:
        assert isinstance(window, CheckoutWindow)
        assert window.staff == store.cashier
        assert window.session.actor.staff_id == store.cashier.id
        assert window.session.actor.terminal_id == app.terminal_id()
    finally:
        if isinstance(window, CheckoutWindow):
            window.session.worker.wait_for_done(2000)
            window.deleteLater()
        app.close()
