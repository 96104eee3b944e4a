"""The back-office window: one tab per area, each a panel built from the `BackOffice` context.

The window knows nothing about what a panel does; `panels.PANELS` says which panels there are,
so adding an area is one line there. Ctrl+1 .. Ctrl+9 switch tabs from the keyboard.

A language switch in Settings reaches the open window as Qt's LanguageChange: the window
retitles itself and its tabs, and every panel's texts are said again in the new language
(`ui.retranslate`): the fixed ones, the lines drawn from data (`ui.i18n.redraw`), and the table
headers. What a person typed stays as typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from ui.backoffice.context import BackOffice
from ui.fitting import scrolling
from ui.i18n import current_language, redraw
from ui.retranslate import retranslate_tree

WORD_TABLES = (
    "BackOffice",
    "BackOfficeWords",
    "CoreMessages",
    "AuditTexts",
    "CardView",
    "MemberListModel",
    "MemberTables",
    "ProgrammeFields",
    "StaffTable",
)
"""The word tables whose texts a panel may show besides its own (`tr()` of its classes)."""

PanelFactory = Callable[[BackOffice], QWidget]
PanelEntry = tuple[str, PanelFactory]
"""(the tab's title, marked with QT_TRANSLATE_NOOP("BackOffice", ...); the panel's factory)."""


class BackOfficeWindow(QMainWindow):
    """The manager's window: members, cards, programme, staff, import and export, audit log."""

    def __init__(
        self,
        context: BackOffice,
        panels: Sequence[PanelEntry] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if panels is None:
            from ui.backoffice.panels import PANELS

            panels = PANELS
        self.context = context
        self._set_title()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("backOfficeTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.panels: dict[str, QWidget] = {}
        self._titles = [title for title, _factory in panels]
        self._language = current_language()
        for index, (title, factory) in enumerate(panels):
            panel = factory(context)
            panel.setParent(self.tabs)
            self.panels[title] = panel
            # a tab wider or taller than a 1024×768 screen scrolls instead of widening the window
            tab = scrolling(panel)
            self.tabs.addTab(tab, QCoreApplication.translate("BackOffice", title))
            if index < 9:
                self._tab_shortcut(index)
        self.resize(1200, 700)  # inside a 1366×768 screen with its title bar and task bar

    def _set_title(self) -> None:
        name = self.context.staff.name
        self.setWindowTitle(self.tr("POS Loyalty back office: %1").replace("%1", name))

    def changeEvent(self, event: QEvent) -> None:
        """Say everything again in the language Settings switched to, without a reopen."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The window, its tabs and every panel's texts in the language now installed."""
        old, new = self._language, current_language()
        self._language = self.context.language = new
        self._set_title()
        for index, title in enumerate(self._titles):
            self.tabs.setTabText(index, QCoreApplication.translate("BackOffice", title))
        if old == new:
            return
        for panel in self.panels.values():
            retranslate_tree(panel, old, new, WORD_TABLES)
            for widget in [panel, *panel.findChildren(QWidget)]:
                redraw(widget)

    def _tab_shortcut(self, index: int) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda: self.tabs.setCurrentIndex(index))
        self.addAction(action)

    def panel(self, title: str) -> QWidget:
        """The panel shown under `title` (the English title, as listed in PANELS)."""
        return self.panels[title]
