"""The back office's tabs, in the order they are shown: adding an area is one line here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.backoffice.audit import AuditPanel
from ui.backoffice.cards import CardsPanel
from ui.backoffice.members import MembersPanel
from ui.backoffice.programme import ProgrammePanel
from ui.backoffice.staff import StaffPanel
from ui.backoffice.transfer import ImportPanel
from ui.backoffice.window import PanelEntry

PANELS: list[PanelEntry] = [
    (str(QT_TRANSLATE_NOOP("BackOffice", "Members")), MembersPanel),
    (str(QT_TRANSLATE_NOOP("BackOffice", "Cards")), CardsPanel),
    (str(QT_TRANSLATE_NOOP("BackOffice", "Programme")), ProgrammePanel),
    (str(QT_TRANSLATE_NOOP("BackOffice", "Import and export")), ImportPanel),
    (str(QT_TRANSLATE_NOOP("BackOffice", "Staff")), StaffPanel),
    (str(QT_TRANSLATE_NOOP("BackOffice", "Audit log")), AuditPanel),
]
"""(title, factory) for each tab; the factory takes the `BackOffice` context."""
