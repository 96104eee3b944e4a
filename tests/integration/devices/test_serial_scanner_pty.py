"""The real pyserial reader thread against pseudo-terminals standing in for serial scanners."""

from __future__ import annotations

import queue
import random
import time
from collections.abc import Iterator
from typing import Any

import pytest

from devices.scanner.framing import frame_bytes
from devices.scanner.serial_scanner import SerialScanner
from devices.settings import ScannerSettings
from devices.simulated import ManualClock
from tests.device_doubles import Events, FakeSerialDevice

CARD = "0421234567891"
OTHER = "0420000000013"


@pytest.fixture
def start_scanner(serial_device: FakeSerialDevice, events: Events) -> Iterator[Any]:
    scanners: list[SerialScanner] = []

    def start(clock: Any = time.monotonic, **overrides: Any) -> SerialScanner:
        options: dict[str, Any] = {"kind": "serial", "port": str(serial_device.link)}
        options |= {"reconnect_ms": 50, "debounce_ms": 0} | overrides
        scanner = SerialScanner(
            ScannerSettings(**options),
            on_scan=events.on_scan,
            on_status=events.on_status,
            clock=clock,
        )
        scanners.append(scanner)
        scanner.start()
        events.wait_for("connected")
        return scanner

    yield start
    for scanner in scanners:
        scanner.stop()


@pytest.mark.parametrize("terminator", ["CR", "LF", "CRLF", "TAB", "STX_ETX"])
def test_each_framing_delivers_the_scan(
    start_scanner: Any, serial_device: FakeSerialDevice, events: Events, terminator: str
) -> None:
    start_scanner(terminator=terminator)
    serial_device.write(frame_bytes(CARD.encode(), terminator))
    assert events.next_scan().code == CARD


def test_without_terminator_the_idle_gap_ends_the_scan(
    start_scanner: Any, serial_device: FakeSerialDevice, events: Events
) -> None:
    start_scanner(terminator="NONE", idle_gap_ms=40)
    serial_device.write(CARD.encode())
    assert events.next_scan().code == CARD


def test_two_scans_in_one_write_arrive_as_two_scans(
    start_scanner: Any, serial_device: FakeSerialDevice, events: Events
) -> None:
    start_scanner(terminator="CR")
    serial_device.write(f"{CARD}\r{OTHER}\r".encode())
    assert [events.next_scan().code, events.next_scan().code] == [CARD, OTHER]


def test_one_scan_split_over_several_writes_arrives_once(
    start_scanner: Any, serial_device: FakeSerialDevice, events: Events
) -> None:
    # pieces further apart than the idle gap would be noise: keep a loaded machine's pauses in
    start_scanner(terminator="CRLF", idle_gap_ms=300)
    for chunk in (b"0421", b"23456", b"7891\r", b"\n"):
        serial_device.write(chunk)
        time.sleep(0.03)  # lets the reader see each chunk as a separate read
    assert events.next_scan().code == CARD
    with pytest.raises(queue.Empty):
        events.scans.get(timeout=0.1)


def test_garbage_bytes_are_rejected_and_the_next_scan_still_works(
    start_scanner: Any, serial_device: FakeSerialDevice, events: Events
) -> None:
    start_scanner(terminator="CR")
    serial_device.write(b"\xff\xfe\x00\x07garbage\r" + CARD.encode() + b"\r")
    rejected = events.next_scan()
    assert rejected.rejection is not None
    assert "not text" in rejected.rejection
    assert events.next_scan().code == CARD


def test_a_upc_a_read_of_12_digits_is_the_same_card(
    start_scanner: Any, serial_device: FakeSerialDevice, events: Events
) -> None:
    start_scanner(terminator="CR")
    serial_device.write(f"{CARD[1:]}\r]E0{CARD[1:]}\r]E0{CARD}\r".encode())
    assert [events.next_scan().code for _ in range(3)] == [CARD, CARD, CARD]


def test_a_read_of_another_symbology_is_refused_naming_it(
    start_scanner: Any, serial_device: FakeSerialDevice, events: Events
) -> None:
    start_scanner(terminator="CR")
    serial_device.write(f"]C0{CARD}\r".encode())
    result = events.next_scan()
    assert result.rejection is not None and "Code 128" in result.rejection


NOISE = bytes(b for b in random.Random(7).randbytes(24) if b not in b"\r\n")


@pytest.mark.parametrize("terminator", ["CR", "CRLF"])
@pytest.mark.parametrize("delay_s", [0, 0.05, 0.2])
@pytest.mark.parametrize("noise", [NOISE, b"\x13\x88" + b"\r" + NOISE, NOISE + b"\n\xfe7"])
def test_noise_before_a_good_scan_never_swallows_it(
    start_scanner: Any,
    serial_device: FakeSerialDevice,
    events: Events,
    terminator: str,
    delay_s: float,
    noise: bytes,
) -> None:
    # no incomplete-read timeout can bring the card out: only resynchronising can
    start_scanner(terminator=terminator, incomplete_timeout_ms=60_000)
    serial_device.write(noise)
    time.sleep(delay_s)
    serial_device.write(frame_bytes(CARD.encode(), terminator))
    results = [events.next_scan(timeout_s=5)]
    while results[-1].code is None:
        results.append(events.next_scan(timeout_s=5))
    assert results[-1].code == CARD
    assert len(results) >= 2, "the noise was reported before the card"


def test_a_wrong_check_digit_is_rejected_naming_what_was_read(
    start_scanner: Any, serial_device: FakeSerialDevice, events: Events
) -> None:
    start_scanner(terminator="CR")
    serial_device.write(b"0421234567890\r")
    result = events.next_scan()
    assert result.rejection is not None and "0421234567890" in result.rejection


