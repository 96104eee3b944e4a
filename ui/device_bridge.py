"""Device callbacks turned into Qt signals: the only place the scanners meet the toolkit.

`DeviceBridge.on_scan` / `on_status` are given to a scanner as its callbacks. A serial scanner
calls them on its reader thread, so they do nothing but emit a signal; Qt queues the signal to
the GUI thread, where the window handles it.

`WedgeFilter` watches the keys typed into the window and its dialogs. A keyboard-wedge
scanner types a card number as a fast burst, often ended by Enter or Tab; the filter holds
the keys a scanner could send while the burst lasts, lets `KeyboardWedgeDetector` judge the
whole burst, sends a scan to the bridge wherever the cursor is, and gives everything else
back to the widget it was meant for, as ordinary typing. The scanner's Enter is never given
back: it cannot confirm a check.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from devices import KeyboardWedgeDetector, ScanResult

POLL_MS = 15
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DeviceBridge(QObject):
    """Re-emit scanner callbacks (from any thread) as signals handled on the GUI thread."""

    scanned = Signal(object)
    scanner_status_changed = Signal(str, str)
    sync_status_changed = Signal(object)

    def on_scan(self, result: ScanResult) -> None:
        """Scanner callback: a card was read (or rejected). Safe on any thread."""
        self.scanned.emit(result)

    def on_status(self, state: str, message: str) -> None:
        """Scanner callback: connected, disconnected or stopped. Safe on any thread."""
        self.scanner_status_changed.emit(state, message)

    def on_sync_status(self, status: object) -> None:
        """Sync worker callback (a SyncStatus). Safe on any thread."""
        self.sync_status_changed.emit(status)


class WedgeFilter(QObject):
    """An application event filter that tells a wedge scanner's bursts from a person typing.

    It watches the counter window and the dialogs opened over it. A scan goes to the card
    (the detector's `on_scan`, normally the bridge) wherever the cursor is; keys that were
    typing go back, in order, to the widget they were typed into.
    """

    def __init__(
        self,
        window: QWidget,
        detector: KeyboardWedgeDetector,
        *,
        clock: Callable[[], float],
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._detector = detector
        # called here, after the keys typed before a scan are given back, never before them
        self._on_scan, detector.on_scan = detector.on_scan, None
        self._clock = clock
        self._target: QWidget | None = None
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def install(self) -> None:
        """Start watching the keys of the window."""
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def remove(self) -> None:
        """Stop watching; keys held so far are judged now and delivered."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hold keys a scanner could send to the window; let everything else through."""
        if self._replaying:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if _scannable(event) is None:
                self.flush()  # keys typed before a function key reach the field before it acts
            return False
        if event.type() != QEvent.Type.KeyPress or not self._watches(watched):
            return False
        assert isinstance(event, QKeyEvent) and isinstance(watched, QWidget)
        char = _scannable(event)
        if char is None:
            self.flush()
            return False
        self._target = watched
        self._detector.feed(char, at=self._clock())
        self._deliver()
        return True

    def poll(self) -> None:
        """Close a burst that went quiet and deliver what it was."""
        self._detector.poll(at=self._clock())
        self._deliver()

    def flush(self) -> None:
        """End whatever is held now (before a key the detector does not see is delivered)."""
        if self._detector.holding:
            self._detector.poll(at=math.inf)
        self._deliver()

    def _watches(self, watched: QObject) -> bool:
        """True for a widget of the counter window or of a dialog opened over it."""
        if not isinstance(watched, QWidget):
            return False
        top = watched.window()
        while isinstance(top, QDialog) and top is not self._window:
            parent = top.parentWidget()
            if parent is None:
                return False
            top = parent.window()
        return top is self._window

    def _on_timer_timeout(self) -> None:
        self.poll()

    def _deliver(self) -> None:
        for item in self._detector.take_output():
            if isinstance(item, str):
                self._replay(item)
            elif self._on_scan is not None:
                self._on_scan(item)

    def _replay(self, typed: str) -> None:
        target = self._target
        if target is None or not shiboken6.isValid(target):
            return
        self._replaying = True
        try:
            for char in typed:
                QCoreApplication.sendEvent(target, _key_event(char))
        finally:
            self._replaying = False


def _scannable(event: QKeyEvent) -> str | None:
    """The character a scanner could have sent with this key, or None."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
    mods &= ~Qt.KeyboardModifier.KeypadModifier
    if mods != Qt.KeyboardModifier.NoModifier:
        return None
    if event.key() in _ENTER_KEYS:
        return "\r"
    if event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        return "\t"  # scanners set to end a code with Tab; held so it never moves the cursor
    text = event.text()
    if len(text) == 1 and text.isprintable():
        return text
    return None


def _key_event(char: str) -> QKeyEvent:
    if char in "\r\n":
        return QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"
        )
    if char == "\t":
        return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier, "\t")
    key = ord(char.upper()) if char.isascii() else 0
    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
