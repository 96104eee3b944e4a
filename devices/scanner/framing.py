"""Cut the byte stream of a serial scanner into frames, one per scan. Pure: bytes in, frames out.

Handles two scans in one read, one scan split over several reads, a scanner with no terminator
(a scan ends after an idle gap, measured with an injectable clock), a partial scan left without
its terminator (flushed as incomplete after a timeout) and endless garbage (cut at `max_length`).

Line noise must never swallow the next scan, so the parser resynchronises as early as it can:
with CR, LF or CRLF any CR or LF ends a frame (empty pieces are skipped); bytes arriving after a
quiet gap longer than the idle gap start a new frame, the bytes pending before them being closed
as a garbled frame; and over-long garbage keeps its most recent bytes, where a scan would be.
"""

from __future__ import annotations

import enum
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]
"""Returns monotonic seconds; injectable so tests drive time themselves."""

STX = 0x02
ETX = 0x03


class Terminator(enum.StrEnum):
    """What ends one scan in the byte stream."""

    CR = "CR"
    LF = "LF"
    CRLF = "CRLF"
    TAB = "TAB"
    STX_ETX = "STX_ETX"
    NONE = "NONE"


_ENDINGS = {
    Terminator.CR: b"\r",
    Terminator.LF: b"\n",
    Terminator.CRLF: b"\r\n",
    Terminator.TAB: b"\t",
}
_LINE_ENDS = (Terminator.CR, Terminator.LF, Terminator.CRLF)
_LINE_END = re.compile(rb"[\r\n]")


def frame_bytes(code: bytes, terminator: Terminator | str) -> bytes:
    """Wrap one scan the way a scanner with this terminator sends it."""
    kind = Terminator(terminator)
    if kind is Terminator.STX_ETX:
        return bytes([STX]) + code + bytes([ETX])
    return code + _ENDINGS.get(kind, b"")


class FrameProblem(enum.StrEnum):
    """Why a frame is not a whole scan."""

    TRUNCATED = "truncated"
    TOO_LONG = "too_long"
    OUTSIDE_FRAME = "outside_frame"
    GARBLED = "garbled"


@dataclass(frozen=True, slots=True)
class Frame:
    """The bytes of one scan, or of a broken one with the `problem` that broke it."""

    data: bytes
    problem: FrameProblem | None = None


class FrameParser:
    """Accumulates bytes and returns whole frames; call `poll()` regularly for timeouts."""

    def __init__(
        self,
        terminator: Terminator | str = Terminator.CR,
        *,
        idle_gap_s: float = 0.05,
        incomplete_timeout_s: float = 0.5,
        max_length: int = 64,
        clock: Clock = time.monotonic,
    ) -> None:
        self.terminator = Terminator(terminator)
        self._idle_gap_s = idle_gap_s
        self._incomplete_timeout_s = incomplete_timeout_s
        self._max_length = max_length
        self._clock = clock
        self._buffer = bytearray()
        self._last_byte_at = 0.0
        self._in_frame = False

    @property
    def pending(self) -> bytes:
        """Bytes received that do not yet make a frame."""
        return bytes(self._buffer)

    def feed(self, data: bytes) -> list[Frame]:
        """Add bytes just read and return the frames they complete."""
        if not data:
            return []
        now = self._clock()
        frames = self._close_after_gap(now)
        self._last_byte_at = now
        if self.terminator is Terminator.NONE:
            self._buffer += data
            return frames + self._cut_overlong()
        if self.terminator is Terminator.STX_ETX:
            return frames + self._feed_stx_etx(data)
        self._buffer += data
        if self.terminator in _LINE_ENDS:
            return frames + self._split_lines()
        return frames + self._split_on(_ENDINGS[self.terminator])

    def poll(self) -> list[Frame]:
        """Return what the clock has closed: a scan after an idle gap, or a stale partial."""
        if not self._buffer:
            return []
        quiet_for = self._clock() - self._last_byte_at
        if self.terminator is Terminator.NONE:
            return self.flush() if quiet_for >= self._idle_gap_s else []
        return self.flush() if quiet_for >= self._incomplete_timeout_s else []

    def flush(self) -> list[Frame]:
        """Return whatever is buffered (on a timeout or when the port goes away)."""
        data = bytes(self._buffer)
        self._buffer.clear()
        in_frame, self._in_frame = self._in_frame, False
        if not data.strip(b"\r\n\t "):
            return []
        if self.terminator is Terminator.NONE:
            return [Frame(data)]
        if self.terminator is Terminator.STX_ETX and not in_frame:
            return [Frame(data, FrameProblem.OUTSIDE_FRAME)]
        return [Frame(data, FrameProblem.TRUNCATED)]

    def _close_after_gap(self, now: float) -> list[Frame]:
        """Close what is pending if the line went quiet for longer than the idle gap."""
        if not self._buffer or now - self._last_byte_at <= self._idle_gap_s:
            return []
        if self.terminator is Terminator.NONE:
            return self.flush()  # the gap is this scanner's terminator
        data = bytes(self._buffer)
        self._buffer.clear()
        self._in_frame = False
        # a scanner sends a whole code in one burst: bytes left from before a pause are noise
        return [Frame(data[-self._max_length :], FrameProblem.GARBLED)]

    def _split_lines(self) -> list[Frame]:
        frames: list[Frame] = []
        while (match := _LINE_END.search(self._buffer)) is not None:
            chunk = bytes(self._buffer[: match.start()])
            del self._buffer[: match.end()]
            if chunk:
                frames.append(self._sized(chunk))
        return frames + self._cut_overlong()

    def _split_on(self, ending: bytes) -> list[Frame]:
        frames: list[Frame] = []
        while (index := self._buffer.find(ending)) >= 0:
            chunk = bytes(self._buffer[:index]).strip(b"\r\n")
            del self._buffer[: index + len(ending)]
            if chunk:
                frames.append(self._sized(chunk))
        return frames + self._cut_overlong()

    def _feed_stx_etx(self, data: bytes) -> list[Frame]:
        frames: list[Frame] = []
        for byte in data:
            if byte == STX:
                frames += self.flush()
                self._in_frame = True
            elif byte == ETX and self._in_frame:
                frames.append(self._sized(bytes(self._buffer)))
                self._buffer.clear()
                self._in_frame = False
            else:
                self._buffer.append(byte)
                frames += self._cut_overlong()
        return frames

    def _sized(self, chunk: bytes) -> Frame:
        if len(chunk) > self._max_length:
            # keep the end: a scan glued behind noise is there, and validation can find it
            return Frame(chunk[-self._max_length :], FrameProblem.TOO_LONG)
        return Frame(chunk)

    def _cut_overlong(self) -> list[Frame]:
        """Report garbage beyond `max_length`, keeping its latest bytes: a scan may be starting."""
        frames: list[Frame] = []
        keep = self._max_length // 2
        while len(self._buffer) > self._max_length:
            cut = min(self._max_length, len(self._buffer) - keep)
            frames.append(Frame(bytes(self._buffer[:cut]), FrameProblem.TOO_LONG))
            del self._buffer[:cut]
        return frames
