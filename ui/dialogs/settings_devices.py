"""The Devices tab of the settings dialog: scanner, printer and display, and a test print.

The test slip carries the store's saved header (name, header lines, footer, language) and
today's date, so the printer is checked with what customers will see.

The test print runs on a worker thread (a printer that does not answer may take its whole
timeout) and reports back through a signal; no widget is touched off the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from devices import (
    DeviceError,
    DisplaySettings,
    PrinterSettings,
    ScannerSettings,
    SerialPortInfo,
    printer_test_slip,
)
from pos_loyalty.domain.slip import Slip
from pos_loyalty.services.ports import Clock
from ui.clock import system_clock
from ui.dialogs.device_form import DeviceForm
from ui.dialogs.device_messages import printer_problem_text
from ui.dialogs.field_errors import FieldProblem, FormErrors
from ui.station import Station

PrintSlip = Callable[[Station, Slip], str]
"""Prints a slip where the station is set up to; returns where it went ("" for nowhere)."""


class _PrintJob(QObject):
    """Prints on a worker thread; `finished(where, error)` arrives on the GUI thread."""

    finished = Signal(str, str)

    def __init__(self, print_slip: PrintSlip, station: Station, slip: Slip) -> None:
        super().__init__()
        self._print_slip = print_slip
        self._station = station
        self._slip = slip

    def start(self) -> None:
        """Start printing the test slip."""
        threading.Thread(target=self._run, name="test-print", daemon=True).start()

    def _run(self) -> None:
        try:
            where = self._print_slip(self._station, self._slip)
        except DeviceError as error:
            self.finished.emit("", printer_problem_text(error))
        except OSError as error:
            self.finished.emit("", str(error))
        else:
            self.finished.emit(where, "")


class DevicesTab(QScrollArea):
    """The three devices' settings, the PDF folder and the test print."""

    test_printed = Signal(str)

    def __init__(
        self,
        station: Station,
        ports: list[SerialPortInfo],
        print_slip: PrintSlip,
        parent: QWidget | None = None,
        *,
        clock: Clock = system_clock,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._print_slip = print_slip
        self._clock = clock
        self._job: _PrintJob | None = None
        body = QWidget(self)
        self.errors = FormErrors(body)
        self.forms = {
            "scanner": DeviceForm("scanner", ScannerSettings, station.scanner.to_dict(), ports),
            "printer": DeviceForm("printer", PrinterSettings, station.printer.to_dict(), ports),
            "display": DeviceForm("display", DisplaySettings, station.display.to_dict(), ports),
        }
        self.pdf_folder = QLineEdit(station.pdf_folder, body)
        self.test_print = QPushButton(self.tr("Test print"), body)
        self.test_print.setObjectName("test_print")
        self.test_result = QLabel(body)
        self.test_result.setObjectName("test_result")
        self.test_result.setWordWrap(True)
        layout = QVBoxLayout(body)
        titles = {
            "scanner": self.tr("Card scanner"),
            "printer": self.tr("Receipt printer"),
            "display": self.tr("Customer display"),
        }
        for key, form in self.forms.items():
            box = QGroupBox(titles[key], body)
            QVBoxLayout(box).addWidget(form)
            layout.addWidget(box)
            if key == "printer":
                layout.addLayout(self._pdf_row(body))
        layout.addWidget(self.errors.general)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.test_print.clicked.connect(self._on_test_print_clicked)

    def _pdf_row(self, body: QWidget) -> QFormLayout:
        form = QFormLayout()
        self.pdf_folder.setPlaceholderText(self.tr("Used when there is no printer"))
        form.addRow(self.tr("PDF slips folder"), self.errors.wrap("pdf_folder", self.pdf_folder))
        form.addRow(self.test_print, self.test_result)
        return form

    def collect(self) -> tuple[dict[str, dict[str, Any]], str]:
        """Return each device's checked settings and the PDF folder; show every refused value."""
        found: list[FieldProblem] = []
        settings: dict[str, dict[str, Any]] = {}
        for key, form in self.forms.items():
            form.errors.clear()
            try:
                settings[key] = form.settings().to_dict()
            except FieldProblem as problem:
                form.show_problem(problem)
                found.append(problem)
        if found:
            raise found[0]
        return settings, self.pdf_folder.text().strip()

    def _on_test_print_clicked(self) -> None:
        form = self.forms["printer"]
        form.errors.clear()
        try:
            printer = form.settings()
        except FieldProblem as problem:
            form.show_problem(problem)
            return
        station = replace(self._station, printer=printer, pdf_folder=self.pdf_folder.text())
        self.test_print.setEnabled(False)
        self.test_result.setText(self.tr("Printing a test slip…"))
        slip = printer_test_slip(station.store, self._clock())
        self._job = _PrintJob(self._print_slip, station, slip)
        self._job.finished.connect(self._on_job_finished)
        self._job.start()

    def _on_job_finished(self, where: str, error: str) -> None:
        self.test_print.setEnabled(True)
        if error:
            text = error
        elif where:
            text = self.tr("The test slip went to {where}.").format(where=where)
        else:
            text = self.tr("No printer and no PDF folder are set up: nothing was printed.")
        self.test_result.setText(text)
        self.test_printed.emit(text)
