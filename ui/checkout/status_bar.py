"""The status bar: scanner, printer and sync state, what to do when one is down, and whether
redeemed points are reserved at the server (online) or held to the offline cap.

A language switch says each field's last state again in the new language (`ui.i18n.redraw`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ui.i18n import redraw, redrawn

if TYPE_CHECKING:
    from sync.worker import SyncStatus
    from ui.checkout.redemption_mode import RedemptionMode


OK_STYLE = "color:#1b5e20; padding:0 12px;"
DOWN_STYLE = "color:white; background:#c62828; padding:0 12px;"
IDLE_STYLE = "color:#555555; padding:0 12px;"
NOTICE_STYLE = "color:black; background:#ffca28; padding:0 12px;"
QWIDGETSIZE_MAX = (1 << 24) - 1
"""Qt's largest widget size: a width at which no text wraps."""
RECONNECTED_NOTICE_MS = 20_000
"""How long "reconnected: scan again" stays before the scanner shows as simply ready."""


class _StateLabel(QLabel):
    """A field that asks for its whole text on one line and wraps only when the bar is too
    narrow for that (a 1024 screen): a word-wrapped label otherwise asks for a narrow, tall
    shape and takes a counter's height on any screen."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self._one_line: tuple[tuple[str, str, str], QSize] | None = None

    def sizeHint(self) -> QSize:
        key = (self.text(), self.font().key(), self.styleSheet())
        if self._one_line is None or self._one_line[0] != key:
            self._one_line = (key, self._one_line_size())
        return self._one_line[1]

    def _one_line_size(self) -> QSize:
        """The narrowest width at which the text takes no more lines than at any width."""
        hint = super().sizeHint()
        lowest = self.heightForWidth(QWIDGETSIZE_MAX)
        narrow, wide = hint.width(), max(hint.width(), 4 * hint.width())
        while self.heightForWidth(wide) > lowest:  # a text far longer than wide
            narrow, wide = wide, 2 * wide
        while narrow < wide:
            middle = (narrow + wide) // 2
            if self.heightForWidth(middle) > lowest:
                narrow = middle + 1
            else:
                wide = middle
        return QSize(wide, lowest)


class DeviceStatusBar(QStatusBar):
    """Four permanent fields: scanner, printer, sync, and the redemption mode (when it applies)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scanner_label = self._field("scannerState")
        self.printer_label = self._field("printerState")
        self.sync_label = self._field("syncState")
        self.redemption_label = self._field("redemptionMode")
        self.redemption_label.hide()
        self.scanner_state = "starting"
        self.printer_state = "unused"
        self._sync_reported = False
        self._show_unreported()
        self._reconnected_timer = QTimer(self)
        self._reconnected_timer.setSingleShot(True)
        self._reconnected_timer.setInterval(RECONNECTED_NOTICE_MS)
        self._reconnected_timer.timeout.connect(self._on_reconnected_timer_timeout)

    def _show_unreported(self) -> None:
        """What a field says before its device, or the server, has reported."""
        if self.scanner_state == "starting":
            self._set(self.scanner_label, IDLE_STYLE, self.tr("Scanner: starting…"))
        if self.printer_state == "unused":
            self._set(self.printer_label, IDLE_STYLE, self.tr("Printer: not used yet"))
        if not self._sync_reported:
            self._set(self.sync_label, IDLE_STYLE, self.tr("Sync: not configured"))

    def changeEvent(self, event: QEvent) -> None:
        """Say every field again in the language Settings switched to."""
        if event.type() == QEvent.Type.LanguageChange:
            self._show_unreported()
            redraw(self)
        super().changeEvent(event)

    def _field(self, name: str) -> QLabel:
        label = _StateLabel()
        label.setObjectName(name)
        self.addPermanentWidget(label)
        return label

    def _set(self, label: QLabel, style: str, text: str) -> None:
        label.setStyleSheet(style)
        label.setText(text)

    @redrawn("scanner")
    def show_scanner(self, state: str, message: str) -> None:
        """Show the scanner's state as its reader reported it."""
        self.scanner_state = state
        self._reconnected_timer.stop()
        if state == "reconnected":
            # a scan made while the scanner was away or reopening is lost: say so
            text = self.tr("Scanner: reconnected. Scan the card again.")
            self._set(self.scanner_label, NOTICE_STYLE, text)
            self.scanner_label.setToolTip(message)
            self._reconnected_timer.start()
        elif state == "connected" and message == "keyboard":
            self._set(self.scanner_label, OK_STYLE, self.tr("Scanner: keyboard (USB)"))
        elif state == "connected":
            self._set(self.scanner_label, OK_STYLE, self.tr("Scanner: ready"))
            self.scanner_label.setToolTip(message)
        elif state == "disconnected":
            text = self.tr("Scanner: not connected. Plug it in, or type the card number. %1")
            self._set(self.scanner_label, DOWN_STYLE, text.replace("%1", message).strip())
        else:
            self._set(self.scanner_label, IDLE_STYLE, self.tr("Scanner: stopped"))

    def _on_reconnected_timer_timeout(self) -> None:
        if self.scanner_state == "reconnected":
            self.show_scanner("connected", self.scanner_label.toolTip())

    @redrawn("printer")
    def show_printer(self, ok: bool, where: str, problem: str = "") -> None:
        """Show the printer as ready (`where`) or down, with what to do."""
        self.printer_state = "ready" if ok else "down"
        if ok:
            if where == "simulated":
                where = self.tr("simulated")
            self._set(
                self.printer_label, OK_STYLE, self.tr("Printer: ready (%1)").replace("%1", where)
            )
            self.printer_label.setToolTip("")
        else:
            text = self.tr("Printer: DOWN. Fix it, then F10 Reprint.")
            self._set(self.printer_label, DOWN_STYLE, text)
            self.printer_label.setToolTip(problem)

    @redrawn("sync")
    def show_sync(self, status: SyncStatus) -> None:
        """Show the central server link: up to date, sending, or offline (sales go on)."""
        self._sync_reported = True
        waiting = status.backlog
        if status.state == "offline":
            text = self.tr("Sync: server unreachable, %1 waiting. Sales go on; it retries.")
            self._set(self.sync_label, DOWN_STYLE, text.replace("%1", str(waiting)))
            self.sync_label.setToolTip(status.last_error)
        elif status.state == "syncing":
            text = self.tr("Sync: sending, %1 waiting").replace("%1", str(waiting))
            self._set(self.sync_label, IDLE_STYLE, text)
        elif status.state == "idle" and status.set_aside:
            # sales go on and the rest is sent, but someone must read what the server refused
            text = self.tr(
                "Sync: %1 messages set aside (refused by the server). "
                "A manager reads them: pos-loyalty sync set-aside"
            )
            self._set(self.sync_label, NOTICE_STYLE, text.replace("%1", str(status.set_aside)))
            self.sync_label.setToolTip("\n".join(status.problems))
        elif status.state == "idle" and status.last_success_at is not None:
            at = status.last_success_at.astimezone().strftime("%H:%M")
            text = self.tr("Sync: up to date (%1)").replace("%1", at)
            self._set(self.sync_label, OK_STYLE, text)
            self.sync_label.setToolTip("")
        else:
            self._set(self.sync_label, IDLE_STYLE, self.tr("Sync: stopped"))

    @redrawn("printer")
    def show_no_printer(self) -> None:
        """Say that no printer is set up, and where to set one up."""
        self.printer_state = "none"
        self._set(self.printer_label, IDLE_STYLE, self.tr("Printer: none set up (F12 Settings)"))

    @redrawn("redemption")
    def show_redemption(self, mode: RedemptionMode | None) -> None:
        """Say whether points are reserved at the server now, or held to an offline cap."""
        if mode is None:
            self.redemption_label.hide()
            return
        if mode.online:
            text = self.tr("Redemption online: points reserved at the server")
            self._set(self.redemption_label, OK_STYLE, text)
        else:
            text = self.tr("Redemption offline: cap %1 points").replace("%1", str(mode.cap))
            self._set(self.redemption_label, NOTICE_STYLE, text)
        self.redemption_label.show()
