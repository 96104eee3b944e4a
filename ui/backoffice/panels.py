"""The back office's tabs, in the order they are shown: adding an area is one line here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.backoffice.programme import ProgrammePanel
from ui.backoffice.window import PanelEntry

PANELS: list[PanelEntry] = [
    (str(QT_TRANSLATE_NOOP("BackOffice", "Programme")), ProgrammePanel),
]
"""(title, factory) for each tab; the factory takes the `BackOffice` context."""
