"""The settings dialog: store, devices and counter rules, all checked before anything is saved.

Saving is one call of the core's `change_settings` for everything that changed: the approval
policy allows it (a manager, or a cashier a manager let in: `approved_by`), and the audit log
keeps every changed value before and after. Raising the refund limit needs a second manager,
who is asked for by name and PIN when the core says so.

A new store language is installed as soon as it is saved: every open window gets Qt's
LanguageChange and says its texts again (the counter, the back office, the reports window).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from devices import SerialPortInfo, list_serial_ports
from pos_loyalty.domain.errors import LoyaltyError
from pos_loyalty.domain.staff import Staff
from pos_loyalty.services.authority import REFUND_LIMIT_KEY
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor
from ui.core_messages import core_message
from ui.dialogs.field_errors import FieldProblem
from ui.dialogs.settings_devices import DevicesTab, PrintSlip
from ui.dialogs.settings_tabs import CounterTab, StoreTab
from ui.i18n import install_translator
from ui.station import (
    STORE_KEY,
    device_settings,
    load_station,
    print_slip,
    save_settings,
    store_settings,
)

Approve = Callable[[QWidget, str], Staff | None]
"""Ask a second manager by name and PIN; the manager, or None when nobody approves."""

SECOND_PERSON = "needs_second_manager"
"""The core's refusal that a second manager on the spot lifts."""


class SettingsDialog(QDialog):
    """Edit the terminal's settings; Save writes them only when every value is accepted."""

    saved = Signal()

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        parent: QWidget | None = None,
        *,
        clock: Clock,
        actor: Actor,
        approved_by: str = "",
        approve: Approve | None = None,
        port_lister: Callable[[], list[SerialPortInfo]] = list_serial_ports,
        printer: PrintSlip = print_slip,
    ) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._clock, self._actor, self._approved_by = clock, actor, approved_by
        self._approve = approve
        self.setWindowTitle(self.tr("Settings"))
        station = load_station(uow_factory())
        self._saved_language: str = station.store.language
        uow = uow_factory()
        with uow.read_only():
            limit = uow.settings.get(REFUND_LIMIT_KEY)
        self.store_tab = StoreTab(station.store, self)
        self.devices_tab = DevicesTab(station, port_lister(), printer, self, clock=clock)
        self.counter_tab = CounterTab(limit if isinstance(limit, int) else None, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.store_tab, self.tr("Store"))
        self.tabs.addTab(self.devices_tab, self.tr("Devices"))
        self.tabs.addTab(self.counter_tab, self.tr("Counter"))
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 560)

    def save(self) -> bool:
        """Check every tab, then save all; return False, saving nothing, if a value is refused."""
        changes = self._collect()
        if changes is None:
            return False
        self.message.clear()
        try:
            self._save(changes)
        except LoyaltyError as exc:
            self.message.setText(core_message(exc))
            return False
        self._switch_language(changes[STORE_KEY]["language"])
        self.saved.emit()
        return True

    def _switch_language(self, language: str) -> None:
        """Speak a newly saved store language now, without a restart."""
        qapp = QCoreApplication.instance()
        if language != self._saved_language and qapp is not None:
            self._saved_language = language
            install_translator(qapp, language)

    def _collect(self) -> dict[str, Any] | None:
        """Every value as it would be stored, or None (the refused tab shown) if one is refused."""
        refused: list[QWidget] = []
        header = devices = None
        limit: int | None = None
        try:
            header = self.store_tab.collect()
        except FieldProblem:
            refused.append(self.store_tab)
        try:
            devices = self.devices_tab.collect()
        except FieldProblem:
            refused.append(self.devices_tab)
        try:
            limit = self.counter_tab.collect()
        except FieldProblem:
            refused.append(self.counter_tab)
        if refused or header is None or devices is None:
            self.tabs.setCurrentWidget(refused[0])
            return None
        settings, pdf_folder = devices
        changes: dict[str, Any] = {STORE_KEY: store_settings(header), "pdf_folder": pdf_folder}
        for key, values in settings.items():
            changes[key] = device_settings(self._uow_factory(), key, values)
        if limit is not None:
            changes[REFUND_LIMIT_KEY] = limit
        return changes

    def _save(self, changes: dict[str, Any]) -> None:
        """Save as the person signed in; ask a second manager if the core wants one."""
        try:
            self._save_as(changes, self._approved_by)
        except LoyaltyError as exc:
            if exc.code != SECOND_PERSON or self._approve is None:
                raise
            second = self._approve(self, self.tr("raise an approval limit"))
            if second is None:
                raise
            self._save_as(changes, second.id)

    def _save_as(self, changes: dict[str, Any], approved_by: str) -> None:
        save_settings(
            self._uow_factory(),
            changes,
            clock=self._clock,
            actor=self._actor,
            approved_by=approved_by,
        )

    def _on_buttons_accepted(self) -> None:
        if self.save():
            self.accept()
