"""Checks against real devices; skipped unless POS_LOYALTY_HARDWARE=1 and the device is named.

POS_LOYALTY_HARDWARE=1 POS_LOYALTY_SCANNER_PORT=/dev/ttyACM0 pytest tests/integration/devices
POS_LOYALTY_HARDWARE=1 POS_LOYALTY_PRINTER_HOST=192.168.1.50 pytest tests/integration/devices
"""

from __future__ import annotations

import os
import queue

import pytest

from devices.printer.receipt_printer import ReceiptPrinter
from devices.scanner.serial_scanner import SerialScanner
from devices.scanner.validation import ScanResult
from devices.settings import PrinterSettings, ScannerSettings
from devices.simulated import demo_slip

pytestmark = [
    pytest.mark.hardware,
    pytest.mark.skipif(
        os.environ.get("POS_LOYALTY_HARDWARE") != "1",
        reason="needs a real device: set POS_LOYALTY_HARDWARE=1",
    ),
]


def test_a_real_scanner_reads_a_card_within_20_seconds() -> None:
    port = os.environ.get("POS_LOYALTY_SCANNER_PORT")
    if not port:
        pytest.skip("set POS_LOYALTY_SCANNER_PORT to the scanner's port")
    scans: queue.Queue[ScanResult] = queue.Queue()
    settings = ScannerSettings(kind="serial", port=port)
    scanner = SerialScanner(settings, on_scan=scans.put, on_status=lambda *_: None)
    scanner.start()
    try:
        print("scan a loyalty card now")
        assert scans.get(timeout=20).code is not None
    finally:
        scanner.stop()


def test_a_real_network_printer_prints_the_demo_slip() -> None:
    host = os.environ.get("POS_LOYALTY_PRINTER_HOST")
    if not host:
        pytest.skip("set POS_LOYALTY_PRINTER_HOST to the printer's address")
    printer = ReceiptPrinter.from_settings(PrinterSettings(connection="network", host=host))
    printer.print_slip(demo_slip(card_barcode="0421234567891"))
