"""The demo mode's side panel: simulate a scan, switch the printer off, see the slip and display."""

from __future__ import annotations

from PySide6.QtCore import Signal
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


class DemoPanel(QWidget):
    """Stands in for the hardware in the demo: a scan field, a printer switch, a slip view."""

    scan_requested = Signal(str)
    printer_offline_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoPanel")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Simulate a scan")))
        self.card_box = QComboBox()
        self.card_box.setObjectName("simulateCard")
        self.card_box.setEditable(True)
        line = self.card_box.lineEdit()
        if line is not None:
            line.returnPressed.connect(self._on_scan_button_clicked)
        layout.addWidget(self.card_box)
        self.scan_button = QPushButton(self.tr("Scan"))
        self.scan_button.clicked.connect(self._on_scan_button_clicked)
        layout.addWidget(self.scan_button)
        self.offline_box = QCheckBox(self.tr("Printer switched off"))
        self.offline_box.toggled.connect(self.printer_offline_toggled)
        layout.addWidget(self.offline_box)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        layout.addWidget(QLabel(self.tr("Customer display")))
        self.display_view = QLabel()
        self.display_view.setObjectName("displayView")
        self.display_view.setFont(fixed)
        self.display_view.setStyleSheet("background:#102010; color:#7CFC00; padding:6px;")
        layout.addWidget(self.display_view)
        layout.addWidget(QLabel(self.tr("Last slip")))
        self.slip_view = QPlainTextEdit()
        self.slip_view.setObjectName("slipView")
        self.slip_view.setReadOnly(True)
        self.slip_view.setMinimumHeight(120)
        self.slip_view.setFont(fixed)
        layout.addWidget(self.slip_view, 1)

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
