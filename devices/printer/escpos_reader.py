"""Read ESC/POS bytes back into events and text, the way a printer would interpret them.

Used by the simulated printer (the demo shows what would have been printed) and by the tests to
check what reached a printer. It tracks the code page like a printer: ESC @ falls back to page 0
(CP437) until ESC t selects another one. It never raises, whatever the bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

DEFAULT_PAGES: Mapping[int, str] = {
    0: "cp437",
    2: "cp850",
    16: "cp1252",
    17: "cp866",
    46: "cp1251",
}


@dataclass(frozen=True, slots=True)
class EscposEvent:
    """One thing the printer did: kind is reset, codepage, text, newline, barcode, qr, cut, ..."""

    kind: str
    value: str | int = ""


@dataclass
class _State:
    data: bytes
    pages: Mapping[int, str]
    pos: int = 0
    page: int = 0


def read_escpos(data: bytes, pages: Mapping[int, str] = DEFAULT_PAGES) -> list[EscposEvent]:
    """Interpret ESC/POS bytes as a list of events, decoding text in the selected code page."""
    state = _State(data, pages)
    events: list[EscposEvent] = []
    while state.pos < len(data):
        byte = data[state.pos]
        if byte == 0x0A:
            events.append(EscposEvent("newline"))
            state.pos += 1
        elif byte in (0x1B, 0x1D, 0x10):
            events.append(_command(state))
        elif byte < 0x20:
            events.append(EscposEvent("control", byte))
            state.pos += 1
        else:
            events.append(_text(state))
    return events


def escpos_text(data: bytes, pages: Mapping[int, str] = DEFAULT_PAGES) -> str:
    """Return the text a printer would print from these bytes, one line per LF."""
    parts: list[str] = []
    for event in read_escpos(data, pages):
        if event.kind == "text":
            parts.append(str(event.value))
        elif event.kind == "newline":
            parts.append("\n")
    return "".join(parts)


def _text(state: _State) -> EscposEvent:
    start = state.pos
    while state.pos < len(state.data) and state.data[state.pos] >= 0x20:
        state.pos += 1
    codec = state.pages.get(state.page, "cp437")
    return EscposEvent("text", state.data[start : state.pos].decode(codec, errors="replace"))


def _take(state: _State, count: int) -> bytes | None:
    """Consume `count` bytes after the current position, or None if the data ends first."""
    chunk = state.data[state.pos : state.pos + count]
    if len(chunk) < count:
        state.pos = len(state.data)
        return None
    state.pos += count
    return chunk


def _command(state: _State) -> EscposEvent:
    head = _take(state, 2)
    if head is None:
        return EscposEvent("truncated")
    handler = _HANDLERS.get(head)
    if handler is None:
        state.pos -= 1
        return EscposEvent("unknown", head[0])
    return handler(state)


def _reset(state: _State) -> EscposEvent:
    state.page = 0
    return EscposEvent("reset")


def _one_arg(kind: str) -> Callable[[_State], EscposEvent]:
    def handle(state: _State) -> EscposEvent:
        arg = _take(state, 1)
        return EscposEvent("truncated") if arg is None else EscposEvent(kind, arg[0])

    return handle


def _codepage(state: _State) -> EscposEvent:
    arg = _take(state, 1)
    if arg is None:
        return EscposEvent("truncated")
    state.page = arg[0]
    return EscposEvent("codepage", arg[0])


def _cut(state: _State) -> EscposEvent:
    arg = _take(state, 1)
    if arg is None:
        return EscposEvent("truncated")
    if arg[0] in (65, 66):
        _take(state, 1)
    return EscposEvent("cut", "full" if arg[0] in (0, 48, 65) else "partial")


def _kick(state: _State) -> EscposEvent:
    args = _take(state, 3)
    if args is None:
        return EscposEvent("truncated")
    return EscposEvent("drawer", 2 if args[0] in (0, 48) else 5)


def _barcode(state: _State) -> EscposEvent:
    kind = _take(state, 1)
    if kind is None:
        return EscposEvent("truncated")
    if kind[0] >= 65:
        length = _take(state, 1)
        data = None if length is None else _take(state, length[0])
    else:
        end = state.data.find(b"\x00", state.pos)
        data = None if end < 0 else state.data[state.pos : end]
        state.pos = len(state.data) if end < 0 else end + 1
    if data is None:
        return EscposEvent("truncated")
    return EscposEvent("barcode", data.decode("ascii", errors="replace"))


def _qr(state: _State) -> EscposEvent:
    size = _take(state, 3)
    if size is None or size[0] != ord("k"):
        return EscposEvent("truncated" if size is None else "unknown", "GS (")
    body = _take(state, size[1] + 256 * size[2])
    if body is None:
        return EscposEvent("truncated")
    if body[:3] == b"\x31\x50\x30":
        return EscposEvent("qr", body[3:].decode("utf-8", errors="replace"))
    return EscposEvent("qr_setting", body[:2].hex())


def _status(state: _State) -> EscposEvent:
    arg = _take(state, 1)
    return EscposEvent("truncated") if arg is None else EscposEvent("status_query", arg[0])


_HANDLERS: dict[bytes, Callable[[_State], EscposEvent]] = {
    b"\x1b@": _reset,
    b"\x1bt": _codepage,
    b"\x1bE": _one_arg("bold"),
    b"\x1ba": _one_arg("align"),
    b"\x1bd": _one_arg("feed"),
    b"\x1bp": _kick,
    b"\x1d!": _one_arg("size"),
    b"\x1dV": _cut,
    b"\x1dk": _barcode,
    b"\x1dh": _one_arg("barcode_height"),
    b"\x1dw": _one_arg("barcode_width"),
    b"\x1dH": _one_arg("barcode_hri"),
    b"\x1d(": _qr,
    b"\x10\x04": _status,
}
