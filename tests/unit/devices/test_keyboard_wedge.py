"""The keyboard-wedge detector judges whole bursts of keys: a scan is never typing, and the
scanner's terminator never reaches the window as a person's Enter."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.scanner.validation import ScanResult
from devices.scanner.wedge import KeyboardWedgeDetector
from devices.settings import ScannerSettings

CARD = "0421234567891"
OTHER = "0420000000013"


def _type(detector: KeyboardWedgeDetector, text: str, start: float, gap: float) -> list[ScanResult]:
    results = []
    for index, char in enumerate(text):
        result = detector.feed(char, start + index * gap)
        if result is not None:
            results.append(result)
    return results


def _codes(output: list[str | ScanResult]) -> list[str | None]:
    return [item if isinstance(item, str) else item.code for item in output]


def test_a_burst_at_5_ms_per_key_ending_in_enter_is_a_scan_and_the_enter_is_dropped() -> None:
    seen: list[ScanResult] = []
    detector = KeyboardWedgeDetector(on_scan=seen.append)
    results = _type(detector, CARD + "\r", start=10.0, gap=0.005)
    assert [r.code for r in results] == [CARD]
    assert seen == results
    assert detector.take_typed() == ""


@pytest.mark.parametrize("gap_ms", [5, 10, 20, 30, 40])
def test_a_scan_at_any_shipping_speed_is_one_scan(gap_ms: int) -> None:
    detector = KeyboardWedgeDetector()
    results = _type(detector, CARD + "\r", start=1.0, gap=gap_ms / 1000)
    assert [r.code for r in results] == [CARD]
    assert detector.take_output() == [results[0]]


def test_one_gap_of_100_ms_inside_a_20_ms_scan_does_not_split_it() -> None:
    detector = KeyboardWedgeDetector()
    times = [1.0 + 0.02 * i for i in range(6)] + [1.2 + 0.02 * i for i in range(8)]
    results = [detector.feed(char, at) for char, at in zip(CARD + "\r", times, strict=True)]
    assert [r.code for r in results if r is not None] == [CARD]
    assert detector.take_typed() == ""


@pytest.mark.parametrize("late_s", [0.05, 0.2])
def test_a_late_enter_after_a_scan_is_never_typed(late_s: float) -> None:
    detector = KeyboardWedgeDetector()
    _type(detector, CARD, start=1.0, gap=0.04)
    last = 1.0 + 12 * 0.04
    result = detector.poll(last + min(late_s, 0.1) - 0.001)  # not quiet long enough yet
    assert result is None
    detector.poll(last + late_s - 0.001)
    detector.feed("\r", last + late_s)
    detector.poll(last + 5)
    assert _codes(detector.take_output()) == [CARD]


def test_an_enter_long_after_a_scan_is_the_persons_own() -> None:
    detector = KeyboardWedgeDetector()
    _type(detector, CARD, start=1.0, gap=0.01)
    detector.poll(2.0)
    detector.feed("\r", 3.0)
    assert _codes(detector.take_output()) == [CARD, "\r"]


def test_an_enter_after_typing_that_follows_a_scan_is_the_persons_own() -> None:
    detector = KeyboardWedgeDetector()
    _type(detector, CARD, start=1.0, gap=0.01)
    detector.poll(1.25)
    detector.feed("5", 1.3)
    detector.poll(1.45)
    detector.feed("\r", 1.5)
    assert _codes(detector.take_output()) == [CARD, "5", "\r"]


def test_a_person_typing_at_150_ms_per_key_is_not_a_scan() -> None:
    detector = KeyboardWedgeDetector()
    results = _type(detector, CARD + "\r", start=10.0, gap=0.150)
    detector.poll(20.0)
    assert results == []
    assert detector.take_typed() == CARD + "\r"


def test_a_person_typing_digits_at_80_ms_per_key_is_typing_by_the_mean_gap() -> None:
    detector = KeyboardWedgeDetector()
    assert _type(detector, CARD + "\r", start=1.0, gap=0.08) == []
    assert detector.take_typed() == CARD + "\r"


def test_a_fast_typists_name_is_typing_and_is_shown_at_once() -> None:
    detector = KeyboardWedgeDetector()
    assert _type(detector, "Anna Smirnova", start=1.0, gap=0.01) == []
    assert detector.holding == ""
    assert detector.take_typed() == "Anna Smirnova"


def test_digits_before_a_letter_are_typing() -> None:
    detector = KeyboardWedgeDetector()
    assert _type(detector, "12345678a", start=1.0, gap=0.005) == []
    assert detector.take_typed() == "12345678a"


def test_a_burst_without_enter_is_a_scan_once_it_goes_quiet() -> None:
    detector = KeyboardWedgeDetector()
    assert _type(detector, CARD, start=10.0, gap=0.005) == []
    assert detector.holding == CARD
    assert detector.poll(10.0 + 12 * 0.005 + 0.09) is None
    result = detector.poll(10.5)
    assert result is not None and result.code == CARD


def test_a_short_fast_burst_is_typing_not_a_scan() -> None:
    detector = KeyboardWedgeDetector()
    assert _type(detector, "12\r", start=1.0, gap=0.005) == []
    assert detector.take_typed() == "12\r"


def test_typed_digits_then_a_scan_without_a_pause_give_the_typing_and_the_scan() -> None:
    detector = KeyboardWedgeDetector()
    _type(detector, "300", start=1.0, gap=0.09)
    _type(detector, OTHER + "\r", start=1.0 + 2 * 0.09 + 0.08, gap=0.03)
    assert _codes(detector.take_output()) == ["300", OTHER]


def test_a_typed_digit_then_a_scan_at_40_ms_with_a_late_enter() -> None:
    detector = KeyboardWedgeDetector()
    detector.feed("7", 1.0)
    _type(detector, CARD, start=1.09, gap=0.04)
    detector.feed("\r", 1.09 + 12 * 0.04 + 0.2)
    assert _codes(detector.take_output()) == ["7", CARD]


def test_a_tab_ends_a_scan_and_is_dropped() -> None:
    detector = KeyboardWedgeDetector()
    assert [r.code for r in _type(detector, CARD + "\t", 1.0, 0.01)] == [CARD]
    assert detector.take_output()[0] == ScanResult(CARD, code=CARD)


def test_a_second_terminator_right_after_a_scan_is_dropped_too() -> None:
    detector = KeyboardWedgeDetector()
    _type(detector, CARD + "\r", 1.0, 0.01)
    detector.feed("\r", 1.2)
    assert _codes(detector.take_output()) == [CARD]


def test_prefix_and_suffix_mark_a_scan_and_are_removed() -> None:
    detector = KeyboardWedgeDetector(prefix="@", suffix="#")
    results = _type(detector, f"@{CARD}#", start=1.0, gap=0.004)
    assert [r.code for r in results] == [CARD]


def test_a_fast_burst_without_the_configured_prefix_is_typing() -> None:
    detector = KeyboardWedgeDetector(prefix="@", suffix="#")
    assert _type(detector, f"{CARD}#", start=1.0, gap=0.004) == []
    assert detector.take_typed() == f"{CARD}#"


def test_an_aim_symbology_id_is_held_with_the_digits_as_one_scan() -> None:
    detector = KeyboardWedgeDetector()
    results = _type(detector, f"]E0{CARD}\r", start=1.0, gap=0.005)
    assert len(results) == 1
    assert results[0].raw == f"]E0{CARD}"
    assert detector.take_typed() == ""


def test_a_misread_burst_is_a_scan_with_a_clear_rejection() -> None:
    detector = KeyboardWedgeDetector()
    results = _type(detector, "0421234567890\r", start=1.0, gap=0.005)
    assert len(results) == 1
    assert results[0].rejection is not None
    assert "check digit" in results[0].rejection
    assert detector.take_typed() == ""


def test_typing_then_a_scan_keeps_the_typed_keys_apart() -> None:
    detector = KeyboardWedgeDetector()
    _type(detector, "ab", start=1.0, gap=0.2)
    results = _type(detector, CARD + "\r", start=2.0, gap=0.005)
    assert [r.code for r in results] == [CARD]
    assert detector.take_typed() == "ab"


def test_the_detector_takes_its_timing_from_the_settings() -> None:
    settings = ScannerSettings(wedge_max_gap_ms=20, wedge_max_mean_gap_ms=15, wedge_min_length=13)
    detector = KeyboardWedgeDetector.from_settings(settings)
    assert _type(detector, CARD + "\r", start=1.0, gap=0.025) == []
    assert [r.code for r in _type(detector, CARD + "\r", start=5.0, gap=0.010)] == [CARD]


def test_the_grace_for_a_late_enter_comes_from_the_settings() -> None:
    detector = KeyboardWedgeDetector.from_settings(ScannerSettings(wedge_grace_ms=0))
    _type(detector, CARD, start=1.0, gap=0.01)
    detector.poll(1.3)
    detector.feed("\r", 1.35)
    assert _codes(detector.take_output()) == [CARD, "\r"]


def test_the_old_default_gap_of_30_ms_is_read_as_the_new_default() -> None:
    stored = ScannerSettings.from_dict({"kind": "keyboard", "wedge_max_gap_ms": 30})
    assert stored.wedge_max_gap_ms == 100
    assert ScannerSettings.from_dict({"wedge_max_gap_ms": 45}).wedge_max_gap_ms == 45


def test_the_detector_uses_its_clock_when_no_time_is_given() -> None:
    times = iter([0.0, 0.005, 0.010, 0.015, 0.020, 0.025, 0.030, 0.035, 0.040])
    detector = KeyboardWedgeDetector(min_length=8, clock=lambda: next(times))
    results = [detector.feed(char) for char in "04200000\r"]
    assert results[-1] is not None
    assert results[-1].rejection is not None


@settings(max_examples=60, deadline=None)
@given(
    gap_ms=st.integers(5, 40),
    jitter=st.lists(st.integers(-4, 4), min_size=12, max_size=12),
    slow_key=st.integers(0, 12),
    slow_ms=st.integers(40, 100),
    terminator=st.sampled_from(["\r", "\t", ""]),
    late_ms=st.sampled_from([0, 50, 200, 350]),
)
def test_any_scanner_timing_gives_one_scan_and_no_typing(
    gap_ms: int, jitter: list[int], slow_key: int, slow_ms: int, terminator: str, late_ms: int
) -> None:
    detector = KeyboardWedgeDetector()
    gaps = [max(1, gap_ms + j) for j in jitter]
    if slow_key < len(gaps):
        gaps[slow_key] = slow_ms  # one longer gap, as a scanner's USB stack sometimes makes
    at = 1.0
    detector.feed(CARD[0], at)
    for char, gap in zip(CARD[1:], gaps, strict=True):
        at += gap / 1000
        detector.feed(char, at)
    if terminator:
        detector.feed(terminator, at + (gap_ms + late_ms) / 1000)
    detector.poll(at + 10)
    assert _codes(detector.take_output()) == [CARD]
