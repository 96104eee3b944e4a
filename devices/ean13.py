"""EAN-13 as 95 modules (1 = bar, 0 = space), encoded from the exact 13 digits given.

The check digit is verified, never recomputed in place of the one given: a wrong number is an
error, not a barcode of some other number.
"""

from __future__ import annotations

from pos_loyalty.domain.cards import ean13_check_digit
from pos_loyalty.domain.errors import InvalidCardNumber

MODULES = 95
L_CODES = (
    "0001101",
    "0011001",
    "0010011",
    "0111101",
    "0100011",
    "0110001",
    "0101111",
    "0111011",
    "0110111",
    "0001011",
)
R_CODES = tuple("".join("1" if bit == "0" else "0" for bit in code) for code in L_CODES)
G_CODES = tuple(code[::-1] for code in R_CODES)
PARITY = (
    "LLLLLL",
    "LLGLGG",
    "LLGGLG",
    "LLGGGL",
    "LGLLGG",
    "LGGLLG",
    "LGGGLL",
    "LGLGLG",
    "LGLGGL",
    "LGGLGL",
)
"""The code set of each left-hand digit, chosen by the first digit (which has no bars)."""
GUARD, CENTRE = "101", "01010"


def check_ean13(code: str) -> str:
    """Return the code if it is 13 digits with a correct check digit; raise otherwise."""
    if len(code) != 13 or not code.isascii() or not code.isdigit():
        raise InvalidCardNumber(f"'{code[:40]}' is not 13 digits: no barcode is drawn")
    expected = ean13_check_digit(code[:12])
    if int(code[12]) != expected:
        raise InvalidCardNumber(
            f"'{code}' has a wrong check digit (it should be {expected}): no barcode is drawn"
        )
    return code


def ean13_modules(code: str) -> str:
    """Return the 95 modules of the EAN-13 symbol for exactly these 13 digits."""
    digits = [int(d) for d in check_ean13(code)]
    parity = PARITY[digits[0]]
    left = "".join(
        (L_CODES if side == "L" else G_CODES)[d]
        for side, d in zip(parity, digits[1:7], strict=True)
    )
    right = "".join(R_CODES[d] for d in digits[7:])
    return GUARD + left + CENTRE + right + GUARD


def bar_runs(modules: str) -> list[tuple[int, int]]:
    """Return (first module, width in modules) of each bar."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, bit in enumerate(modules + "0"):
        if bit == "1" and start is None:
            start = index
        elif bit == "0" and start is not None:
            runs.append((start, index - start))
            start = None
    return runs
