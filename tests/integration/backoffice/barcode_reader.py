"""A small EAN-13 reader for the tests: from a PDF page's pixels back to the 13 digits.

It shares no code with the program: the code tables are written out here again, the page is
rasterised by poppler's `pdftoppm`, and a row of pixels across the bars is cut into runs whose
widths are measured in modules (each digit is 4 runs summing to 7 modules). The left half's code
sets (L or G) give the first digit; the check digit is verified before a number is returned.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

L_CODES = {
    "0001101": 0,
    "0011001": 1,
    "0010011": 2,
    "0111101": 3,
    "0100011": 4,
    "0110001": 5,
    "0101111": 6,
    "0111011": 7,
    "0110111": 8,
    "0001011": 9,
}
G_CODES = {
    "0100111": 0,
    "0110011": 1,
    "0011011": 2,
    "0100001": 3,
    "0011101": 4,
    "0111001": 5,
    "0000101": 6,
    "0010001": 7,
    "0001001": 8,
    "0010111": 9,
}
R_CODES = {
    "1110010": 0,
    "1100110": 1,
    "1101100": 2,
    "1000010": 3,
    "1011100": 4,
    "1001110": 5,
    "1010000": 6,
    "1000100": 7,
    "1001000": 8,
    "1110100": 9,
}
FIRST_DIGIT = {
    "LLLLLL": 0,
    "LLGLGG": 1,
    "LLGGLG": 2,
    "LLGGGL": 3,
    "LGLLGG": 4,
    "LGGLLG": 5,
    "LGGGLL": 6,
    "LGLGLG": 7,
    "LGLGGL": 8,
    "LGGLGL": 9,
}
RUNS = 59
"""Bars and spaces of a symbol: 3 + 6 x 4 + 5 + 6 x 4 + 3."""


class Unreadable(ValueError):
    """The pixels or modules are not an EAN-13 symbol."""


def check_digit_ok(code: str) -> bool:
    """True if the last digit is the GS1 check digit of the first 12."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(code[:12]))
    return (10 - total % 10) % 10 == int(code[12])


def decode_modules(modules: str) -> str:
    """Read 95 modules ('1' = bar) as 13 digits; raise Unreadable if they are not EAN-13."""
    if len(modules) != 95 or modules[:3] != "101" or modules[45:50] != "01010":
        raise Unreadable("no guard patterns")
    if modules[92:] != "101":
        raise Unreadable("no end guard")
    digits, parity = [], ""
    for i in range(6):
        chunk = modules[3 + 7 * i : 10 + 7 * i]
        if chunk in L_CODES:
            digits.append(L_CODES[chunk])
            parity += "L"
        elif chunk in G_CODES:
            digits.append(G_CODES[chunk])
            parity += "G"
        else:
            raise Unreadable(f"left digit {i + 1} is {chunk}")
    for i in range(6):
        chunk = modules[50 + 7 * i : 57 + 7 * i]
        if chunk not in R_CODES:
            raise Unreadable(f"right digit {i + 1} is {chunk}")
        digits.append(R_CODES[chunk])
    if parity not in FIRST_DIGIT:
        raise Unreadable(f"parity {parity}")
    code = str(FIRST_DIGIT[parity]) + "".join(map(str, digits))
    if not check_digit_ok(code):
        raise Unreadable(f"{code} fails its check digit")
    return code


def runs_of(row: Sequence[int], threshold: int = 128) -> list[tuple[bool, int]]:
    """Cut a row of grey values into (is dark, width in pixels) runs."""
    out: list[tuple[bool, int]] = []
    for value in row:
        dark = value < threshold
        if out and out[-1][0] == dark:
            out[-1] = (dark, out[-1][1] + 1)
        else:
            out.append((dark, 1))
    return out


def _digit(widths: Sequence[int]) -> list[int]:
    total = sum(widths)
    scaled = [w * 7 / total for w in widths]
    modules = [max(1, round(s)) for s in scaled]
    while sum(modules) != 7:
        step = 1 if sum(modules) < 7 else -1
        errors = [(s - m) * step for s, m in zip(scaled, modules, strict=True)]
        index = max(range(4), key=lambda i: errors[i] if modules[i] + step >= 1 else -9)
        modules[index] += step
    return modules


def modules_from_runs(widths: Sequence[int]) -> str:
    """Turn the 59 run widths of a symbol (starting with a bar) into 95 modules."""
    module = sum(widths[:3]) / 3
    if any(abs(w - module) > module * 0.6 for w in widths[:3]):
        raise Unreadable("the start guard bars differ in width")
    left = [n for i in range(3, 27, 4) for n in _digit(widths[i : i + 4])]
    right = [n for i in range(32, 56, 4) for n in _digit(widths[i : i + 4])]
    counts = [1, 1, 1, *left, 1, 1, 1, 1, 1, *right, 1, 1, 1]
    if len(counts) != RUNS:
        raise Unreadable("wrong number of runs")
    return "".join(("1" if i % 2 == 0 else "0") * n for i, n in enumerate(counts))


def codes_in_row(row: Sequence[int]) -> list[str]:
    """Every EAN-13 symbol found across one row of pixels, left to right."""
    runs = runs_of(row)
    found: list[str] = []
    i = 1
    while i + RUNS <= len(runs):
        dark, _ = runs[i]
        quiet = runs[i - 1][1]
        widths = [width for _, width in runs[i : i + RUNS]]
        if dark and quiet >= 5 * sum(widths[:3]) / 3:
            try:
                found.append(decode_modules(modules_from_runs(widths)))
                i += RUNS
                continue
            except Unreadable:
                pass
        i += 1
    return found


def read_pgm(path: Path) -> tuple[int, int, bytes]:
    """Read a binary greyscale PGM: (width, height, pixels row by row)."""
    data = path.read_bytes()
    fields: list[bytes] = []
    position = 0
    while len(fields) < 4:
        while data[position : position + 1].isspace():
            position += 1
        end = position
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    if fields[0] != b"P5" or fields[3] != b"255":
        raise Unreadable("not an 8-bit binary PGM")
    width, height = int(fields[1]), int(fields[2])
    pixels = data[position + 1 : position + 1 + width * height]
    return width, height, pixels


def codes_on_page(pdf: Path, page: int, dpi: int, every: int = 8) -> set[str]:
    """Rasterise one PDF page with pdftoppm and read every barcode on it."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise RuntimeError("pdftoppm is missing: apt-get install poppler-utils")
    prefix = pdf.with_name(f"{pdf.stem}-{page}")
    subprocess.run(
        [
            tool,
            "-gray",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            pdf,
            prefix,
        ],
        check=True,
        timeout=120,
    )
    width, height, pixels = read_pgm(prefix.with_suffix(".pgm"))
    found: set[str] = set()
    for y in range(0, height, every):
        found.update(codes_in_row(pixels[y * width : (y + 1) * width]))
    return found
