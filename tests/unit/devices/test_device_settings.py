"""Device settings round-trip through JSON and refuse bad values with a message naming them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from devices.errors import DeviceSettingsError
from devices.ports import SerialPortInfo, find_usb_port, list_serial_ports, scanner_port
from devices.settings import DisplaySettings, PrinterSettings, ScannerSettings
from pos_loyalty.domain.errors import InvalidInput

SETTINGS = [
    ScannerSettings(kind="serial", port="/dev/ttyACM0", terminator="CRLF", prefix="]E0"),
    PrinterSettings(connection="network", host="192.168.1.50", paper_mm=58, barcode="qr"),
    DisplaySettings(connection="serial", port="COM4", command_set="escpos", codepage_number=17),
]


@pytest.mark.parametrize("settings", SETTINGS, ids=lambda s: type(s).__name__)
def test_settings_survive_a_json_round_trip(settings: Any) -> None:
    stored = json.dumps(settings.to_dict())
    assert type(settings).from_dict(json.loads(stored)) == settings


def test_the_defaults_are_valid_and_json_safe() -> None:
    for cls in (ScannerSettings, PrinterSettings, DisplaySettings):
        data = cls().to_dict()
        assert json.loads(json.dumps(data)) == data
        assert not any(isinstance(value, float) for value in data.values())


@pytest.mark.parametrize(
    ("cls", "data", "words"),
    [
        (ScannerSettings, {"terminator": "EOT"}, "ScannerSettings.terminator must be one of"),
        (ScannerSettings, {"baudrate": 9600.0}, "ScannerSettings.baudrate must be a whole number"),
        (ScannerSettings, {"parity": "X"}, "ScannerSettings.parity must be N (none)"),
        (ScannerSettings, {"kind": "serial"}, "ScannerSettings.port is empty"),
        (ScannerSettings, {"debounce_ms": True}, "debounce_ms must be a whole number"),
        (ScannerSettings, {"usb_vid": 70000}, "usb_vid must be a USB id"),
        (PrinterSettings, {"paper_mm": 57}, "PrinterSettings.paper_mm must be one of 58, 80"),
        (PrinterSettings, {"connection": "network"}, "PrinterSettings.host is empty"),
        (PrinterSettings, {"profile": "NoSuchPrinter"}, "unknown printer profile 'NoSuchPrinter'"),
        (PrinterSettings, {"codepage": "KOI9"}, "code page 'KOI9' has no Python codec"),
        (PrinterSettings, {"profile": "simple"}, "profile 'simple' has no code page CP866"),
        (PrinterSettings, {"connection": "usb"}, "usb_vid and usb_pid are needed"),
        (PrinterSettings, {"codepage_number": 300}, "code page number must be 0..255"),
        (DisplaySettings, {"command_set": "vt100"}, "command_set must be one of cd5220, escpos"),
        (DisplaySettings, {"connection": "serial"}, "DisplaySettings.port is empty"),
    ],
)
def test_a_bad_value_is_refused_with_a_message_naming_it(
    cls: Any, data: dict[str, Any], words: str
) -> None:
    with pytest.raises(DeviceSettingsError) as caught:
        cls.from_dict(data)
    assert words in str(caught.value)
    assert isinstance(caught.value, InvalidInput)


def test_an_unknown_key_is_refused_and_the_known_ones_listed() -> None:
    with pytest.raises(DeviceSettingsError, match=r"unknown ScannerSettings setting.*baud_rate"):
        ScannerSettings.from_dict({"baud_rate": 9600})


def test_a_non_mapping_is_refused() -> None:
    with pytest.raises(DeviceSettingsError, match="needs a mapping"):
        PrinterSettings.from_dict(["network"])  # type: ignore[arg-type]


def test_a_printer_codepage_number_overrides_the_profile() -> None:
    settings = PrinterSettings(profile="simple", codepage_number=17)
    assert settings.codepage_number == 17


PORTS = [
    SerialPortInfo("/dev/ttyS0", "ttyS0"),
    SerialPortInfo("/dev/ttyACM1", "Scanner", vid=0x05E0, pid=0x1200, serial_number="B"),
    SerialPortInfo("/dev/ttyACM2", "Scanner", vid=0x05E0, pid=0x1200, serial_number="A"),
]


def test_a_usb_scanner_is_found_by_vendor_product_and_serial_number() -> None:
    assert find_usb_port(PORTS, 0x05E0, 0x1200, "A") == "/dev/ttyACM2"
    assert find_usb_port(PORTS, 0x05E0, 0x1200) == "/dev/ttyACM1"
    assert find_usb_port(PORTS, 0x1234) is None


def test_the_scanner_port_prefers_the_usb_identity_and_falls_back_to_the_path() -> None:
    settings = ScannerSettings(kind="serial", port="/dev/ttyACM0", usb_vid=0x05E0, usb_pid=0x1200)
    assert scanner_port(settings, lambda: PORTS) == "/dev/ttyACM1"
    assert scanner_port(settings, lambda: []) == "/dev/ttyACM0"


def test_listing_serial_ports_gives_json_safe_port_info_sorted_by_device() -> None:
    ports = list_serial_ports()
    assert [p.device for p in ports] == sorted(p.device for p in ports)
    data = [port.to_dict() for port in ports]
    assert json.loads(json.dumps(data)) == data
