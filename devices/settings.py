"""Device settings: plain dataclasses the database layer stores as JSON with the other settings.

Every value is a bool, int or str (no float: times are whole milliseconds), checked when the
object is built, so a bad value stored by hand fails with a message naming the setting.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from devices._dictio import check_all_types, settings_from_dict, settings_to_dict
from devices.errors import DeviceSettingsError
from devices.printer.codepages import FALLBACKS, resolve_codepage
from devices.scanner.framing import Terminator
from devices.serial_framing import check_serial_framing

SCANNER_KINDS = ("serial", "keyboard", "simulated", "none")
PRINTER_CONNECTIONS = ("network", "serial", "usb", "file", "simulated", "none")
DISPLAY_CONNECTIONS = ("serial", "simulated", "none")
PAPER_WIDTHS_MM = (58, 80)
BARCODES = ("ean13", "qr", "none")
CUTS = ("full", "partial", "none")
DRAWER_PINS = (2, 5)
COMMAND_SETS = ("cd5220", "escpos")
AIM_ID_MODES = ("auto", "off")


def _choice(owner: str, name: str, value: object, allowed: tuple[object, ...]) -> None:
    if value not in allowed:
        shown = ", ".join(map(str, allowed))
        raise DeviceSettingsError(f"{owner}.{name} must be one of {shown}, got {value!r}")


def _at_least(owner: str, name: str, value: int, minimum: int) -> None:
    if value < minimum:
        raise DeviceSettingsError(f"{owner}.{name} must be at least {minimum}, got {value}")


def _usb_id(owner: str, name: str, value: int | None) -> None:
    if value is not None and not 0 <= value <= 0xFFFF:
        raise DeviceSettingsError(f"{owner}.{name} must be a USB id 0..65535 (0x0000..0xFFFF)")


_WEDGE_GAPS = ("wedge_max_gap_ms", "wedge_max_mean_gap_ms")
WEDGE_MAX_GAP_MS = 100
OLD_WEDGE_MAX_GAP_MS = 30
"""The keyboard wedge's former default gap; a stored 30 is read as today's default."""


@dataclass(frozen=True, slots=True)
class ScannerSettings:
    """How the card scanner is attached and how its output is framed."""

    kind: str = "keyboard"
    port: str = ""
    usb_vid: int | None = None
    usb_pid: int | None = None
    usb_serial_number: str = ""
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: str = "1"
    terminator: str = "CR"
    idle_gap_ms: int = 50
    incomplete_timeout_ms: int = 500
    prefix: str = ""
    suffix: str = ""
    aim_ids: str = "auto"
    debounce_ms: int = 1500
    reconnect_ms: int = 1000
    wedge_max_gap_ms: int = WEDGE_MAX_GAP_MS
    wedge_max_mean_gap_ms: int = 60
    wedge_min_length: int = 8
    wedge_grace_ms: int = 400

    def __post_init__(self) -> None:
        check_all_types(self)
        owner = "ScannerSettings"
        _choice(owner, "kind", self.kind, SCANNER_KINDS)
        _choice(owner, "terminator", self.terminator, tuple(t.value for t in Terminator))
        _choice(owner, "aim_ids", self.aim_ids, AIM_ID_MODES)
        check_serial_framing(owner, self.baudrate, self.bytesize, self.parity, self.stopbits)
        _usb_id(owner, "usb_vid", self.usb_vid)
        _usb_id(owner, "usb_pid", self.usb_pid)
        for name in ("idle_gap_ms", "incomplete_timeout_ms", "reconnect_ms", *_WEDGE_GAPS):
            _at_least(owner, name, getattr(self, name), 1)
        _at_least(owner, "debounce_ms", self.debounce_ms, 0)
        _at_least(owner, "wedge_grace_ms", self.wedge_grace_ms, 0)
        _at_least(owner, "wedge_min_length", self.wedge_min_length, 1)
        if self.kind == "serial" and not (self.port or self.usb_vid is not None):
            raise DeviceSettingsError(
                "ScannerSettings.port is empty: give the port (e.g. /dev/ttyACM0, COM3) "
                "or the scanner's USB vendor and product id"
            )

    def to_dict(self) -> dict[str, Any]:
        """Return the settings as a JSON-safe dict."""
        return settings_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScannerSettings:
        """Build the settings from a dict, with a clear error for a bad or unknown value."""
        if isinstance(data, Mapping) and data.get("wedge_max_gap_ms") == OLD_WEDGE_MAX_GAP_MS:
            # the old default split scans from scanners at 20-40 ms a key: read it as the new one
            data = {**data, "wedge_max_gap_ms": WEDGE_MAX_GAP_MS}
        return settings_from_dict(cls, data)


@dataclass(frozen=True, slots=True)
class PrinterSettings:
    """How the receipt printer is attached and what paper and code page it uses."""

    connection: str = "none"
    host: str = ""
    tcp_port: int = 9100
    device: str = ""
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: str = "1"
    usb_vid: int | None = None
    usb_pid: int | None = None
    timeout_ms: int = 3000
    profile: str = "default"
    paper_mm: int = 80
    codepage: str = "CP866"
    codepage_number: int | None = None
    fallback: str = "transliterate"
    barcode: str = "ean13"
    cut: str = "partial"
    feed_lines: int = 4
    drawer_pin: int = 2
    check_paper: bool = False

    def __post_init__(self) -> None:
        check_all_types(self)
        owner = "PrinterSettings"
        _choice(owner, "connection", self.connection, PRINTER_CONNECTIONS)
        _choice(owner, "paper_mm", self.paper_mm, PAPER_WIDTHS_MM)
        _choice(owner, "fallback", self.fallback, FALLBACKS)
        _choice(owner, "barcode", self.barcode, BARCODES)
        _choice(owner, "cut", self.cut, CUTS)
        _choice(owner, "drawer_pin", self.drawer_pin, DRAWER_PINS)
        check_serial_framing(owner, self.baudrate, self.bytesize, self.parity, self.stopbits)
        _usb_id(owner, "usb_vid", self.usb_vid)
        _usb_id(owner, "usb_pid", self.usb_pid)
        _at_least(owner, "timeout_ms", self.timeout_ms, 1)
        _at_least(owner, "feed_lines", self.feed_lines, 0)
        if not 0 < self.tcp_port < 65536:
            raise DeviceSettingsError(f"{owner}.tcp_port must be 1..65535, got {self.tcp_port}")
        self._check_connection()
        resolve_codepage(self.codepage, profile=self.profile, number=self.codepage_number)

    def _check_connection(self) -> None:
        needs = {"network": ("host", self.host), "serial": ("device", self.device)}
        needs["file"] = ("device", self.device)
        if self.connection in needs and not needs[self.connection][1]:
            name = needs[self.connection][0]
            raise DeviceSettingsError(
                f"PrinterSettings.{name} is empty but the printer is connected by "
                f"{self.connection}: give the printer's {name}"
            )
        if self.connection == "usb" and (self.usb_vid is None or self.usb_pid is None):
            raise DeviceSettingsError(
                "PrinterSettings.usb_vid and usb_pid are needed for a USB printer "
                "(see list_serial_ports() or lsusb for the ids)"
            )

    def to_dict(self) -> dict[str, Any]:
        """Return the settings as a JSON-safe dict."""
        return settings_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PrinterSettings:
        """Build the settings from a dict, with a clear error for a bad or unknown value."""
        return settings_from_dict(cls, data)


@dataclass(frozen=True, slots=True)
class DisplaySettings:
    """How the 2x20 customer display is attached and which command set it speaks."""

    connection: str = "none"
    port: str = ""
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: str = "1"
    command_set: str = "cd5220"
    codepage: str = "CP866"
    codepage_number: int | None = None
    width: int = 20
    timeout_ms: int = 1000

    def __post_init__(self) -> None:
        check_all_types(self)
        owner = "DisplaySettings"
        _choice(owner, "connection", self.connection, DISPLAY_CONNECTIONS)
        _choice(owner, "command_set", self.command_set, COMMAND_SETS)
        check_serial_framing(owner, self.baudrate, self.bytesize, self.parity, self.stopbits)
        _at_least(owner, "width", self.width, 1)
        _at_least(owner, "timeout_ms", self.timeout_ms, 1)
        if self.connection == "serial" and not self.port:
            raise DeviceSettingsError("DisplaySettings.port is empty: give the display's port")
        resolve_codepage(self.codepage, number=self.codepage_number)

    def to_dict(self) -> dict[str, Any]:
        """Return the settings as a JSON-safe dict."""
        return settings_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DisplaySettings:
        """Build the settings from a dict, with a clear error for a bad or unknown value."""
        return settings_from_dict(cls, data)
