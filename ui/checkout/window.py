"""The cashier's window: scan, type the amount, Enter. Function keys for everything else.

The window lays out the panels and turns what the session reports into what the cashier sees.
It never reads the database or a device itself: the session runs those on the worker, and the
prompts ask people. Its parts live beside it: the keys (`counter_keys.py`), the check and its
sale (`sale_on_counter.py`), refunds, voids and adjustments (`corrections_on_counter.py`), the
till's check (`till_check_panel.py`), registering, club membership and rewards (their dialogs'
modules), the shift (`shift.py`). A language switch in Settings retranslates it in place
(`changeEvent`): the keys, the title, and every panel's texts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from devices import ScanResult, validate_text
from pos_loyalty.domain.approvals import Action, Limits
from pos_loyalty.domain.errors import LoyaltyError
from pos_loyalty.domain.staff import Staff
from pos_loyalty.services.lookup import MemberView
from pos_loyalty.services.ports import UnitOfWork
from ui.checkout.approvals import CANNOT_BE_APPROVED, Approval, refusal_alone
from ui.checkout.corrections_on_counter import CorrectionsOnCounter
from ui.checkout.counter_keys import CounterKeys
from ui.checkout.demo_panel import DemoPanel, wire_demo_panel
from ui.checkout.history_panel import HistoryPanel
from ui.checkout.member_panel import MemberPanel
from ui.checkout.membership_dialog import MembershipAtCounter
from ui.checkout.prompts import Prompts
from ui.checkout.quote_panel import QuotePanel
from ui.checkout.register_dialog import RegisterAtCounter
from ui.checkout.rewards_dialog import RewardsAtCounter
from ui.checkout.sale_on_counter import SaleOnCounter
from ui.checkout.search_box import SearchBox
from ui.checkout.session import CheckoutSession
from ui.checkout.shift import ShiftControl
from ui.checkout.status_bar import DeviceStatusBar
from ui.checkout.style import MESSAGE_STYLES, STYLE
from ui.checkout.till_check_panel import TillCheckOnCounter, TillCheckPanel
from ui.checkout.worker_tasks import Settings
from ui.core_messages import core_message
from ui.device_bridge import DeviceBridge
from ui.fitting import KeyGrid, scrolling
from ui.i18n import current_language
from ui.retranslate import retranslation
from ui.worker import Worker

BUTTONS_PER_ROW = 5


class CheckoutWindow(QMainWindow):
    """The main window of the counter for the staff member signed in."""

    def __init__(
        self,
        session: CheckoutSession,
        bridge: DeviceBridge,
        prompts: Prompts,
        worker: Worker,
        uow_factory: Callable[[], UnitOfWork],
        staff: Staff,
        language: str,
        *,
        demo: bool = False,
    ) -> None:
        super().__init__()
        self.session, self.prompts, self.staff = session, prompts, staff
        self.language = language
        self.backoffice: QWidget | None = None
        self.setObjectName("checkoutWindow")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("POS Loyalty: %1").replace("%1", staff.name))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.search = SearchBox(worker, uow_factory)
        self.member_panel = MemberPanel(language)
        self.quote_panel = QuotePanel(language)
        self.history_panel = HistoryPanel(language)
        self.till_panel = TillCheckPanel(language)  # in the recent sales' place, while open
        self.status = DeviceStatusBar()
        self.setStatusBar(self.status)
        self.demo_panel = DemoPanel() if demo else None
        self._build_layout()
        self.shift = ShiftControl(self)
        self.bridge = bridge
        self._connect(bridge)
        self.registering = RegisterAtCounter(self)  # after _connect: its messages come last
        self.membership = MembershipAtCounter(self)
        self.rewards = RewardsAtCounter(self)
        self.till_check = TillCheckOnCounter(self)
        self.keys = CounterKeys(self)  # last: the keys reach every part of the counter
        self.actions_by_key = self.keys.actions
        self.show_message("info", self.tr("Scan a card, or type a phone number or a name."))

    def _build_layout(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addWidget(self.message)
        outer.addWidget(self.search)
        outer.addWidget(self._panels_area(), 1)
        self.button_grid = KeyGrid(BUTTONS_PER_ROW)
        outer.addWidget(self.button_grid)
        self.setCentralWidget(central)
        if self.demo_panel is not None:
            dock = self.demo_dock = QDockWidget(self.tr("Demo devices"), self)
            dock.setObjectName("demoDock")
            area = scrolling(self.demo_panel)
            # as wide as the slip's line; only a screen too short for the panel scrolls it
            bar = area.verticalScrollBar().sizeHint().width()
            area.setMinimumWidth(self.demo_panel.minimumSizeHint().width() + bar)
            dock.setWidget(area)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)

    def _panels_area(self) -> QWidget:
        """The member, history and quote panels, in two columns that each scroll only on a
        screen too short for them, with Confirm under the quote's column and outside its
        scrolling: the message, the search line, Confirm and the keys are always in view."""
        panels = QWidget()
        columns = QHBoxLayout(panels)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QWidget()
        stacked = QVBoxLayout(left)
        stacked.setContentsMargins(0, 0, 0, 0)
        # its word-wrapped lines would otherwise claim more height than a short screen has
        stacked.addWidget(scrolling(self.member_panel, wraps=True), 3)
        stacked.addWidget(self.history_panel, 2)
        stacked.addWidget(self.till_panel, 2)
        columns.addWidget(scrolling(left), 1)
        right = QVBoxLayout()
        right.addWidget(scrolling(self.quote_panel, whole_width=True), 1)
        right.addWidget(self.quote_panel.confirm_button)
        columns.addLayout(right, 1)
        return panels

    def changeEvent(self, event: QEvent) -> None:
        """Speak the language Settings switched to: the keys, the title, money from now on.

        The panels re-set their own texts on the same event; the message line says its
        sentence again in the new language (`ui.retranslate`), its values kept.
        """
        if event.type() == QEvent.Type.LanguageChange:
            old, self.language = self.language, current_language()
            said = retranslation(old, self.language).text(self.message.text())
            if said is not None:
                self.message.setText(said)
            self.setWindowTitle(self.tr("POS Loyalty: %1").replace("%1", self.staff.name))
            self.keys.retitle()
            if self.demo_panel is not None:
                self.demo_dock.setWindowTitle(self.tr("Demo devices"))
        super().changeEvent(event)

    def _connect(self, bridge: DeviceBridge) -> None:
        s = self.session
        bridge.scanned.connect(self._on_bridge_scanned)
        bridge.scanner_status_changed.connect(self.status.show_scanner)
        bridge.sync_status_changed.connect(self.status.show_sync)
        s.redemption_mode_changed.connect(self.status.show_redemption)
        self.search.card_entered.connect(self._on_search_card_entered)
        self.sale = SaleOnCounter(self)
        self.corrections = CorrectionsOnCounter(self)
        self.history_panel.reprint_requested.connect(s.reprint)
        s.settings_loaded.connect(self._on_session_settings_loaded)
        s.member_loaded.connect(self._on_session_member_loaded)
        s.member_cleared.connect(self._on_session_member_cleared)
        s.history_loaded.connect(self.history_panel.show_sales)
        s.challenges_loaded.connect(self.member_panel.show_challenges)
        s.slip_printed.connect(self._on_session_slip_printed)
        s.print_failed.connect(self._on_session_print_failed)
        s.display_failed.connect(self._on_session_display_failed)
        s.problem_found.connect(lambda text: self.show_message("error", text))
        if self.demo_panel is not None:
            wire_demo_panel(self.demo_panel, s)

    def show_message(self, kind: str, text: str) -> None:
        """Show a message to the cashier: 'info', 'ok' or 'error' (red, impossible to miss)."""
        self.message.setStyleSheet(MESSAGE_STYLES[kind])
        self.message.setProperty("kind", kind)
        self.message.setText(text)

    def new_customer(self) -> None:
        """Forget the customer and the check (Esc)."""
        self.session.clear()
        self.quote_panel.reset()
        self.search.clear()
        self.search.focus()
        self.show_message("info", self.tr("Next customer: scan a card."))

    def take_card(self, number: str) -> None:
        """Check a card number (typed, picked or scanned) and look its member up."""
        result = validate_text(number)
        if result.code is None:
            self._refuse_scan(result)
            return
        self.search.clear()
        self.session.look_up(result.code)

    def _refuse_scan(self, result: ScanResult) -> None:
        problem = core_message(result.error) if result.error else result.rejection or result.raw
        text = self.tr("Card not accepted: %1").replace("%1", problem)
        self.show_message("error", text)

    def _on_bridge_scanned(self, result: ScanResult) -> None:
        if self.shift.locked:
            return  # nobody works the counter: a scan must not show a member
        if result.code is not None and self.registering.take_scan(result.code):
            return
        if result.code is None:
            self._refuse_scan(result)
        else:
            self.take_card(result.code)

    def _on_search_card_entered(self, number: str) -> None:
        self.take_card(number)

    def _on_session_settings_loaded(self, settings: Settings) -> None:
        devices = self.session.devices
        try:
            devices.open(settings.station, self)
        except LoyaltyError as exc:
            problem = core_message(exc, self.language)
            self.show_message("error", self.tr("A device did not open: %1").replace("%1", problem))
        if devices.printer_configured:
            self.status.show_printer(True, devices.printer_name())
        else:
            self.status.show_no_printer()

    def _on_session_member_loaded(self, view: MemberView) -> None:
        refreshed = self.member_panel.card_number == view.card.number
        self.member_panel.show_member(view)
        self.quote_panel.confirm_button.setEnabled(view.can_transact)
        if refreshed:
            return  # the same card after a refund or an adjustment: keep that message
        if view.can_transact:
            name = view.member.name if view.member else ""
            text = self.tr("Card read: %1. Type the amount, then Enter.")
            self.show_message("ok", text.replace("%1", name))
            self.quote_panel.amount_edit.setFocus()
        else:
            self.show_message("error", self.member_panel.state_label.text())

    def _on_session_member_cleared(self) -> None:
        self.member_panel.show_nobody(self.session.no_card)
        self.history_panel.show_sales([])
        self.quote_panel.confirm_button.setEnabled(True)
        if self.session.no_card:
            self.show_message("info", self.tr("Check without a card: type the amount, then Enter."))
            self.quote_panel.amount_edit.setFocus()

    def _on_session_slip_printed(self, where: str) -> None:
        self.status.show_printer(True, self.session.devices.printer_name())
        if where:
            self.statusBar().showMessage(self.tr("Slip printed (%1)").replace("%1", where), 5000)

    def _on_session_print_failed(self, problem: str) -> None:
        self.status.show_printer(False, self.session.devices.printer_name(), problem)
        text = self.tr(
            "The sale is saved, but the slip was NOT printed: %1 "
            "Fix the printer, then press F10 to reprint."
        )
        self.show_message("error", text.replace("%1", problem))

    def _on_session_display_failed(self, problem: str) -> None:
        self.statusBar().showMessage(self.tr("Customer display: %1").replace("%1", problem), 8000)

    def approval(self, action: Action | None, reason: str, amount: int = 0) -> Approval | None:
        """Nobody, if the person signed in may do `action` alone; else a manager other than
        them, by name and PIN (None: not approved, and the message says why)."""
        settings = self.session.settings
        limits = settings.limits if settings is not None else Limits()
        refusal = refusal_alone(self.staff, action, limits, amount)
        if refusal is None:
            return Approval()
        if refusal.code in CANNOT_BE_APPROVED:
            self.show_message("error", core_message(refusal, self.language))
            return None
        terminal = self.session.actor.terminal_id
        manager = self.prompts.manager(self, reason, signed_in=self.staff, terminal_id=terminal)
        if manager is None:
            self.show_message("error", self.tr("Not approved: a manager's PIN is needed."))
            return None
        return Approval(manager)

    def open_settings(self) -> None:
        """Open the settings (F12), approved by a manager where the policy wants one."""
        approval = self.approval(Action.SETTINGS, self.tr("open the settings"))
        if approval is None:
            return
        # what is saved is done by the person signed in, approved by the manager who let them in
        self.prompts.settings(self, self.session.actor, approval.approved_by, signed_in=self.staff)
        self.session.reload_settings()

    def open_reports(self) -> None:
        """Open the reports window (F11)."""
        self.prompts.reports(self)

    def open_backoffice(self) -> None:
        """Open the back office (Ctrl+B): a manager may, anyone else needs one to approve."""
        approval = self.approval(None, self.tr("open the back office"))
        if approval is not None:
            self.backoffice = self.prompts.backoffice(
                self,
                self.staff,
                self.session.actor.terminal_id,
                self.language,
                opened_by=approval.manager,
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the devices when the window closes."""
        self.session.devices.close()
        super().closeEvent(event)
