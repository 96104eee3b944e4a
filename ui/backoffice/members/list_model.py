"""The member list as a lazy table model: a page at a time, read off the GUI thread.

The view asks `canFetchMore` / `fetchMore` when it scrolls near the end; the model then reads
the next page after the last member it holds (a keyset cursor, never OFFSET) through the
worker and appends it when it arrives. The model never holds more than the pages scrolled to.
A search replaces the rows with what it found (at most `SEARCH_LIMIT`); an empty search goes
back to the list from the top. Requests on a channel replace each other, so an older search
coming back late never overwrites a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from pos_loyalty.domain.members import format_phone, mask_phone
from pos_loyalty.services.directory import (
    PAGE_SIZE,
    DirectoryLine,
    DirectoryPage,
    directory_page,
    search_directory,
)
from pos_loyalty.services.ports import Clock, UnitOfWork
from ui.checkout.text import day, points
from ui.worker import Worker

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("MemberListModel", "Name"),
    QT_TRANSLATE_NOOP("MemberListModel", "Phone"),
    QT_TRANSLATE_NOOP("MemberListModel", "Main card"),
    QT_TRANSLATE_NOOP("MemberListModel", "Tier"),
    QT_TRANSLATE_NOOP("MemberListModel", "Balance"),
    QT_TRANSLATE_NOOP("MemberListModel", "Registered"),
)
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_MEMBER_ID = MEMBER_ID_ROLE.value
BALANCE_COLUMN = 4


class MemberListModel(QAbstractTableModel):
    """Members in registration order, fetched a page at a time; or the members a search found."""

    page_loaded = Signal(int)
    search_shown = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        worker: Worker,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        language: str,
        *,
        full_phones: bool,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__()
        self._worker = worker
        self._uow = uow_factory
        self._clock = clock
        self._language = language
        self._full_phones = full_phones
        self.page_size = page_size
        self.lines: list[DirectoryLine] = []
        self._texts: list[tuple[str, ...]] = []  # each line's cells, formatted once
        self.searching = ""
        self._after = 0
        self._more = True
        self._loading = False

    # The Qt model interface.

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows held now (pages fetched so far, or the search results)."""
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Name, phone, main card, tier, balance, registered."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The translated column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MemberListModel", str(COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """A cell's text; the member's id under MEMBER_ID_ROLE (a view asks often: keep it lean)."""
        if role == _DISPLAY:
            row = index.row()
            return self._texts[row][index.column()] if 0 <= row < len(self._texts) else None
        if role == _ALIGN:
            return RIGHT if index.column() == BALANCE_COLUMN else None
        if role == _MEMBER_ID:
            return self.member_id(index.row())
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """True while the list has pages left and none is on its way."""
        return not parent.isValid() and not self.searching and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Ask for the next page off the GUI thread; it is appended when it arrives."""
        if not self.canFetchMore(parent):
            return
        self._loading = True
        after, size, clock = self._after, self.page_size, self._clock
        self._worker.submit(
            lambda: directory_page(self._uow(), clock=clock, after=after, limit=size),
            self._on_page_read,
            self._on_read_failed,
            channel="members.list",
        )

    # Searching and reloading.

    def search(self, text: str) -> None:
        """Show what `text` finds (a card, phone or name); empty text: the list from the top."""
        text = text.strip()
        if not text:
            self.reload()
            return
        self.searching = text
        self._worker.forget("members.list")
        self._loading = False
        clock = self._clock
        self._worker.submit(
            lambda: search_directory(self._uow(), text, clock=clock),
            self._on_search_read,
            self._on_read_failed,
            channel="members.search",
        )

    def reload(self) -> None:
        """Start the list again from the first member (after a change, or a cleared search)."""
        self._worker.forget("members.search")
        self._worker.forget("members.list")
        self.beginResetModel()
        self.lines, self._texts = [], []
        self.searching = ""
        self._after, self._more, self._loading = 0, True, False
        self.endResetModel()
        self.fetchMore()

    def refresh(self) -> None:
        """Read again what is shown: the same search, or the list from the top."""
        if self.searching:
            self.search(self.searching)
        else:
            self.reload()

    def member_id(self, row: int) -> str | None:
        """The id of the member on `row`, if there is such a row."""
        return self.lines[row].member_id if 0 <= row < len(self.lines) else None

    def _on_page_read(self, page: DirectoryPage) -> None:
        self._loading = False
        if page.lines:
            first = len(self.lines)
            self.beginInsertRows(QModelIndex(), first, first + len(page.lines) - 1)
            self.lines.extend(page.lines)
            self._texts.extend(self._row(line) for line in page.lines)
            self.endInsertRows()
        self._after, self._more = page.after, page.more
        self.page_loaded.emit(len(page.lines))

    def _on_search_read(self, found: tuple[DirectoryLine, ...]) -> None:
        self.beginResetModel()
        self.lines = list(found)
        self._texts = [self._row(line) for line in found]
        self.endResetModel()
        self.search_shown.emit(len(found))

    def _on_read_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.failed.emit(str(exc))

    def _row(self, line: DirectoryLine) -> tuple[str, ...]:
        lang = self._language
        name = line.name
        if line.erased:
            name = QCoreApplication.translate("MemberListModel", "(erased)")
        return (
            name,
            format_phone(line.phone) if self._full_phones else mask_phone(line.phone),
            line.card or "",
            line.tier,
            points(line.balance, lang),
            day(line.registered_on, lang) if line.registered_on else "",
        )
