"""The receipt printer port over an in-memory transport: bytes, drawer, paper check, settings."""

from __future__ import annotations

import pytest

from devices.errors import DeviceProblem, PrinterError
from devices.printer.escpos_reader import escpos_text
from devices.printer.escpos_render import render_escpos
from devices.printer.layout import Paper
from devices.printer.receipt_printer import ReceiptPrinter, transport_for
from devices.settings import PrinterSettings
from devices.simulated import demo_slip
from devices.transports import FileTransport, MemoryTransport, SerialTransport, TcpTransport


def test_the_printer_sends_exactly_the_rendered_bytes() -> None:
    memory = MemoryTransport()
    printer = ReceiptPrinter(memory, paper=Paper.MM58)
    printer.print_slip(demo_slip())
    assert memory.jobs == [render_escpos(demo_slip(), Paper.MM58)]
    assert printer.render(demo_slip()) == memory.jobs[0]


def test_the_preview_is_the_text_the_printer_prints() -> None:
    printer = ReceiptPrinter(MemoryTransport(), paper=Paper.MM58)
    printer.print_slip(demo_slip())
    data = printer.transport.output  # type: ignore[attr-defined]
    assert escpos_text(data) == printer.preview_text(demo_slip())
    assert "801,00 руб." in printer.preview_text(demo_slip())


def test_kicking_the_drawer_sends_only_the_pulse() -> None:
    memory = MemoryTransport()
    ReceiptPrinter(memory, drawer_pin=5).kick_drawer()
    assert memory.jobs == [b"\x1bp\x01\x19\xfa"]


def test_a_printer_out_of_paper_is_reported_before_printing() -> None:
    memory = MemoryTransport()
    memory.reply = b"\x72"
    printer = ReceiptPrinter(memory, check_paper=True)
    with pytest.raises(PrinterError) as caught:
        printer.print_slip(demo_slip())
    assert caught.value.problem is DeviceProblem.NO_PAPER
    assert "new roll" in str(caught.value)
    assert memory.jobs == [b"\x10\x04\x04"]


def test_a_printer_with_paper_prints_after_the_status_check() -> None:
    memory = MemoryTransport()
    memory.reply = b"\x12"
    ReceiptPrinter(memory, check_paper=True).print_slip(demo_slip())
    assert memory.jobs[0].startswith(b"\x10\x04\x04\x1b@")


def test_a_printer_that_does_not_answer_the_status_query_still_prints() -> None:
    memory = MemoryTransport()
    ReceiptPrinter(memory, check_paper=True).print_slip(demo_slip())
    assert len(memory.jobs[0]) > 100


@pytest.mark.parametrize(
    ("settings", "kind"),
    [
        (PrinterSettings(connection="network", host="10.0.0.5"), TcpTransport),
        (PrinterSettings(connection="serial", device="/dev/ttyUSB0"), SerialTransport),
        (PrinterSettings(connection="file", device="/dev/usb/lp0"), FileTransport),
        (PrinterSettings(connection="simulated"), MemoryTransport),
    ],
)
def test_the_settings_pick_the_transport(settings: PrinterSettings, kind: type) -> None:
    assert isinstance(transport_for(settings), kind)


def test_the_settings_pick_paper_code_page_and_finish() -> None:
    settings = PrinterSettings(
        connection="simulated", paper_mm=58, profile="RP326", cut="full", barcode="qr"
    )
    printer = ReceiptPrinter.from_settings(settings)
    assert printer.paper is Paper.MM58
    assert printer.codepage.number == 7
    assert printer.options.cut == "full"
    assert printer.options.barcode == "qr"


def test_a_printer_that_is_not_set_up_says_so() -> None:
    with pytest.raises(PrinterError, match="No receipt printer is set up") as caught:
        ReceiptPrinter.from_settings(PrinterSettings(connection="none"))
    assert caught.value.problem is DeviceProblem.MISCONFIGURED
