"""Serial printers and customer displays, written through pyserial to a pseudo-terminal."""

from __future__ import annotations

import pytest

from devices.display.commands import render_display
from devices.display.customer_display import CustomerDisplay
from devices.errors import DeviceProblem, DisplayError, PrinterError
from devices.printer.codepages import CP866
from devices.printer.escpos_reader import escpos_text
from devices.printer.receipt_printer import ReceiptPrinter
from devices.settings import DisplaySettings, PrinterSettings
from devices.simulated import demo_slip
from tests.device_doubles import FakeSerialDevice


@pytest.mark.parametrize("command_set", ["cd5220", "escpos"])
def test_the_display_receives_exactly_the_rendered_bytes(
    serial_device: FakeSerialDevice, command_set: str
) -> None:
    settings = DisplaySettings(
        connection="serial", port=str(serial_device.link), command_set=command_set,
        codepage_number=17,
    )  # fmt: skip
    display = CustomerDisplay.from_settings(settings)
    display.show_sale("Анна", 15_000, 42, 191)
    expected = render_display("Анна   Скидка 150,00", "+42 б.    Баланс 191", command_set, CP866)
    assert serial_device.read_available(len(expected)) == expected


def test_a_display_that_is_unplugged_raises_display_error(serial_device: FakeSerialDevice) -> None:
    settings = DisplaySettings(connection="serial", port=str(serial_device.link))
    display = CustomerDisplay.from_settings(settings)
    serial_device.unplug()
    serial_device.link.unlink()
    with pytest.raises(DisplayError, match="customer display") as caught:
        display.show("A", "B")
    assert caught.value.problem is DeviceProblem.NOT_FOUND


def test_a_serial_printer_prints_the_slip(serial_device: FakeSerialDevice) -> None:
    settings = PrinterSettings(connection="serial", device=str(serial_device.link))
    printer = ReceiptPrinter.from_settings(settings)
    expected = printer.render(demo_slip())
    printer.print_slip(demo_slip())
    data = serial_device.read_available(len(expected))
    assert data == expected
    assert "Баланс после" in escpos_text(data)


def test_a_serial_printer_that_takes_no_data_times_out_with_a_clear_message(
    serial_device: FakeSerialDevice,
) -> None:
    settings = PrinterSettings(connection="serial", device=str(serial_device.link), timeout_ms=200)
    printer = ReceiptPrinter.from_settings(settings)
    slip = demo_slip(footer="Спасибо! " * 2000)
    with pytest.raises(PrinterError) as caught:
        printer.print_slip(slip)
    assert caught.value.problem is DeviceProblem.TIMEOUT
    assert "out of paper" in str(caught.value)
