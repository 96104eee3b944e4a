"""The list side of the Members tab: a search line over a lazily filled table of members.

Each key typed in the search line sends one search (a card number or its first digits, a phone,
or a name); requests replace each other, so the table shows what the last key found. Down
moves into the table, Enter (or a double click) opens the member. The count of members is read
in the background once the first page is shown: a million rows take a moment to count, and
nothing waits for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.services.directory import count_members
from pos_loyalty.services.ports import UnitOfWork
from ui.backoffice.members.list_model import MemberListModel
from ui.checkout.text import points
from ui.worker import Worker


class MemberListPage(QWidget):
    """Search line, the members table, and the button to register a new member."""

    member_chosen = Signal(str)

    def __init__(
        self,
        model: MemberListModel,
        worker: Worker,
        uow_factory: Callable[[], UnitOfWork],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model, self._worker, self._uow, self._language = model, worker, uow_factory, language
        self.total: int | None = None
        self._counting = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("memberSearch")
        self.search_edit.setPlaceholderText("Ctrl+F  " + self.tr("Card number, phone or name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.search_edit.installEventFilter(self)
        top.addWidget(self.search_edit, 1)
        self.new_button = QPushButton(self.tr("New member  (Ctrl+N)"), self)
        self.new_button.setObjectName("newMember")
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.view = self._make_view()
        layout.addWidget(self.view, 1)
        self.status = QLabel(self)
        self.status.setObjectName("listStatus")
        layout.addWidget(self.status)
        focus = QShortcut(QKeySequence("Ctrl+F"), self)
        focus.activated.connect(self.focus_search)
        model.page_loaded.connect(self._on_model_page_loaded)
        model.search_shown.connect(self._on_model_search_shown)
        model.failed.connect(self.status.setText)

    def _make_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("memberList")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)  # one line per cell: cheaper to paint a screenful of rows
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(24)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((260, 160, 130, 100, 90)):
            view.setColumnWidth(column, width)
        view.activated.connect(self._on_view_activated)
        return view

    def start(self) -> None:
        """Show the first page; the members are counted in the background once it is shown."""
        self._counting = False
        self.model.reload()

    def focus_search(self) -> None:
        """Put the cursor in the search line, its text selected."""
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search line moves into the table."""
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.view.setFocus()
                self.view.selectRow(max(0, self.view.currentIndex().row()))
                return True
        return False

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.model.search(text)

    def _on_search_edit_return_pressed(self) -> None:
        row = max(0, self.view.currentIndex().row())
        member_id = self.model.member_id(row)
        if member_id is not None:
            self.member_chosen.emit(member_id)

    def _on_view_activated(self, index: QModelIndex) -> None:
        member_id = self.model.member_id(index.row())
        if member_id is not None:
            self.member_chosen.emit(member_id)

    def _on_model_page_loaded(self, _count: int) -> None:
        self._show_count()
        if self.total is None and not self._counting:
            self._counting = True  # after the first page: the count must not slow it down
            self._worker.submit(
                lambda: count_members(self._uow()), self._on_counted, channel="members.count"
            )

    def _on_model_search_shown(self, found: int) -> None:
        if found:
            self.view.selectRow(0)
            self.status.setText(self.tr("%n member(s) found; Enter opens", "", found))
        else:
            self.status.setText(self.tr("Nobody found: try the card number, phone or surname"))

    def _on_counted(self, total: int) -> None:
        self.total = total
        if not self.model.searching:
            self._show_count()

    def _show_count(self) -> None:
        shown = points(self.model.rowCount(), self._language)
        if self.total is None:
            self.status.setText(self.tr("{shown} members shown").format(shown=shown))
            return
        total = points(self.total, self._language)
        self.status.setText(
            self.tr("{shown} of {total} members shown").format(shown=shown, total=total)
        )
