"""The demo mode's side panel: simulate a scan, switch the printer off, see the slip and display.

The panel follows the devices the settings opened: "Simulate a scan" only while the scanner is
the simulated one (a real scanner scans by itself), the printer switch only for the simulated
printer. The customer display's two lines and the last slip are always shown, the slip as the
printer lays it out: at its paper's width (32 or 48 characters), in a monospace font, one printed
line per screen line (never wrapped, so an amount is never cut in two; it scrolls sideways if the
panel is narrower).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from devices import Paper
from ui.checkout.counter_devices import CounterDevices
from ui.checkout.session import CheckoutSession


class DemoPanel(QWidget):
    """Stands in for the hardware in the demo: a scan field, a printer switch, a slip view."""

    scan_requested = Signal(str)
    printer_offline_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoPanel")
        layout = QVBoxLayout(self)
        self.scan_label = QLabel()
        layout.addWidget(self.scan_label)
        self.card_box = QComboBox()
        self.card_box.setObjectName("simulateCard")
        self.card_box.setEditable(True)
        line = self.card_box.lineEdit()
        if line is not None:
            line.returnPressed.connect(self._on_scan_button_clicked)
        layout.addWidget(self.card_box)
        self.scan_button = QPushButton()
        self.scan_button.clicked.connect(self._on_scan_button_clicked)
        layout.addWidget(self.scan_button)
        self.offline_box = QCheckBox()
        self.offline_box.toggled.connect(self.printer_offline_toggled)
        layout.addWidget(self.offline_box)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.display_title = QLabel()
        layout.addWidget(self.display_title)
        self.display_view = QLabel()
        self.display_view.setObjectName("displayView")
        self.display_view.setFont(fixed)
        self.display_view.setStyleSheet("background:#102010; color:#7CFC00; padding:6px;")
        layout.addWidget(self.display_view)
        self.slip_title = QLabel()
        layout.addWidget(self.slip_title)
        self.slip_view = QPlainTextEdit()
        self.slip_view.setObjectName("slipView")
        self.slip_view.setReadOnly(True)
        self.slip_view.setMinimumHeight(120)
        self.slip_view.setFont(fixed)
        self.slip_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.slip_view, 1)
        self.set_paper(Paper.MM80)
        self._set_texts()

    def _set_texts(self) -> None:
        self.scan_label.setText(self.tr("Simulate a scan"))
        self.scan_button.setText(self.tr("Scan"))
        self.offline_box.setText(self.tr("Printer switched off"))
        self.display_title.setText(self.tr("Customer display"))
        self.slip_title.setText(self.tr("Last slip"))

    def changeEvent(self, event: QEvent) -> None:
        """Speak the language Settings switched to."""
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
        super().changeEvent(event)

    def set_paper(self, paper: Paper) -> None:
        """Make the slip view as wide as the paper's line, so a slip shows as it prints."""
        view = self.slip_view
        view.ensurePolished()
        frame = 2 * view.frameWidth() + 2 * int(view.document().documentMargin())
        scroll = view.verticalScrollBar().sizeHint().width()
        text = view.fontMetrics().horizontalAdvance("0" * paper.columns)
        view.setMinimumWidth(text + frame + scroll + 4)
        self.columns = paper.columns

    def follow(self, devices: CounterDevices) -> None:
        """Show only the controls of the devices that are simulated now."""
        simulated_scanner = devices.scanner_simulated
        for widget in (self.scan_label, self.card_box, self.scan_button):
            widget.setVisible(simulated_scanner)
        self.offline_box.setVisible(devices.printer is not None)
        self.set_paper(devices.paper)

    def offer_cards(self, numbers: list[str]) -> None:
        """Offer these card numbers in the scan field."""
        self.card_box.clear()
        self.card_box.addItems(numbers)

    def show_slip(self, text: str) -> None:
        """Show the text of the last slip printed."""
        self.slip_view.setPlainText(text)

    def show_display(self, lines: tuple[str, str]) -> None:
        """Show the two lines of the customer display."""
        self.display_view.setText("\n".join(lines))

    def _on_scan_button_clicked(self) -> None:
        code = self.card_box.currentText().strip()
        if code:
            self.scan_requested.emit(code)


def wire_demo_panel(panel: DemoPanel, session: CheckoutSession) -> None:
    """Connect the panel to the session and its devices (after the window's own connections)."""
    devices = session.devices

    def printer_off(offline: bool) -> None:
        if devices.printer is not None:
            devices.printer.go_offline(offline)

    def slip_done(_what: str) -> None:
        panel.show_slip(devices.last_slip_text)

    panel.scan_requested.connect(devices.simulate_scan)
    panel.printer_offline_toggled.connect(printer_off)
    session.settings_loaded.connect(lambda _settings: panel.follow(devices))
    session.display_updated.connect(panel.show_display)
    session.slip_printed.connect(slip_done)
    session.print_failed.connect(slip_done)