def test_prefix_and_suffix_are_stripped(
    start_scanner: Any, serial_device: FakeSerialDevice, events: Events
) -> None:
    start_scanner(terminator="CR", prefix="]E0", suffix="#")
    serial_device.write(f"]E0{CARD}#\r".encode())
    assert events.next_scan().code == CARD


def test_a_read_cut_off_before_its_terminator_is_reported_as_incomplete(
    start_scanner: Any, serial_device: FakeSerialDevice, events: Events
) -> None:
    start_scanner(terminator="CR", incomplete_timeout_ms=80)
    serial_device.write(b"04212")
    result = events.next_scan()
    assert result.rejection is not None and "Incomplete read '04212'" in result.rejection


def test_the_same_card_scanned_twice_quickly_is_reported_once(
    start_scanner: Any, serial_device: FakeSerialDevice, events: Events
) -> None:
    clock = ManualClock()
    start_scanner(clock, terminator="CR", debounce_ms=1000)
    serial_device.write(f"{CARD}\r{CARD}\r{OTHER}\r".encode())
    assert [events.next_scan().code, events.next_scan().code] == [CARD, OTHER]
    clock.advance(5)
    serial_device.write(f"{OTHER}\r".encode())
    assert events.next_scan().code == OTHER


def test_unplugging_is_reported_and_the_scanner_comes_back_by_itself(
    start_scanner: Any, serial_device: FakeSerialDevice, events: Events
) -> None:
    start_scanner(terminator="CR")
    serial_device.unplug()
    assert "disconnected" in events.wait_for("disconnected")
    serial_device.plug_in()
    message = events.wait_for("reconnected")
    assert str(serial_device.link) in message
    assert "scan again" in message
    serial_device.write(f"{CARD}\r".encode())
    assert events.next_scan().code == CARD


def test_a_scan_sent_while_the_port_reopens_is_followed_by_a_scan_again_message(
    start_scanner: Any, serial_device: FakeSerialDevice, events: Events
) -> None:
    start_scanner(terminator="CR")
    serial_device.unplug()
    events.wait_for("disconnected")
    serial_device.plug_in()
    serial_device.write(f"{CARD}\r".encode())  # opening the port may empty its input
    assert "Scanner reconnected" in events.wait_for("reconnected")
    serial_device.write(f"{OTHER}\r".encode())
    codes = [events.next_scan().code]
    if codes[0] == CARD:  # the first scan survived the reopening this time
        codes.append(events.next_scan().code)
    assert codes[-1] == OTHER


def test_a_scan_cut_off_by_unplugging_is_reported_as_incomplete(
    start_scanner: Any, serial_device: FakeSerialDevice, events: Events
) -> None:
    start_scanner(terminator="CR", incomplete_timeout_ms=60_000)
    serial_device.write(b"04212")
    time.sleep(0.3)  # lets the reader take the bytes in before the cable goes
    serial_device.unplug()
    result = events.next_scan()
    assert result.rejection is not None and "Incomplete read '04212'" in result.rejection
    events.wait_for("disconnected")


def test_a_scanner_missing_at_start_connects_when_it_appears(
    serial_device: FakeSerialDevice, events: Events
) -> None:
    serial_device.unplug()
    serial_device.link.unlink()
    settings = ScannerSettings(kind="serial", port=str(serial_device.link), reconnect_ms=50)
    scanner = SerialScanner(settings, on_scan=events.on_scan, on_status=events.on_status)
    scanner.start()
    try:
        assert "not found" in events.wait_for("disconnected")
        serial_device.plug_in()
        events.wait_for("connected")
    finally:
        scanner.stop()
    assert not scanner.running


def test_the_port_is_opened_exclusively(
    start_scanner: Any, serial_device: FakeSerialDevice
) -> None:
    import serial

    start_scanner(terminator="CR")
    with pytest.raises(serial.SerialException, match="exclusively lock"):
        serial.Serial(str(serial_device.link), exclusive=True)


def test_a_busy_port_is_reported_as_used_by_another_program(
    serial_device: FakeSerialDevice, events: Events
) -> None:
    import serial

    holder = serial.Serial(str(serial_device.link), exclusive=True)
    settings = ScannerSettings(kind="serial", port=str(serial_device.link), reconnect_ms=50)
    scanner = SerialScanner(settings, on_scan=events.on_scan, on_status=events.on_status)
    scanner.start()
    try:
        assert "used by another program" in events.wait_for("disconnected")
        holder.close()
        events.wait_for("connected")
    finally:
        scanner.stop()


def test_stop_joins_the_thread_and_reports_stopped(start_scanner: Any, events: Events) -> None:
    scanner = start_scanner(terminator="CR")
    scanner.stop()
    assert not scanner.running
    assert events.wait_for("stopped") == "Scanner stopped"


def test_a_failing_callback_does_not_kill_the_reader(
    serial_device: FakeSerialDevice, events: Events
) -> None:
    calls: list[str | None] = []

    def explode(result: Any) -> None:
        calls.append(result.code)
        if len(calls) == 1:
            raise RuntimeError("the UI fell over")
        events.on_scan(result)

    settings = ScannerSettings(kind="serial", port=str(serial_device.link), debounce_ms=0)
    scanner = SerialScanner(settings, on_scan=explode, on_status=events.on_status)
    scanner.start()
    try:
        events.wait_for("connected")
        serial_device.write(f"{CARD}\r{OTHER}\r".encode())
        assert events.next_scan().code == OTHER
    finally:
        scanner.stop()
