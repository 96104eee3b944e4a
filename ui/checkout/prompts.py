"""Everything the counter asks a person on the spot, behind one object the window is given.

A manager's PIN (for a refund above the limit, a points adjustment, the override of the
redemption cap, the settings), the refund and adjustment forms, a yes/no question, and the
settings dialog. Tests give the window a subclass that answers without showing anything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.sales import Sale
from pos_loyalty.domain.staff import Staff
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.staff import PinHasher
from ui.checkout.forms import AdjustForm, RefundForm
from ui.dialogs.manager_pin import ask_manager_approval


class Prompts:
    """Modal questions; each returns the answer, or None when the person cancels."""

    def __init__(
        self, uow_factory: Callable[[], UnitOfWork], hasher: PinHasher, clock: Clock
    ) -> None:
        self.uow_factory = uow_factory
        self.hasher = hasher
        self.clock = clock

    def manager(self, parent: QWidget, reason: str) -> Staff | None:
        """Ask a manager to approve with their PIN; the manager, or None if refused."""
        found: Staff | None = ask_manager_approval(
            parent, self.uow_factory, self.hasher, self.clock, reason
        )
        return found

    def settings(self, parent: QWidget) -> None:
        """Open the terminal's settings and wait until they are closed."""
        from ui.dialogs.settings import SettingsDialog

        SettingsDialog(self.uow_factory, parent).exec()

    def reports(self, parent: QWidget) -> None:
        """Open the loyalty reports (on screen, print, PDF, CSV) and wait until closed."""
        from sync.reports import ChainReports
        from ui.reports.window import ReportsWindow

        chain = ChainReports(self.uow_factory)
        ReportsWindow(self.uow_factory, parent, chain=chain).exec()

    def backoffice(
        self, parent: QWidget, manager: Staff, terminal_id: str, language: str
    ) -> QWidget:
        """Open the manager's back office beside the counter and return its window."""
        from ui.backoffice.context import BackOffice
        from ui.backoffice.window import BackOfficeWindow
        from ui.worker import Worker

        context = BackOffice(
            uow_factory=self.uow_factory,
            worker=Worker(),
            staff=manager,
            terminal_id=terminal_id,
            clock=self.clock,
            hasher=self.hasher,
            language=language,
        )
        window = BackOfficeWindow(context, parent=parent)
        context.worker.setParent(window)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.show()
        return window

    def refund(self, parent: QWidget, sale: Sale, language: str) -> tuple[Minor, str] | None:
        """Ask what comes back of a sale and why."""
        form = RefundForm(sale, language, parent)
        if form.exec() != QDialog.DialogCode.Accepted:
            return None
        return form.amount, form.reason

    def adjustment(self, parent: QWidget) -> tuple[int, str] | None:
        """Ask for a points adjustment and its reason."""
        form = AdjustForm(parent)
        if form.exec() != QDialog.DialogCode.Accepted:
            return None
        return form.points, form.reason

    def void(self, parent: QWidget, question: str) -> bool:
        """Ask whether to void the sale the question names (No is the default)."""
        from ui.checkout.void_prompt import void_box

        return void_box(parent, question).exec() == QMessageBox.StandardButton.Yes

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        """Ask a yes/no question."""
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes
