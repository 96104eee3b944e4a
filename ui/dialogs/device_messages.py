"""What to tell the cashier when a device fails, in the app's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from devices import DeviceError

_PROBLEMS = {
    "offline": QT_TRANSLATE_NOOP(
        "DeviceMessages", "The printer does not answer: it is off, unplugged or busy."
    ),
    "no_paper": QT_TRANSLATE_NOOP("DeviceMessages", "The printer is out of paper."),
    "cover_open": QT_TRANSLATE_NOOP("DeviceMessages", "The printer's cover is open."),
    "timeout": QT_TRANSLATE_NOOP("DeviceMessages", "The printer did not answer in time."),
    "not_found": QT_TRANSLATE_NOOP(
        "DeviceMessages", "The printer was not found: check its port or address."
    ),
    "no_permission": QT_TRANSLATE_NOOP(
        "DeviceMessages", "This computer's user may not open the printer's port."
    ),
    "busy": QT_TRANSLATE_NOOP("DeviceMessages", "Another program is using the printer's port."),
    "misconfigured": QT_TRANSLATE_NOOP(
        "DeviceMessages", "The printer settings do not fit this printer."
    ),
}


def printer_headline(error: DeviceError) -> str:
    """Return what is wrong with the printer in the app's language ("" if unknown)."""
    headline = _PROBLEMS.get(str(error.problem))
    return QCoreApplication.translate("DeviceMessages", str(headline)) if headline else ""


def printer_problem_text(error: DeviceError) -> str:
    """Return a headline in the app's language, then the device's own message on what to do."""
    headline = printer_headline(error)
    return f"{headline}\n{error}" if headline else str(error)
