"""Properties: any bytes a scanner sends give only scans or clear rejections, and no noise
before a good scan can swallow it."""

from __future__ import annotations

import itertools
import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from devices.scanner.framing import Terminator, frame_bytes
from devices.scanner.pipeline import ScanPipeline
from devices.scanner.validation import ScanResult
from devices.settings import ScannerSettings
from devices.simulated import ManualClock
from pos_loyalty.domain.cards import validate_card_number
from pos_loyalty.domain.symbology import split_aim_id

chunked_bytes = st.lists(st.binary(max_size=40), max_size=12)
terminators = st.sampled_from([t.value for t in Terminator])
affixes = st.sampled_from(["", "]E0", "\x02"])


def _check(result: ScanResult) -> None:
    assert (result.code is None) != (result.rejection is None)
    if result.code is not None:
        assert validate_card_number(result.code) == result.code
    else:
        assert result.rejection
        assert result.rejection.isprintable()


@settings(max_examples=300, deadline=None)
@given(
    chunks=chunked_bytes,
    terminator=terminators,
    prefix=affixes,
    gaps=st.lists(st.integers(0, 200)),
)
def test_any_bytes_in_any_chunks_give_only_scans_or_clear_rejections(
    chunks: list[bytes], terminator: str, prefix: str, gaps: list[int]
) -> None:
    clock = ManualClock()
    pipeline = ScanPipeline(
        ScannerSettings(terminator=terminator, prefix=prefix, debounce_ms=0), clock
    )
    results: list[ScanResult] = []
    for index, chunk in enumerate(chunks):
        results += pipeline.feed(chunk)
        clock.advance((gaps[index] if index < len(gaps) else 10) / 1000)
        results += pipeline.poll()
    results += pipeline.flush()
    for result in results:
        _check(result)


@settings(max_examples=200, deadline=None)
@given(
    terminator=st.sampled_from(["CR", "LF", "CRLF", "TAB", "STX_ETX"]),
    cuts=st.lists(st.integers(0, 30), max_size=6),
)
def test_a_valid_scan_cut_anywhere_still_arrives_whole(terminator: str, cuts: list[int]) -> None:
    data = frame_bytes(b"0421234567891", terminator)
    points = sorted({min(c, len(data)) for c in cuts} | {0, len(data)})
    pipeline = ScanPipeline(ScannerSettings(terminator=terminator), ManualClock())
    results: list[ScanResult] = []
    for start, end in itertools.pairwise(points):
        results += pipeline.feed(data[start:end])
    assert [r.code for r in results] == ["0421234567891"]


CARD = "0421234567891"
LINE_TERMINATORS = st.sampled_from(["CR", "LF", "CRLF", "TAB"])


def _reads_as_another_symbology(glued: bytes) -> bool:
    """True if noise + scan is exactly an AIM-identified read of another symbology (`]Q0...`)."""
    aim, _ = split_aim_id(glued.decode("utf-8", errors="replace").strip())
    return aim is not None and not aim.is_ean_upc


@settings(max_examples=400, deadline=None)
@given(
    noise=st.binary(max_size=120),
    gap_ms=st.integers(0, 1000),
    terminator=LINE_TERMINATORS,
    code=st.sampled_from([CARD, CARD[1:], f"]E0{CARD}"]),
    cut=st.integers(0, 20),
)
def test_noise_then_a_gap_then_a_good_scan_gives_the_card_at_once(
    noise: bytes, gap_ms: int, terminator: str, code: str, cut: int
) -> None:
    glued = re.split(rb"[\r\n\t]", noise)[-1] + code.encode()
    assume(gap_ms > 50 or not _reads_as_another_symbology(glued))
    clock = ManualClock()
    pipeline = ScanPipeline(ScannerSettings(terminator=terminator, debounce_ms=0), clock)
    pipeline.feed(noise)
    clock.advance(gap_ms / 1000)
    pipeline.poll()
    scan = frame_bytes(code.encode(), terminator)
    # the scan may come in two reads; it must be out as soon as its terminator is in
    results = pipeline.feed(scan[:cut]) + pipeline.feed(scan[cut:])
    assert CARD in [result.code for result in results]
