"""The frame parser: bytes in, one frame per scan out, whatever the read boundaries."""

from __future__ import annotations

import pytest

from devices.scanner.framing import Frame, FrameParser, FrameProblem, Terminator, frame_bytes
from devices.simulated import ManualClock

CARD = b"0421234567891"
OTHER = b"0420000000013"


@pytest.mark.parametrize("terminator", ["CR", "LF", "CRLF", "TAB", "STX_ETX"])
def test_each_terminator_ends_a_scan(terminator: str) -> None:
    parser = FrameParser(terminator)
    assert parser.feed(frame_bytes(CARD, terminator)) == [Frame(CARD)]
    assert parser.pending == b""


@pytest.mark.parametrize("terminator", ["CR", "LF", "CRLF", "TAB", "STX_ETX"])
def test_two_scans_in_one_read_arrive_as_two_scans(terminator: str) -> None:
    parser = FrameParser(terminator)
    data = frame_bytes(CARD, terminator) + frame_bytes(OTHER, terminator)
    assert parser.feed(data) == [Frame(CARD), Frame(OTHER)]


@pytest.mark.parametrize("terminator", ["CR", "LF", "CRLF", "TAB", "STX_ETX"])
def test_one_scan_split_over_several_reads_arrives_once(terminator: str) -> None:
    parser = FrameParser(terminator)
    data = frame_bytes(CARD, terminator)
    frames = [frame for byte in data for frame in parser.feed(bytes([byte]))]
    assert frames == [Frame(CARD)]


def test_crlf_split_between_cr_and_lf_is_still_one_scan_arriving_at_the_cr() -> None:
    parser = FrameParser(Terminator.CRLF)
    assert parser.feed(CARD + b"\r") == [Frame(CARD)]
    assert parser.feed(b"\n") == []


def test_a_cr_scanner_that_also_sends_lf_does_not_make_empty_scans() -> None:
    parser = FrameParser(Terminator.CR)
    assert parser.feed(CARD + b"\r\n" + OTHER + b"\r\n") == [Frame(CARD), Frame(OTHER)]


def test_without_terminator_a_scan_ends_after_the_idle_gap(manual_clock: ManualClock) -> None:
    parser = FrameParser(Terminator.NONE, idle_gap_s=0.05, clock=manual_clock)
    assert parser.feed(CARD[:5]) == []
    manual_clock.advance(0.01)
    assert parser.feed(CARD[5:]) == []
    manual_clock.advance(0.03)
    assert parser.poll() == []
    manual_clock.advance(0.03)
    assert parser.poll() == [Frame(CARD)]


def test_a_partial_scan_left_without_terminator_is_flushed_as_truncated(
    manual_clock: ManualClock,
) -> None:
    parser = FrameParser(Terminator.CR, incomplete_timeout_s=0.5, clock=manual_clock)
    parser.feed(b"04212")
    manual_clock.advance(0.4)
    assert parser.poll() == []
    manual_clock.advance(0.2)
    assert parser.poll() == [Frame(b"04212", FrameProblem.TRUNCATED)]


def test_endless_garbage_is_cut_at_the_maximum_length() -> None:
    parser = FrameParser(Terminator.CR, max_length=16)
    frames = parser.feed(b"x" * 40)
    assert frames[0] == Frame(b"x" * 16, FrameProblem.TOO_LONG)
    assert len(parser.pending) <= 16


def test_bytes_outside_an_stx_etx_frame_are_reported() -> None:
    parser = FrameParser(Terminator.STX_ETX)
    frames = parser.feed(b"noise" + frame_bytes(CARD, Terminator.STX_ETX))
    assert frames == [Frame(b"noise", FrameProblem.OUTSIDE_FRAME), Frame(CARD)]


def test_a_new_stx_before_etx_reports_the_cut_off_scan() -> None:
    parser = FrameParser(Terminator.STX_ETX)
    frames = parser.feed(b"\x0204212" + frame_bytes(CARD, Terminator.STX_ETX))
    assert frames == [Frame(b"04212", FrameProblem.TRUNCATED), Frame(CARD)]


def test_flush_on_unplug_returns_the_half_read_scan() -> None:
    parser = FrameParser(Terminator.CR)
    parser.feed(b"0421")
    assert parser.flush() == [Frame(b"0421", FrameProblem.TRUNCATED)]
    assert parser.flush() == []


@pytest.mark.parametrize("terminator", ["CR", "LF", "CRLF"])
@pytest.mark.parametrize("stray", [b"\r", b"\n", b"\r\n", b"\n\r"])
def test_any_cr_or_lf_ends_a_line_frame_so_a_stray_one_cannot_glue_noise_to_a_scan(
    terminator: str, stray: bytes
) -> None:
    parser = FrameParser(terminator)
    frames = parser.feed(b"no" + stray + b"ise" + frame_bytes(CARD, terminator))
    assert frames == [Frame(b"no"), Frame(b"ise" + CARD)]
    assert parser.pending == b""


def test_bytes_after_a_quiet_gap_start_a_new_frame_and_the_old_ones_are_noise(
    manual_clock: ManualClock,
) -> None:
    parser = FrameParser(Terminator.CR, idle_gap_s=0.05, clock=manual_clock)
    assert parser.feed(b"\x13ab") == []
    manual_clock.advance(0.06)
    frames = parser.feed(CARD + b"\r")
    assert frames == [Frame(b"\x13ab", FrameProblem.GARBLED), Frame(CARD)]


def test_a_scan_arriving_in_pieces_within_the_idle_gap_stays_one_frame(
    manual_clock: ManualClock,
) -> None:
    parser = FrameParser(Terminator.CR, idle_gap_s=0.05, clock=manual_clock)
    assert parser.feed(CARD[:6]) == []
    manual_clock.advance(0.04)
    assert parser.feed(CARD[6:] + b"\r") == [Frame(CARD)]


def test_overlong_garbage_keeps_its_latest_bytes_so_a_scan_behind_it_survives() -> None:
    parser = FrameParser(Terminator.CR, max_length=32)
    frames = parser.feed(b"#" * 60 + CARD[:5])
    frames += parser.feed(CARD[5:] + b"\r")
    assert all(frame.problem is FrameProblem.TOO_LONG for frame in frames[:-1])
    assert frames[-1].problem is None and frames[-1].data.endswith(CARD)


def test_an_overlong_terminated_frame_keeps_its_end() -> None:
    parser = FrameParser(Terminator.CR, max_length=32)
    frames = parser.feed(b"#" * 40 + CARD + b"\r")
    assert frames == [Frame((b"#" * 40 + CARD)[-32:], FrameProblem.TOO_LONG)]
