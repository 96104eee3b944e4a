"""Scan validation: a card number, or a rejection that names what was read; never an exception."""

from __future__ import annotations

import pytest

from devices.errors import DeviceSettingsError
from devices.scanner.framing import Frame, FrameProblem
from devices.scanner.noise import frame_results
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


def test_a_upc_a_read_is_the_same_card_for_serial_and_wedge_reads() -> None:
    assert validate_text(CARD[1:]).code == CARD
    assert validate_frame(Frame(CARD[1:].encode())).code == CARD


def test_an_aim_id_is_stripped_unless_turned_off() -> None:
    assert validate_text(f"]E0{CARD}").code == CARD
    assert validate_text(f"]E0{CARD[1:]}").code == CARD
    refused = validate_text(f"]E0{CARD}", aim_ids="off")
    assert refused.error is not None and refused.error.code == "card_not_digits"


def test_a_code_128_read_is_refused_naming_its_symbology() -> None:
    result = validate_text(f"]C0{CARD}")
    assert result.rejection is not None
    assert "Code 128" in result.rejection
    assert result.error is not None and result.error.code == "scan_symbology"


def test_the_pipeline_uses_the_aim_ids_setting(manual_clock: ManualClock) -> None:
    frame = f"]C0{CARD}\r".encode()
    auto = ScanPipeline(ScannerSettings(), manual_clock)
    off = ScanPipeline(ScannerSettings(aim_ids="off"), manual_clock)
    assert [r.code for r in auto.feed(frame)] == [None]
    # with AIM ids off, "]C0" means nothing: it is noise in front of a card number
    off_results = off.feed(frame)
    assert [r.code for r in off_results] == [None, CARD]
    assert off_results[0].rejection is not None and "Line noise ']C0'" in off_results[0].rejection


def test_an_unknown_aim_ids_mode_is_refused_naming_the_choices() -> None:
    with pytest.raises(DeviceSettingsError, match="aim_ids must be one of auto, off"):
        ScannerSettings(aim_ids="on")


@pytest.mark.parametrize("noise", [b"\xff\x13", b"7", b"12", b"abc]", b"x]C", b"z]Q", b"\x00" * 70])
@pytest.mark.parametrize("code", [CARD, CARD[1:], f"]E0{CARD}", f"]E0{CARD[1:]}"])
def test_noise_glued_in_front_of_a_scan_is_reported_and_the_card_passes(
    noise: bytes, code: str
) -> None:
    results = frame_results(Frame(noise + code.encode()))
    assert [r.code for r in results] == [None, CARD]
    assert results[0].error is not None and results[0].error.code == "scan_garbled"


def test_a_refused_frame_without_a_card_at_its_end_stays_one_rejection() -> None:
    results = frame_results(Frame(b"xx0421234567890"))
    assert len(results) == 1 and results[0].code is None


def test_a_whole_read_of_another_symbology_is_not_taken_for_noise_before_a_card() -> None:
    results = frame_results(Frame(f"]C0{CARD}".encode()))
    assert len(results) == 1
    assert results[0].error is not None and results[0].error.code == "scan_symbology"


def test_a_frame_that_reads_as_another_symbology_is_refused_even_if_it_was_noise() -> None:
    # "]Q" + "0421234567891" is exactly what a QR Code read of "421234567891" looks like
    results = frame_results(Frame(f"]Q{CARD}".encode()))
    assert [r.code for r in results] == [None]
    assert results[0].rejection is not None and "QR Code" in results[0].rejection


def test_a_frame_cut_off_is_not_searched_for_a_card() -> None:
    results = frame_results(Frame(b"xx" + CARD.encode(), FrameProblem.TRUNCATED))
    assert [r.code for r in results] == [None]


def test_noise_then_a_scan_after_a_gap_gives_the_noise_and_then_the_card_at_once(
    manual_clock: ManualClock,
) -> None:
    pipeline = ScanPipeline(ScannerSettings(debounce_ms=0), manual_clock)
    assert pipeline.feed(b"\x13\x88") == []
    manual_clock.advance(0.2)
    results = pipeline.feed(f"{CARD}\r".encode())
    assert [r.code for r in results] == [None, CARD]
    assert results[0].rejection is not None and "Line noise" in results[0].rejection
