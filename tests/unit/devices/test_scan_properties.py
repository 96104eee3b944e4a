"""Property: any bytes a scanner sends, in any chunks, give only scans or clear rejections."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from devices.scanner.framing import Terminator, frame_bytes
from devices.scanner.pipeline import ScanPipeline
from devices.scanner.validation import ScanResult
from devices.settings import ScannerSettings
from devices.simulated import ManualClock
from pos_loyalty.domain.cards import validate_card_number

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
