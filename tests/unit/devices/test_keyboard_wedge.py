"""The keyboard-wedge detector tells a scanner burst from a person typing by key timing."""

from __future__ import annotations

from devices.scanner.validation import ScanResult
from devices.scanner.wedge import KeyboardWedgeDetector
from devices.settings import ScannerSettings

CARD = "0421234567891"


def _type(detector: KeyboardWedgeDetector, text: str, start: float, gap: float) -> list[ScanResult]:
    results = []
    for index, char in enumerate(text):
        result = detector.feed(char, start + index * gap)
        if result is not None:
            results.append(result)
    return results


def test_a_burst_at_5_ms_per_key_ending_in_enter_is_a_scan() -> None:
    seen: list[ScanResult] = []
    detector = KeyboardWedgeDetector(max_gap_s=0.03, min_length=8, on_scan=seen.append)
    results = _type(detector, CARD + "\r", start=10.0, gap=0.005)
    assert [r.code for r in results] == [CARD]
    assert seen == results
    assert detector.take_typed() == ""


def test_a_person_typing_at_150_ms_per_key_is_not_a_scan() -> None:
    detector = KeyboardWedgeDetector(max_gap_s=0.03, min_length=8)
    results = _type(detector, CARD + "\r", start=10.0, gap=0.150)
    assert results == []
    assert detector.take_typed() == CARD + "\r"


def test_a_burst_without_enter_is_a_scan_once_it_goes_quiet() -> None:
    detector = KeyboardWedgeDetector(max_gap_s=0.03, min_length=8)
    assert _type(detector, CARD, start=10.0, gap=0.005) == []
    assert detector.holding == CARD
    assert detector.poll(10.0 + 13 * 0.005 + 0.01) is None
    result = detector.poll(10.5)
    assert result is not None and result.code == CARD


def test_a_short_fast_burst_is_typing_not_a_scan() -> None:
    detector = KeyboardWedgeDetector(max_gap_s=0.03, min_length=8)
    assert _type(detector, "12\r", start=1.0, gap=0.005) == []
    assert detector.take_typed() == "12\r"


def test_prefix_and_suffix_mark_a_scan_and_are_removed() -> None:
    detector = KeyboardWedgeDetector(max_gap_s=0.03, min_length=8, prefix="@", suffix="#")
    results = _type(detector, f"@{CARD}#", start=1.0, gap=0.004)
    assert [r.code for r in results] == [CARD]


def test_a_fast_burst_without_the_configured_prefix_is_typing() -> None:
    detector = KeyboardWedgeDetector(max_gap_s=0.03, min_length=8, prefix="@", suffix="#")
    assert _type(detector, f"{CARD}#", start=1.0, gap=0.004) == []
    assert detector.take_typed() == f"{CARD}#"


def test_a_misread_burst_is_a_scan_with_a_clear_rejection() -> None:
    detector = KeyboardWedgeDetector(max_gap_s=0.03, min_length=8)
    results = _type(detector, "0421234567890\r", start=1.0, gap=0.005)
    assert len(results) == 1
    assert results[0].rejection is not None
    assert "check digit" in results[0].rejection


def test_typing_then_a_scan_keeps_the_typed_keys_apart() -> None:
    detector = KeyboardWedgeDetector(max_gap_s=0.03, min_length=8)
    _type(detector, "ab", start=1.0, gap=0.2)
    results = _type(detector, CARD + "\r", start=2.0, gap=0.005)
    assert [r.code for r in results] == [CARD]
    assert detector.take_typed() == "ab"


def test_the_detector_takes_its_timing_from_the_settings() -> None:
    settings = ScannerSettings(wedge_max_gap_ms=20, wedge_min_length=13)
    detector = KeyboardWedgeDetector.from_settings(settings)
    assert _type(detector, CARD + "\r", start=1.0, gap=0.025) == []
    assert [r.code for r in _type(detector, CARD + "\r", start=5.0, gap=0.010)] == [CARD]


def test_the_detector_uses_its_clock_when_no_time_is_given() -> None:
    times = iter([0.0, 0.005, 0.010, 0.015, 0.020, 0.025, 0.030, 0.035, 0.040])
    detector = KeyboardWedgeDetector(min_length=8, clock=lambda: next(times))
    results = [detector.feed(char) for char in "04200000\r"]
    assert results[-1] is not None
    assert results[-1].rejection is not None
