"""Card scanners, receipt printers and the customer display: plain Python with callbacks.

Nothing here imports a UI toolkit or the database. Scanners call back `on_scan(ScanResult)` and
`on_status(state, message)` on their own thread; printers and displays raise a `DeviceError`
subclass with a message that says what to do. Settings are JSON-safe dataclasses.

Each name is imported from its module when it is first used, so a program that needs the
scanner's validation does not load the printers, pyserial or reportlab (start-up time).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from devices.display.commands import (
        CommandSet,
        read_display,
        refund_lines,
        render_display,
        sale_lines,
    )
    from devices.display.customer_display import CustomerDisplay
    from devices.errors import (
        DeviceError,
        DeviceProblem,
        DeviceSettingsError,
        DisplayError,
        PrinterError,
        ScannerError,
    )
    from devices.ports import SerialPortInfo, find_usb_port, list_serial_ports
    from devices.printer.codepages import CP866, CodePage, encode_text, resolve_codepage
    from devices.printer.escpos_reader import EscposEvent, escpos_text, read_escpos
    from devices.printer.escpos_render import EscposOptions, render_escpos
    from devices.printer.layout import Paper, SlipLine, render_text, slip_lines
    from devices.printer.pdf import render_pdf
    from devices.printer.receipt_printer import ReceiptPrinter
    from devices.scanner.framing import Frame, FrameParser, FrameProblem, Terminator, frame_bytes
    from devices.scanner.pipeline import Debouncer, ScanPipeline
    from devices.scanner.serial_scanner import ScannerState, SerialScanner
    from devices.scanner.validation import ScanResult, validate_frame, validate_text
    from devices.scanner.wedge import KeyboardWedgeDetector
    from devices.settings import DisplaySettings, PrinterSettings, ScannerSettings
    from devices.simulated import (
        ManualClock,
        SimulatedDisplay,
        SimulatedPrinter,
        SimulatedScanner,
        demo_slip,
        printer_test_slip,
    )
    from devices.transports import (
        FileTransport,
        MemoryTransport,
        SerialTransport,
        TcpTransport,
        Transport,
        UsbTransport,
    )

__all__ = [
    "CP866",
    "CodePage",
    "CommandSet",
    "CustomerDisplay",
    "Debouncer",
    "DeviceError",
    "DeviceProblem",
    "DeviceSettingsError",
    "DisplayError",
    "DisplaySettings",
    "EscposEvent",
    "EscposOptions",
    "FileTransport",
    "Frame",
    "FrameParser",
    "FrameProblem",
    "KeyboardWedgeDetector",
    "ManualClock",
    "MemoryTransport",
    "Paper",
    "PrinterError",
    "PrinterSettings",
    "ReceiptPrinter",
    "ScanPipeline",
    "ScanResult",
    "ScannerError",
    "ScannerSettings",
    "ScannerState",
    "SerialPortInfo",
    "SerialScanner",
    "SerialTransport",
    "SimulatedDisplay",
    "SimulatedPrinter",
    "SimulatedScanner",
    "SlipLine",
    "TcpTransport",
    "Terminator",
    "Transport",
    "UsbTransport",
    "demo_slip",
    "encode_text",
    "escpos_text",
    "find_usb_port",
    "frame_bytes",
    "list_serial_ports",
    "printer_test_slip",
    "read_display",
    "read_escpos",
    "refund_lines",
    "render_display",
    "render_escpos",
    "render_pdf",
    "render_text",
    "resolve_codepage",
    "sale_lines",
    "slip_lines",
    "validate_frame",
    "validate_text",
]

_WHERE: dict[str, str] = {
    "CP866": "devices.printer.codepages",
    "CodePage": "devices.printer.codepages",
    "CommandSet": "devices.display.commands",
    "CustomerDisplay": "devices.display.customer_display",
    "Debouncer": "devices.scanner.pipeline",
    "DeviceError": "devices.errors",
    "DeviceProblem": "devices.errors",
    "DeviceSettingsError": "devices.errors",
    "DisplayError": "devices.errors",
    "DisplaySettings": "devices.settings",
    "EscposEvent": "devices.printer.escpos_reader",
    "EscposOptions": "devices.printer.escpos_render",
    "FileTransport": "devices.transports",
    "Frame": "devices.scanner.framing",
    "FrameParser": "devices.scanner.framing",
    "FrameProblem": "devices.scanner.framing",
    "KeyboardWedgeDetector": "devices.scanner.wedge",
    "ManualClock": "devices.simulated",
    "MemoryTransport": "devices.transports",
    "Paper": "devices.printer.layout",
    "PrinterError": "devices.errors",
    "PrinterSettings": "devices.settings",
    "ReceiptPrinter": "devices.printer.receipt_printer",
    "ScanPipeline": "devices.scanner.pipeline",
    "ScanResult": "devices.scanner.validation",
    "ScannerError": "devices.errors",
    "ScannerSettings": "devices.settings",
    "ScannerState": "devices.scanner.serial_scanner",
    "SerialPortInfo": "devices.ports",
    "SerialScanner": "devices.scanner.serial_scanner",
    "SerialTransport": "devices.transports",
    "SimulatedDisplay": "devices.simulated",
    "SimulatedPrinter": "devices.simulated",
    "SimulatedScanner": "devices.simulated",
    "SlipLine": "devices.printer.layout",
    "TcpTransport": "devices.transports",
    "Terminator": "devices.scanner.framing",
    "Transport": "devices.transports",
    "UsbTransport": "devices.transports",
    "demo_slip": "devices.simulated",
    "encode_text": "devices.printer.codepages",
    "escpos_text": "devices.printer.escpos_reader",
    "find_usb_port": "devices.ports",
    "frame_bytes": "devices.scanner.framing",
    "list_serial_ports": "devices.ports",
    "printer_test_slip": "devices.simulated",
    "read_display": "devices.display.commands",
    "read_escpos": "devices.printer.escpos_reader",
    "refund_lines": "devices.display.commands",
    "render_display": "devices.display.commands",
    "render_escpos": "devices.printer.escpos_render",
    "render_pdf": "devices.printer.pdf",
    "render_text": "devices.printer.layout",
    "resolve_codepage": "devices.printer.codepages",
    "sale_lines": "devices.display.commands",
    "slip_lines": "devices.printer.layout",
    "validate_frame": "devices.scanner.validation",
    "validate_text": "devices.scanner.validation",
}


def __getattr__(name: str) -> Any:
    """Import `name` from the module that defines it, once."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'devices' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
