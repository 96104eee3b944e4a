"""The demo devices behave like the real ones: same callbacks, same bytes, same errors."""

from __future__ import annotations

import pytest

from devices.errors import DeviceProblem, PrinterError
from devices.printer.escpos_reader import read_escpos
from devices.scanner.validation import ScanResult
from devices.settings import ScannerSettings
from devices.simulated import ManualClock, SimulatedPrinter, SimulatedScanner, demo_slip

CARD = "0421234567891"


class Recorder:
    def __init__(self) -> None:
        self.scans: list[ScanResult] = []
        self.statuses: list[tuple[str, str]] = []

    def on_scan(self, result: ScanResult) -> None:
        self.scans.append(result)

    def on_status(self, state: str, message: str) -> None:
        self.statuses.append((state, message))


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def test_the_simulated_scanner_reports_connected_scans_and_stopped(recorder: Recorder) -> None:
    scanner = SimulatedScanner(on_scan=recorder.on_scan, on_status=recorder.on_status)
    scanner.start()
    scanner.scan(CARD)
    scanner.scan("0421234567890")
    scanner.stop()
    assert [s.code for s in recorder.scans] == [CARD, None]
    assert recorder.scans[1].rejection is not None
    assert [state for state, _ in recorder.statuses] == ["connected", "stopped"]


def test_the_simulated_scanner_debounces_like_the_real_one(
    recorder: Recorder, manual_clock: ManualClock
) -> None:
    settings = ScannerSettings(kind="simulated", debounce_ms=1000)
    scanner = SimulatedScanner(
        settings, on_scan=recorder.on_scan, on_status=recorder.on_status, clock=manual_clock
    )
    scanner.start()
    scanner.scan(CARD)
    scanner.scan(CARD)
    manual_clock.advance(1.5)
    scanner.scan(CARD)
    assert [s.code for s in recorder.scans] == [CARD, CARD]


@pytest.mark.parametrize("terminator", ["CR", "LF", "CRLF", "TAB", "STX_ETX", "NONE"])
def test_the_simulated_scanner_frames_codes_with_any_terminator(
    recorder: Recorder, terminator: str
) -> None:
    settings = ScannerSettings(kind="simulated", terminator=terminator, prefix="]E0")
    scanner = SimulatedScanner(settings, on_scan=recorder.on_scan, on_status=recorder.on_status)
    scanner.start()
    assert [r.code for r in scanner.scan(CARD)] == [CARD]


def test_an_unplugged_simulated_scanner_reads_nothing(recorder: Recorder) -> None:
    scanner = SimulatedScanner(on_scan=recorder.on_scan, on_status=recorder.on_status)
    scanner.start()
    scanner.unplug()
    assert scanner.scan(CARD) == []
    assert recorder.statuses[-1][0] == "disconnected"


def test_the_simulated_printer_keeps_each_job_and_its_text() -> None:
    printer = SimulatedPrinter()
    printer.print_slip(demo_slip())
    printer.print_slip(demo_slip().as_copy(), open_drawer=True)
    assert len(printer.jobs) == 2
    assert "КОПИЯ" in printer.last_text()
    assert read_escpos(printer.jobs[1])[-1].kind == "drawer"


def test_an_offline_simulated_printer_raises_printer_error_and_recovers() -> None:
    printer = SimulatedPrinter()
    printer.go_offline()
    with pytest.raises(PrinterError) as caught:
        printer.print_slip(demo_slip())
    assert caught.value.problem is DeviceProblem.OFFLINE
    assert "reprint" in str(caught.value)
    printer.go_offline(False)
    printer.print_slip(demo_slip())
    assert len(printer.jobs) == 1
