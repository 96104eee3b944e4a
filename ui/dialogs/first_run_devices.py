"""The devices page of the first-run wizard: the card scanner, the receipt printer, the paper."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from devices import DeviceSettingsError, PrinterSettings, ScannerSettings, SerialPortInfo
from ui.dialogs.field_errors import FieldProblem, settings_problem
from ui.dialogs.first_run_pages import CheckedPage
from ui.dialogs.port_box import chosen_port, port_box

PDF = "pdf"
"""The printer choice that writes PDF slips into a folder (no printer attached)."""


class DevicesPage(CheckedPage):
    """How the scanner and the printer are attached; checked when Next is pressed."""

    def __init__(self, ports: list[SerialPortInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Devices"))
        self.setSubTitle(self.tr("How the card scanner and the receipt printer are attached."))
        self.scanner_kind = QComboBox(self)
        self.scanner_kind.addItem(self.tr("USB keyboard wedge (types the number)"), "keyboard")
        self.scanner_kind.addItem(self.tr("Serial port (RS-232 or USB virtual COM)"), "serial")
        self.scanner_port = port_box(ports, self)
        self.printer = QComboBox(self)
        for label, value in (
            (self.tr("No printer"), "none"),
            (self.tr("Network printer (host and port)"), "network"),
            (self.tr("Serial port"), "serial"),
            (self.tr("Device file (e.g. /dev/usb/lp0)"), "file"),
            (self.tr("PDF slips in a folder"), PDF),
        ):
            self.printer.addItem(label, value)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("192.168.1.50")
        self.tcp_port = QSpinBox(self)
        self.tcp_port.setRange(1, 65535)
        self.tcp_port.setValue(9100)
        self.printer_port = port_box(ports, self)
        self.device_file = QLineEdit(self)
        self.pdf_folder = QLineEdit(self)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("80 mm"), 80)
        self.paper.addItem(self.tr("58 mm"), 58)
        self._build()
        self.scanner_kind.currentIndexChanged.connect(self._on_scanner_kind_current_index_changed)
        self.printer.currentIndexChanged.connect(self._on_printer_current_index_changed)
        self._on_scanner_kind_current_index_changed()
        self._on_printer_current_index_changed()

    def _build(self) -> None:
        scanner = QGroupBox(self.tr("Card scanner"), self)
        self._scanner_form = QFormLayout(scanner)
        self._scanner_form.addRow(self.tr("Connected by"), self.scanner_kind)
        self._scanner_form.addRow(
            self.tr("Port"), self.errors.wrap("scanner.port", self.scanner_port)
        )
        printer = QGroupBox(self.tr("Receipt printer"), self)
        self._printer_form = form = QFormLayout(printer)
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Host"), self.errors.wrap("printer.host", self.host))
        form.addRow(self.tr("TCP port"), self.errors.wrap("printer.tcp_port", self.tcp_port))
        form.addRow(self.tr("Port"), self.errors.wrap("printer.device", self.printer_port))
        form.addRow(self.tr("Device file"), self.errors.wrap("printer.file", self.device_file))
        form.addRow(self.tr("PDF folder"), self.errors.wrap("printer.pdf_folder", self.pdf_folder))
        form.addRow(self.tr("Paper width"), self.paper)
        layout = QVBoxLayout(self)
        layout.addWidget(scanner)
        layout.addWidget(printer)
        layout.addWidget(self.errors.general)

    def _on_scanner_kind_current_index_changed(self, *_: object) -> None:
        serial = self.scanner_kind.currentData() == "serial"
        self._scanner_form.setRowVisible(1, serial)

    def _on_printer_current_index_changed(self, *_: object) -> None:
        chosen = self.printer.currentData()
        shown = {1: "network", 2: "network", 3: "serial", 4: "file", 5: PDF}
        for row, connection in shown.items():
            self._printer_form.setRowVisible(row, chosen == connection)
        self._printer_form.setRowVisible(6, chosen != "none")

    def select_printer(self, connection: str) -> None:
        """Choose the printer connection ("none", "network", "serial", "file" or "pdf")."""
        self.printer.setCurrentIndex(self.printer.findData(connection))

    def collect(self) -> tuple[dict[str, Any], dict[str, Any], str | None]:
        """Return the scanner and printer settings and the PDF folder, or raise FieldProblem."""
        kind = str(self.scanner_kind.currentData())
        port = chosen_port(self.scanner_port) if kind == "serial" else ""
        try:
            scanner = ScannerSettings(kind=kind, port=port).to_dict()
        except DeviceSettingsError as error:
            raise settings_problem("scanner", error) from None
        connection = str(self.printer.currentData())
        pdf_folder = self.pdf_folder.text().strip() if connection == PDF else None
        if connection == PDF and not pdf_folder:
            text = self.tr("Give the folder where the PDF slips go.")
            raise FieldProblem("printer.pdf_folder", text)
        values: dict[str, Any] = {
            "connection": "none" if connection == PDF else connection,
            "paper_mm": int(self.paper.currentData()),
        }
        if connection == "network":
            values |= {"host": self.host.text().strip(), "tcp_port": self.tcp_port.value()}
        elif connection in ("serial", "file"):
            path = chosen_port(self.printer_port) if connection == "serial" else ""
            values["device"] = path or self.device_file.text().strip()
        try:
            printer = PrinterSettings.from_dict(values).to_dict()
        except DeviceSettingsError as error:
            problem = settings_problem("printer", error)
            if connection == "file" and problem.field == "printer.device":
                problem.field = "printer.file"
            raise problem from None
        return scanner, printer, pdf_folder
