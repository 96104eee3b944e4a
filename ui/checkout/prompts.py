"""Everything the counter asks a person on the spot, behind one object the window is given.

A manager's name and PIN (for a refund above the limit, a points adjustment, the override of
the redemption cap, the settings), the refund and adjustment forms, a yes/no question, and the
settings dialog. Tests give the window a subclass that answers without showing anything.

PINs are checked against `pin_clock`, the machine's real clock, never the counter's business
clock: a clock someone can set (POS_LOYALTY_NOW) must not end a lockout.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.sales import Sale
from pos_loyalty.domain.staff import Staff
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.staff import PinHasher
from ui.checkout.forms import AdjustForm, RefundForm
from ui.clock import real_clock
from ui.dialogs.manager_pin import ask_manager_approval

if TYPE_CHECKING:
    from pos_loyalty.reports.period import Language
    from ui.reports.window import ReportsWindow


class Prompts:
    """Modal questions; each returns the answer, or None when the person cancels."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        hasher: PinHasher,
        clock: Clock,
        *,
        pin_clock: Clock = real_clock,
    ) -> None:
        self.uow_factory = uow_factory
        self.hasher = hasher
        self.clock = clock
        self.pin_clock = pin_clock

    def manager(
        self, parent: QWidget, reason: str, *, signed_in: Staff | None = None, terminal_id: str = ""
    ) -> Staff | None:
        """Ask a manager other than `signed_in` to approve by name and PIN; None if refused."""
        found: Staff | None = ask_manager_approval(
            parent,
            self.uow_factory,
            self.hasher,
            self.pin_clock,
            reason,
            signed_in=signed_in,
            terminal_id=terminal_id,
        )
        return found

    def settings(
        self,
        parent: QWidget,
        actor: Actor,
        approved_by: str = "",
        *,
        signed_in: Staff | None = None,
    ) -> None:
        """Open the terminal's settings and wait until they are closed.

        Saving is done as `actor` (`signed_in`), approved by `approved_by` (the manager who let
        a cashier in); a second manager is asked for when a change needs one.
        """
        from ui.dialogs.settings import SettingsDialog

        SettingsDialog(
            self.uow_factory,
            parent,
            clock=self.clock,
            actor=actor,
            approved_by=approved_by,
            approve=lambda dialog, reason: self.manager(
                dialog, reason, signed_in=signed_in, terminal_id=actor.terminal_id
            ),
        ).exec()

    def reports(self, parent: QWidget) -> None:
        """Open the loyalty reports (on screen, print, PDF, CSV) and wait until closed."""
        from sync.reports import ChainReports

        self.reports_window(parent, chain=ChainReports(self.uow_factory)).exec()

    def z_report(self, parent: QWidget, terminal_id: str) -> None:
        """Open today's Z-report of this terminal (to show or print) and wait until closed."""
        today = self.clock().date()
        window = self.reports_window(parent, terminals=(terminal_id,))
        window.controls.choose("z", today, today)
        window.exec()

    def reports_window(self, parent: QWidget | None, **options: Any) -> ReportsWindow:
        """The reports window over this store's data, on the app's clock, in the store's
        language (its settings, as the counter's slips)."""
        from db.reports import SqlAlchemyReportSource
        from ui.reports.window import ReportsWindow
        from ui.station import load_station

        source = SqlAlchemyReportSource(self.uow_factory)  # type: ignore[arg-type]
        language = load_station(self.uow_factory()).store.language
        lang: Language = "ru" if language == "ru" else "en"
        return ReportsWindow(source, parent, clock=self.clock, language=lang, **options)

    def backoffice(
        self,
        parent: QWidget,
        staff: Staff,
        terminal_id: str,
        language: str,
        *,
        opened_by: Staff | None = None,
    ) -> QWidget:
        """Open the back office beside the counter for `staff`, and return its window.

        `opened_by`: the manager who approved a cashier's opening it; they approve what only a
        manager may do there.
        """
        from ui.backoffice.context import BackOffice
        from ui.backoffice.window import BackOfficeWindow
        from ui.worker import Worker

        context = BackOffice(
            uow_factory=self.uow_factory,
            worker=Worker(),
            staff=staff,
            terminal_id=terminal_id,
            clock=self.clock,
            hasher=self.hasher,
            language=language,
            opened_by=opened_by,
            pin_clock=self.pin_clock,
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
