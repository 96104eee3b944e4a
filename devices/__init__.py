"""Card scanners, receipt printers and the customer display: plain Python with callbacks.

Nothing here imports a UI toolkit or the database. Scanners call back `on_scan(ScanResult)` and
`on_status(state, message)` on their own thread; printers and displays raise a `DeviceError`
subclass with a message that says what to do. Settings are JSON-safe dataclasses.

Each name is imported from its module when it is first used (`pos_loyalty.lazy`), so a program
that needs the scanner's validation does not load the printers, pyserial or reportlab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pos_loyalty.lazy import lazy_exports

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

__getattr__, __dir__ = lazy_exports(__name__, __file__, __all__)
