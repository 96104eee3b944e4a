"""How the settings dialog shows each device setting: its label, its choices, when it applies."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from devices.printer.codepages import FALLBACKS
from devices.scanner.framing import Terminator
from devices.settings import (
    BARCODES,
    COMMAND_SETS,
    CUTS,
    DISPLAY_CONNECTIONS,
    DRAWER_PINS,
    PAPER_WIDTHS_MM,
    PRINTER_CONNECTIONS,
    SCANNER_KINDS,
)

KIND_FIELD = {"scanner": "kind", "printer": "connection", "display": "connection"}
"""The setting that says how each device is attached (the others depend on it)."""

CHOICES: dict[str, dict[str, tuple[object, ...]]] = {
    "scanner": {"kind": SCANNER_KINDS, "terminator": tuple(t.value for t in Terminator)},
    "printer": {
        "connection": PRINTER_CONNECTIONS,
        "paper_mm": PAPER_WIDTHS_MM,
        "fallback": FALLBACKS,
        "barcode": BARCODES,
        "cut": CUTS,
        "drawer_pin": DRAWER_PINS,
    },
    "display": {"connection": DISPLAY_CONNECTIONS, "command_set": COMMAND_SETS},
}
SERIAL_CHOICES: dict[str, tuple[object, ...]] = {
    "bytesize": (5, 6, 7, 8),
    "parity": ("N", "E", "O", "M", "S"),
    "stopbits": ("1", "1.5", "2"),
}
SUGGESTIONS: dict[str, tuple[str, ...]] = {
    "baudrate": ("1200", "2400", "4800", "9600", "19200", "38400", "57600", "115200"),
    "codepage": ("CP866", "CP1251", "CP437"),
    "profile": ("default", "TM-T88V", "TM-T20II", "RP326", "POS-5890"),
}
"""Values offered in an editable list (anything else may be typed)."""

PORT_FIELDS = {"scanner": "port", "printer": "device", "display": "port"}

_SERIAL = {"baudrate", "bytesize", "parity", "stopbits"}
ONLY_FOR: dict[str, dict[str, set[str]]] = {
    "scanner": {
        "serial": {"port", "usb_vid", "usb_pid", "usb_serial_number", "terminator"}
        | {"idle_gap_ms", "incomplete_timeout_ms", "reconnect_ms"}
        | _SERIAL,
        "keyboard": {
            "wedge_max_gap_ms",
            "wedge_max_mean_gap_ms",
            "wedge_min_length",
            "wedge_grace_ms",
        },
    },
    "printer": {
        "network": {"host", "tcp_port"},
        "serial": {"device"} | _SERIAL,
        "file": {"device"},
        "usb": {"usb_vid", "usb_pid"},
    },
    "display": {},
}
"""Settings that apply to some ways of attaching only; the rest apply to all but "none"."""


def applies(device: str, field: str, kind: str) -> bool:
    """Return True if `field` of `device` matters when the device is attached by `kind`."""
    if field == KIND_FIELD[device]:
        return True
    if kind == "none":
        return False
    groups = ONLY_FOR[device]
    owners = [k for k, names in groups.items() if field in names]
    return kind in owners if owners else True


_LABELS = {
    "kind": QT_TRANSLATE_NOOP("DeviceFields", "Connected by"),
    "connection": QT_TRANSLATE_NOOP("DeviceFields", "Connected by"),
    "port": QT_TRANSLATE_NOOP("DeviceFields", "Port"),
    "device": QT_TRANSLATE_NOOP("DeviceFields", "Port or device file"),
    "host": QT_TRANSLATE_NOOP("DeviceFields", "Host"),
    "tcp_port": QT_TRANSLATE_NOOP("DeviceFields", "TCP port"),
    "usb_vid": QT_TRANSLATE_NOOP("DeviceFields", "USB vendor id"),
    "usb_pid": QT_TRANSLATE_NOOP("DeviceFields", "USB product id"),
    "usb_serial_number": QT_TRANSLATE_NOOP("DeviceFields", "USB serial number"),
    "baudrate": QT_TRANSLATE_NOOP("DeviceFields", "Baud rate"),
    "bytesize": QT_TRANSLATE_NOOP("DeviceFields", "Data bits"),
    "parity": QT_TRANSLATE_NOOP("DeviceFields", "Parity"),
    "stopbits": QT_TRANSLATE_NOOP("DeviceFields", "Stop bits"),
    "terminator": QT_TRANSLATE_NOOP("DeviceFields", "End of a scan"),
    "idle_gap_ms": QT_TRANSLATE_NOOP("DeviceFields", "Silence ending a scan, ms"),
    "incomplete_timeout_ms": QT_TRANSLATE_NOOP("DeviceFields", "Incomplete read after, ms"),
    "prefix": QT_TRANSLATE_NOOP("DeviceFields", "Prefix"),
    "suffix": QT_TRANSLATE_NOOP("DeviceFields", "Suffix"),
    "debounce_ms": QT_TRANSLATE_NOOP("DeviceFields", "Ignore a repeat scan for, ms"),
    "reconnect_ms": QT_TRANSLATE_NOOP("DeviceFields", "Look for the scanner every, ms"),
    "wedge_max_gap_ms": QT_TRANSLATE_NOOP("DeviceFields", "Longest gap between keys, ms"),
    "wedge_max_mean_gap_ms": QT_TRANSLATE_NOOP(
        "DeviceFields", "Slowest scanner, average ms per key"
    ),
    "wedge_min_length": QT_TRANSLATE_NOOP("DeviceFields", "Shortest scan, characters"),
    "wedge_grace_ms": QT_TRANSLATE_NOOP("DeviceFields", "Ignore an Enter right after a scan, ms"),
    "timeout_ms": QT_TRANSLATE_NOOP("DeviceFields", "Timeout, ms"),
    "profile": QT_TRANSLATE_NOOP("DeviceFields", "Printer model"),
    "paper_mm": QT_TRANSLATE_NOOP("DeviceFields", "Paper width"),
    "codepage": QT_TRANSLATE_NOOP("DeviceFields", "Code page"),
    "codepage_number": QT_TRANSLATE_NOOP("DeviceFields", "Code page number (ESC t n)"),
    "fallback": QT_TRANSLATE_NOOP("DeviceFields", "Missing characters"),
    "barcode": QT_TRANSLATE_NOOP("DeviceFields", "Card on the slip"),
    "cut": QT_TRANSLATE_NOOP("DeviceFields", "Paper cut"),
    "feed_lines": QT_TRANSLATE_NOOP("DeviceFields", "Lines fed before the cut"),
    "drawer_pin": QT_TRANSLATE_NOOP("DeviceFields", "Cash drawer pin"),
    "check_paper": QT_TRANSLATE_NOOP("DeviceFields", "Check the paper before printing"),
    "command_set": QT_TRANSLATE_NOOP("DeviceFields", "Command set"),
    "width": QT_TRANSLATE_NOOP("DeviceFields", "Characters per line"),
}
_CHOICE_LABELS = {
    "keyboard": QT_TRANSLATE_NOOP("DeviceFields", "USB keyboard wedge"),
    "serial": QT_TRANSLATE_NOOP("DeviceFields", "Serial port"),
    "network": QT_TRANSLATE_NOOP("DeviceFields", "Network (TCP)"),
    "usb": QT_TRANSLATE_NOOP("DeviceFields", "USB"),
    "file": QT_TRANSLATE_NOOP("DeviceFields", "Device file"),
    "simulated": QT_TRANSLATE_NOOP("DeviceFields", "Simulated (demo)"),
    "none": QT_TRANSLATE_NOOP("DeviceFields", "None"),
    "full": QT_TRANSLATE_NOOP("DeviceFields", "Full cut"),
    "partial": QT_TRANSLATE_NOOP("DeviceFields", "Partial cut"),
    "ean13": QT_TRANSLATE_NOOP("DeviceFields", "EAN-13 barcode"),
    "qr": QT_TRANSLATE_NOOP("DeviceFields", "QR code"),
    "transliterate": QT_TRANSLATE_NOOP("DeviceFields", "Transliterate"),
    "question_mark": QT_TRANSLATE_NOOP("DeviceFields", "Question mark"),
}
_LABELLED_CHOICES = ("kind", "connection", "cut", "barcode", "fallback")


def field_label(field: str) -> str:
    """Return the label of a device setting in the app's language."""
    return (
        QCoreApplication.translate("DeviceFields", str(_LABELS[field]))
        if field in _LABELS
        else field
    )


def choice_label(field: str, value: object) -> str:
    """Return how a choice is shown (how a device is attached, cut, barcode; else the value)."""
    if field in _LABELLED_CHOICES and isinstance(value, str) and value in _CHOICE_LABELS:
        return QCoreApplication.translate("DeviceFields", str(_CHOICE_LABELS[value]))
    if field == "paper_mm":
        return QCoreApplication.translate("DeviceFields", "{width} mm").format(width=value)
    return str(value)
