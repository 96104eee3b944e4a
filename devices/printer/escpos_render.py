"""Render a slip to ESC/POS bytes: a pure function, the transport only moves the bytes."""

from __future__ import annotations

from dataclasses import dataclass

from devices.printer.codepages import CP866, CodePage, fit_to_codepage
from devices.printer.escpos_commands import EscposWriter
from devices.printer.layout import Paper, Style, format_line, slip_lines
from pos_loyalty.domain.slip import Slip


@dataclass(frozen=True, slots=True)
class EscposOptions:
    """How the slip is finished: barcode kind, cut, feed and missing-character fallback."""

    barcode: str = "ean13"
    cut: str = "partial"
    feed_lines: int = 4
    fallback: str = "transliterate"
    barcode_function_b: bool = True


def render_escpos(
    slip: Slip,
    paper: Paper = Paper.MM80,
    codepage: CodePage = CP866,
    options: EscposOptions | None = None,
) -> bytes:
    """Render the slip as ESC/POS bytes: init, code page, the text lines, barcode, feed, cut."""
    opts = options or EscposOptions()
    writer = EscposWriter(codepage, opts.fallback)
    writer.reset()
    write_slip(writer, slip, paper, codepage, opts)
    writer.feed(opts.feed_lines)
    writer.cut(opts.cut)
    return writer.getvalue()


def write_slip(
    writer: EscposWriter, slip: Slip, paper: Paper, codepage: CodePage, opts: EscposOptions
) -> None:
    """Write the slip's lines (the same lines `render_text` gives) to an ESC/POS writer."""
    columns = paper.columns
    lines = slip_lines(
        slip, columns, text_filter=lambda text: fit_to_codepage(text, codepage, opts.fallback)
    )
    for line in lines:
        if line.style is Style.BARCODE:
            _write_code(writer, line.left, opts, format_line(line, columns))
            continue
        writer.line(format_line(line, columns), strong=line.style is Style.STRONG)


def _write_code(writer: EscposWriter, digits: str, opts: EscposOptions, as_text: str) -> None:
    if opts.barcode == "ean13":
        writer.barcode_ean13(digits, function_b=opts.barcode_function_b)
    elif opts.barcode == "qr":
        writer.qr(digits)
    else:
        writer.line(as_text)
