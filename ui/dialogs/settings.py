"""The settings dialog: store, devices and counter rules, all checked before anything is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from devices import SerialPortInfo, list_serial_ports
from pos_loyalty.services.ports import UnitOfWork
from ui.dialogs.field_errors import FieldProblem
from ui.dialogs.settings_devices import DevicesTab, PrintSlip
from ui.dialogs.settings_tabs import REFUND_LIMIT_KEY, CounterTab, StoreTab
from ui.station import load_station, print_slip, save_device, save_store


class SettingsDialog(QDialog):
    """Edit the terminal's settings; Save writes them only when every value is accepted."""

    saved = Signal()

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        parent: QWidget | None = None,
        *,
        port_lister: Callable[[], list[SerialPortInfo]] = list_serial_ports,
        printer: PrintSlip = print_slip,
    ) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.setWindowTitle(self.tr("Settings"))
        station = load_station(uow_factory())
        uow = uow_factory()
        with uow.read_only():
            limit = uow.settings.get(REFUND_LIMIT_KEY)
        self.store_tab = StoreTab(station.store, self)
        self.devices_tab = DevicesTab(station, port_lister(), printer, self)
        self.counter_tab = CounterTab(limit if isinstance(limit, int) else None, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.store_tab, self.tr("Store"))
        self.tabs.addTab(self.devices_tab, self.tr("Devices"))
        self.tabs.addTab(self.counter_tab, self.tr("Counter"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 560)

    def save(self) -> bool:
        """Check every tab, then save all; return False, saving nothing, if a value is refused."""
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
            return False
        settings, pdf_folder = devices
        save_store(self._uow_factory(), header)
        for key, values in settings.items():
            save_device(self._uow_factory(), key, values)
        uow = self._uow_factory()
        with uow:
            uow.settings.put("pdf_folder", pdf_folder)
            if limit is not None:
                uow.settings.put(REFUND_LIMIT_KEY, limit)
            uow.commit()
        self.saved.emit()
        return True

    def _on_buttons_accepted(self) -> None:
        if self.save():
            self.accept()
