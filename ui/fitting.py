"""Layout helpers that keep every window inside a shop's screen (1366×768, 1024×768).

`KeyGrid` is a grid of buttons whose number of columns follows the width it is given:
buttons that do not fit on a row go on to the next one, so a row of long Russian labels never
pushes a window wider than the screen (1366 or 1024 pixels at a shop's counter). The grid
never asks for more width than its widest button; its height is that of the rows it needs at
the width it has now. `scrolling` wraps a long form or panel so that it scrolls on a short
screen instead of making the window taller than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget


class KeyGrid(QWidget):
    """Buttons (or any small widgets) in rows of at most `max_columns`, fewer when the width
    is short."""

    def __init__(self, max_columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._max_columns = max_columns
        self._columns = max_columns
        self.buttons: list[QWidget] = []

    def add(self, button: QWidget) -> None:
        """Put `button` (or a small row of widgets) after the others."""
        self.buttons.append(button)
        self._place(self._columns)

    @property
    def columns(self) -> int:
        """How many buttons a row holds now."""
        return self._columns

    def _shown(self) -> list[QWidget]:
        return [b for b in self.buttons if not b.isHidden()]

    def _widest(self) -> QSize:
        hints = [b.minimumSizeHint() for b in self._shown()] or [QSize(0, 0)]
        return QSize(max(h.width() for h in hints), max(h.height() for h in hints))

    def _width_at(self, columns: int) -> int:
        """The width the buttons need laid out in `columns` (each column as its widest)."""
        widths = [0] * columns
        for index, button in enumerate(self._shown()):
            column = index % columns
            widths[column] = max(widths[column], button.minimumSizeHint().width())
        return sum(widths) + (columns - 1) * max(self._grid.horizontalSpacing(), 0)

    def _fitting(self, width: int) -> int:
        for columns in range(self._max_columns, 1, -1):
            if self._width_at(columns) <= width:
                return columns
        return 1

    def _place(self, columns: int) -> None:
        for button in self.buttons:
            self._grid.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self._grid.addWidget(button, index // columns, index % columns)
        self._columns = columns

    def _rows(self) -> int:
        return max(1, -(-len(self._shown()) // self._columns))

    def minimumSizeHint(self) -> QSize:
        """As wide as the widest button; as tall as the rows needed at the present width."""
        widest, rows = self._widest(), self._rows()
        spacing = max(self._grid.verticalSpacing(), 0)
        return QSize(widest.width(), rows * widest.height() + (rows - 1) * spacing)

    def sizeHint(self) -> QSize:
        """The buttons at their natural size, as many on a row as allowed."""
        return self._grid.sizeHint().expandedTo(self.minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay the buttons out again in as many columns as the new width holds."""
        columns = self._fitting(event.size().width())
        if columns != self._columns:
            self._place(columns)
            self.updateGeometry()  # the rows needed changed: the window lays out again
        super().resizeEvent(event)


class _FillLayout(QVBoxLayout):
    """A layout that claims no height-for-width, so a scroll area gives its widget the height
    of the view when that is enough (with height-for-width it would give the preferred height,
    and scroll on a screen where the panels would fit)."""

    def hasHeightForWidth(self) -> bool:
        return False


class _FitScrollArea(QScrollArea):
    """A scroll area that sizes its content again whenever the content's layout changes (a
    `KeyGrid` going to a second row), not only when the area itself is resized."""

    whole_width = False
    """Never narrower than the content's minimum width: it scrolls up and down only."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.setWidgetResizable(True)  # lays the content out again at the view's size
            if self.whole_width:
                self.updateGeometry()  # its minimum width may have changed (a new language)
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if self.whole_width and content is not None:
            bar = self.verticalScrollBar().sizeHint().width()
            width = content.minimumSizeHint().width() + bar + 2 * self.frameWidth()
            hint.setWidth(max(hint.width(), width))
        return hint


def scrolling(content: QWidget, *, wraps: bool = False, whole_width: bool = False) -> QScrollArea:
    """`content` in a frameless scroll area that shows it whole when there is room.

    `wraps`: the content is word-wrapped text that should grow downwards with its width.
    `whole_width`: the area is never narrower than the content needs, so only a short screen
    scrolls it (up and down), and the layout around it gives up width elsewhere.
    """
    area = _FitScrollArea()
    if whole_width:
        area.whole_width = True
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setObjectName(f"{content.objectName() or 'content'}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    if wraps:
        area.setWidget(content)
        return area
    holder = QWidget()
    layout = _FillLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(content)
    area.setWidget(holder)
    return area
