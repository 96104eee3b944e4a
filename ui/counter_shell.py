"""The counter's frame, painted as soon as Qt is loaded, that keeps what the cashier types.

Loading the counter (the core, the devices, the panels) and opening the store take a good
second on a slow till. `CounterShell` needs nothing but Qt: it shows the message line and the
search line where the counter will have them, at once. What the cashier types meanwhile (a card
number typed or sent by a keyboard-wedge scanner, Enter, a function key) is kept in order and
shown in the search line. `give_keys` hands them to the window that comes next (the sign-in
dialog gets a PIN typed early); `hand_over` shows the counter window in the frame's place and
gives it the keys still kept, so the first scan is answered, not lost. A serial scanner's bytes
wait in the port until the counter opens it.

The frame is painted in the store's language as read from its file (`ui.launch.early_language`);
when the store, once open, says otherwise, the translator changes and the frame re-sets its texts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from ui.checkout.style import MESSAGE_STYLES, STYLE

Key = tuple[int, Qt.KeyboardModifier, str]


class CounterShell(QMainWindow):
    """The counter's message and search lines, shown before the counter is loaded."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("counterShell")
        self.setStyleSheet(STYLE)
        self.setWindowTitle("POS Loyalty")
        central = QWidget()
        layout = QVBoxLayout(central)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(MESSAGE_STYLES["info"])
        layout.addWidget(self.message)
        self.edit = QLineEdit()
        self._set_texts()
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.keys: list[Key] = []
        self.edit.setFocus()

    def _set_texts(self) -> None:
        self.message.setText(self.tr("Opening the store…"))
        self.edit.setPlaceholderText(
            "F2  " + QCoreApplication.translate("SearchBox", "Card number, phone or name")
        )

    def changeEvent(self, event: QEvent) -> None:
        """Speak the language the store turned out to have once it is open."""
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep every key pressed in the search line (it still shows what is typed)."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            self.keys.append((event.key(), event.modifiers(), event.text()))
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keep a key pressed anywhere else in the frame too (the line's keys are kept already)."""
        if not self.edit.hasFocus():
            self.keys.append((event.key(), event.modifiers(), event.text()))

    def give_keys(self, window: QWidget, typing_target: QWidget) -> None:
        """Give the keys kept so far to `window` (shown), in order, and forget them."""
        kept, self.keys = self.keys, []
        self.edit.clear()
        for key, modifiers, text in kept:
            _replay(window, typing_target, key, modifiers, text)

    def hand_over(self, window: QMainWindow, typing_target: QWidget) -> None:
        """Show `window` in this frame's place and give it the keys kept so far, in order."""
        if self.isMaximized():
            window.showMaximized()
        else:
            window.setGeometry(self.geometry())
            window.show()
        window.activateWindow()
        self.give_keys(window, typing_target)
        self.edit.removeEventFilter(self)
        self.close()


def _replay(
    window: QWidget, target: QWidget, key: int, modifiers: Qt.KeyboardModifier, text: str
) -> None:
    """A function key triggers the window's action; any other key goes to the focused field."""
    from PySide6.QtCore import QKeyCombination
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(key)))
    for action in window.actions():
        if action.shortcut() == pressed and action.isEnabled():
            action.trigger()
            return
    focused = QApplication.focusWidget()
    receiver = focused if focused is not None and window.isAncestorOf(focused) else target
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(receiver, QKeyEvent(kind, key, modifiers, text))
