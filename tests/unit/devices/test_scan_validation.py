"""Scan validation: a card number, or a rejection that names what was read; never an exception."""

from __future__ import annotations

import pytest

from devices.scanner.framing import Frame, FrameProblem
from devices.scanner.pipeline import Debouncer, ScanPipeline
from devices.scanner.validation import ScanResult, printable, validate_frame, validate_text
from devices.settings import ScannerSettings
from devices.simulated import ManualClock

CARD = "0421234567891"


def test_a_valid_card_scan_gives_its_number() -> None:
    result = validate_frame(Frame(CARD.encode()))
    assert result.ok
    assert result.code == CARD
    assert result.rejection is None


def test_a_wrong_check_digit_is_rejected_naming_the_code_and_the_right_digit() -> None:
    result = validate_text("0421234567890")
    assert result.code is None
    assert result.rejection is not None
    assert "0421234567890" in result.rejection
    assert "check digit" in result.rejection
    assert "1" in result.rejection.split("should be")[1]


def test_a_non_numeric_burst_is_rejected_naming_what_was_read() -> None:
    result = validate_text("HELLO-123")
    assert result.rejection is not None
    assert "HELLO-123" in result.rejection
    assert "not a card number" in result.rejection


def test_a_truncated_read_is_rejected_as_incomplete() -> None:
    result = validate_frame(Frame(b"04212", FrameProblem.TRUNCATED))
    assert result.rejection is not None
    assert "Incomplete read '04212'" in result.rejection


def test_a_short_numeric_read_says_how_many_digits_it_had() -> None:
    result = validate_text("042123")
    assert result.rejection is not None
    assert "6 digits" in result.rejection


def test_a_valid_ean13_of_another_kind_is_not_taken_for_a_card() -> None:
    result = validate_text("4006381333931")
    assert result.rejection is not None
    assert "not a loyalty card" in result.rejection


def test_control_characters_are_shown_escaped_in_the_message() -> None:
    result = validate_frame(Frame(b"\x07\x1b042"))
    assert result.rejection is not None
    assert "\\x07\\x1b042" in result.rejection
    assert all(char.isprintable() for char in result.rejection)


def test_undecodable_bytes_are_reported_not_raised() -> None:
    result = validate_frame(Frame(b"\xff\xfe0421"))
    assert result.rejection is not None
    assert "not text" in result.rejection


def test_prefix_and_suffix_are_stripped_before_validation() -> None:
    result = validate_text(f"]E0{CARD}#", prefix="]E0", suffix="#")
    assert result.code == CARD


def test_printable_shortens_long_text() -> None:
    assert printable("9" * 100).endswith("...")
    assert len(printable("9" * 100)) == 43


def test_a_scan_result_has_a_code_or_a_rejection_never_both() -> None:
    with pytest.raises(ValueError):
        ScanResult("x", code="1", rejection="no")
    with pytest.raises(ValueError):
        ScanResult("x")


def test_the_same_code_within_the_debounce_interval_is_dropped(manual_clock: ManualClock) -> None:
    debouncer = Debouncer(1.0, manual_clock)
    assert debouncer.accept(CARD)
    manual_clock.advance(0.5)
    assert not debouncer.accept(CARD)
    assert debouncer.accept("0420000000013")
    assert debouncer.accept(CARD)


def test_the_same_code_after_the_debounce_interval_is_a_new_scan(
    manual_clock: ManualClock,
) -> None:
    debouncer = Debouncer(1.0, manual_clock)
    assert debouncer.accept(CARD)
    manual_clock.advance(1.5)
    assert debouncer.accept(CARD)


def test_the_pipeline_debounces_valid_scans_but_reports_every_rejection(
    manual_clock: ManualClock,
) -> None:
    pipeline = ScanPipeline(ScannerSettings(debounce_ms=1000), manual_clock)
    results = pipeline.feed(f"{CARD}\r{CARD}\rjunk\rjunk\r".encode())
    assert [r.code for r in results] == [CARD, None, None]
    manual_clock.advance(2)
    assert [r.code for r in pipeline.feed(f"{CARD}\r".encode())] == [CARD]
