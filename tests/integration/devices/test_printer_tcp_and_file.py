"""Printing to a TCP socket server and to a file, then decoding what arrived."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from devices.errors import DeviceProblem, PrinterError
from devices.printer.codepages import CP866
from devices.printer.escpos_reader import EscposEvent, escpos_text, read_escpos
from devices.printer.layout import Paper, render_text
from devices.printer.receipt_printer import ReceiptPrinter
from devices.settings import PrinterSettings
from devices.simulated import demo_slip
from devices.transports import FileTransport, TcpTransport
from tests.device_doubles import PrinterServer

CARD = "0421234567891"


def _network_printer(port: int, **overrides: Any) -> ReceiptPrinter:
    settings = PrinterSettings(
        connection="network", host="127.0.0.1", tcp_port=port, timeout_ms=500, **overrides
    )
    return ReceiptPrinter.from_settings(settings)


def test_a_slip_printed_over_tcp_arrives_with_code_page_cyrillic_barcode_and_cut(
    printer_server: PrinterServer,
) -> None:
    _network_printer(printer_server.port, cut="full").print_slip(demo_slip(card_barcode=CARD))
    data = printer_server.next_job()
    assert data.startswith(b"\x1b@\x1bt\x11")
    assert "Баланс после".encode("cp866") in data
    assert b"\x1dk\x43\x0d" + CARD.encode() in data
    assert data.endswith(b"\x1dV\x00")
    assert "Баланс после" in escpos_text(data)


def test_the_printed_lines_are_the_text_lines(printer_server: PrinterServer) -> None:
    slip = demo_slip(currency="руб.")
    _network_printer(printer_server.port, paper_mm=58).print_slip(slip)
    assert escpos_text(printer_server.next_job()) == render_text(slip, Paper.MM58)


def test_the_drawer_kick_reaches_the_printer(printer_server: PrinterServer) -> None:
    printer = _network_printer(printer_server.port, drawer_pin=2)
    printer.kick_drawer()
    assert printer_server.next_job() == b"\x1bp\x00\x19\xfa"
    printer.print_slip(demo_slip(), open_drawer=True)
    assert read_escpos(printer_server.next_job())[-1] == EscposEvent("drawer", 2)


def test_a_reset_between_two_slips_does_not_garble_the_cyrillic_that_follows(
    printer_server: PrinterServer,
) -> None:
    printer = _network_printer(printer_server.port, barcode="none", cut="none", feed_lines=0)
    transport = printer.transport
    original = printer.render(demo_slip())
    copy = printer.render(demo_slip().as_copy())
    with transport.open() as connection:
        connection.write(original + copy)
    data = printer_server.next_job()
    events = read_escpos(data)
    resets = [i for i, event in enumerate(events) if event.kind == "reset"]
    assert len(resets) == 2
    assert all(events[i + 1] == EscposEvent("codepage", 17) for i in resets)
    text = escpos_text(data)
    assert text.count("Баланс после") == 2
    assert "*** КОПИЯ ***" in text


def test_a_switched_off_printer_raises_printer_error_at_once(closed_port: int) -> None:
    # A refused connection is "offline" straight away, not a timeout (no clock is read here:
    # how fast it comes is the OS's business; that it is not a timeout is the point).
    with pytest.raises(PrinterError) as caught:
        _network_printer(closed_port).print_slip(demo_slip())
    assert caught.value.problem is DeviceProblem.OFFLINE
    assert "timed out" not in str(caught.value)
    message = str(caught.value)
    assert f"127.0.0.1:{closed_port}" in message
    assert "Switch it on" in message


def test_an_unknown_printer_host_is_reported_as_a_settings_problem() -> None:
    transport = TcpTransport("printer.example", 9100, timeout_s=0.5)
    error = transport.failure(socket.gaierror(-2, "Name or service not known"), "connecting")
    assert error.problem is DeviceProblem.MISCONFIGURED
    assert "'printer.example' is not a known host name" in str(error)


def test_a_printer_out_of_paper_answers_the_status_query_and_nothing_is_printed(
    paperless_printer_server: PrinterServer,
) -> None:
    printer = _network_printer(paperless_printer_server.port, check_paper=True)
    with pytest.raises(PrinterError) as caught:
        printer.print_slip(demo_slip())
    assert caught.value.problem is DeviceProblem.NO_PAPER
    assert paperless_printer_server.next_job() == b"\x10\x04\x04"


def test_a_slip_printed_to_a_file_can_be_read_back(tmp_path: Path) -> None:
    path = tmp_path / "lp0"
    printer = ReceiptPrinter(FileTransport(str(path)), paper=Paper.MM80, codepage=CP866)
    printer.print_slip(demo_slip(card_barcode=CARD))
    printer.kick_drawer()
    data = path.read_bytes()
    assert data.startswith(b"\x1b@\x1bt\x11")
    assert "Спасибо за покупку!".encode("cp866") in data
    assert EscposEvent("barcode", CARD) in read_escpos(data)
    assert EscposEvent("cut", "partial") in read_escpos(data)
    assert data.endswith(b"\x1bp\x00\x19\xfa")


def test_a_missing_printer_device_file_says_to_plug_it_in(tmp_path: Path) -> None:
    printer = ReceiptPrinter(FileTransport(str(tmp_path / "no-such-dir" / "lp0")))
    with pytest.raises(PrinterError, match="plug it in") as caught:
        printer.print_slip(demo_slip())
    assert caught.value.problem is DeviceProblem.NOT_FOUND


def test_the_usb_printer_says_what_it_needs_when_pyusb_is_missing() -> None:
    pytest.importorskip("escpos.printer")
    try:
        import usb.core  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("pyusb is installed here; the message for a missing pyusb cannot be shown")
    printer = ReceiptPrinter.from_settings(
        PrinterSettings(connection="usb", usb_vid=0x0416, usb_pid=0x5011)
    )
    with pytest.raises(PrinterError, match="pyusb") as caught:
        printer.print_slip(demo_slip())
    assert caught.value.problem is DeviceProblem.MISCONFIGURED
