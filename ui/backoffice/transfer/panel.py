"""The Import and export tab: the member import above, the exports below."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.backoffice.context import BackOffice
from ui.backoffice.transfer.export_box import ExportBox
from ui.backoffice.transfer.import_box import ImportBox


class ImportPanel(QWidget):
    """Import members from CSV (checked first); export members and the ledger."""

    def __init__(self, context: BackOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.import_box = ImportBox(context, self)
        self.export_box = ExportBox(context, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.import_box, 1)
        layout.addWidget(self.export_box)
