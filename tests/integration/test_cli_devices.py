"""The command line with devices: slips to a TCP printer, a printer that is off, reprints, a
scan through a pseudo-terminal."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from devices import escpos_text
from tests.cli_staff import staff_the_store
from tests.device_doubles import FakeSerialDevice, PrinterServer
from ui.cli.main import cli

NOW = "2026-03-02T12:00:00+03:00"


@pytest.fixture
def card(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("POS_LOYALTY_DB", str(tmp_path / "shop.sqlite3"))
    monkeypatch.setenv("POS_LOYALTY_NOW", NOW)
    staff_the_store(tmp_path / "shop.sqlite3", monkeypatch)
    invoke("init", "--template", "bonus", "--store", "Ромашка")
    added = invoke(
        "member", "add", "--name", "Иван Петров", "--phone", "9123456789", "--consent", "--json"
    )
    return str(json.loads(added.stdout)["card"]["number"])


def invoke(*args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, (result.output, result.exception)
    return result


def as_json(result: Result) -> Any:
    return json.loads(result.stdout)


def test_a_checkout_prints_its_slip_to_a_network_printer(
    card: str, printer_server: PrinterServer
) -> None:
    invoke(
        "devices",
        "set",
        "printer",
        "connection=network",
        "host=127.0.0.1",
        f"tcp_port={printer_server.port}",
    )
    sale = as_json(invoke("checkout", card, "--total", "999.99", "--receipt", "A-17", "--json"))
    assert sale["balance_after"] == 149
    text = escpos_text(printer_server.next_job())
    assert "Ромашка" in text and "A-17" in text
    assert "149" in text and "**** " + card[-4:] in text


def test_a_printer_that_is_off_keeps_the_sale_and_the_slip_can_be_reprinted(
    card: str, closed_port: int, tmp_path: Path
) -> None:
    invoke(
        "devices",
        "set",
        "printer",
        "connection=network",
        "host=127.0.0.1",
        f"tcp_port={closed_port}",
        "timeout_ms=500",
    )
    failed = invoke("checkout", card, "--total", "999.99", "--json", code=6)
    sale_id = json.loads(failed.stdout)["sale_id"]
    assert "slip was not printed" in failed.stderr and sale_id in failed.stderr
    assert as_json(invoke("member", "show", card, "--json"))["standing"]["balance"] == 149
    copy = invoke("receipt", "reprint", sale_id, "--text")
    assert "КОПИЯ" in copy.stdout and "149" in copy.stdout
    pdf = tmp_path / "copy.pdf"
    invoke("receipt", "reprint", sale_id, "--pdf", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")


def test_an_unknown_slip_is_a_clear_error(card: str) -> None:
    result = invoke("receipt", "reprint", "no-such-sale", code=1)
    assert "no slip was kept" in str(result.exception)


def test_test_scan_reads_a_card_from_a_serial_scanner(
    card: str, serial_device: FakeSerialDevice
) -> None:
    timer = threading.Timer(0.3, serial_device.write, args=((card + "\r").encode(),))
    timer.start()
    try:
        result = invoke("devices", "test-scan", "--port", str(serial_device.link), "--timeout", "5")
    finally:
        timer.cancel()
    assert "Иван Петров" in result.stdout and "balance 100 points" in result.stdout


def test_test_scan_refuses_a_wrong_check_digit(card: str, serial_device: FakeSerialDevice) -> None:
    wrong = card[:12] + str((int(card[12]) + 1) % 10)
    timer = threading.Timer(0.3, serial_device.write, args=((wrong + "\r").encode(),))
    timer.start()
    try:
        result = invoke(
            "devices", "test-scan", "--port", str(serial_device.link), "--timeout", "5", "--json"
        )
    finally:
        timer.cancel()
    [scan] = as_json(result)
    assert scan["code"] is None and "check digit" in scan["rejection"]


def test_test_print_writes_escpos_bytes_to_a_file(card: str, tmp_path: Path) -> None:
    target = tmp_path / "printer.bin"
    invoke("devices", "test-print", "--file", str(target))
    data = target.read_bytes()
    assert b"\x1bt" in data
    assert "Ромашка" in escpos_text(data) and "02.03.2026" in escpos_text(data)  # today's


def test_devices_list_answers_in_json(card: str) -> None:
    assert isinstance(as_json(invoke("devices", "list", "--json")), list)


def test_bad_device_settings_are_refused_by_name(card: str) -> None:
    result = invoke("devices", "set", "printer", "paper_mm=99", code=1)
    assert "paper_mm" in str(result.exception)
