"""AIM symbology identifiers: the `]Em` a scanner may put in front of what it read.

ISO/IEC 15424 (AIM) identifiers are three characters: `]`, a symbology letter and a modifier
(`]E0` EAN-13/UPC-A, `]E3` the same with an add-on, `]C0` Code 128, `]Q1` QR Code...). A scanner
set to send them tells which kind of barcode it read, so a read of another kind can be refused
by name instead of being mistaken for digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EAN_UPC = "E"
"""The symbology letter of the EAN/UPC family (EAN-13, UPC-A, UPC-E, EAN-8)."""

_AIM_ID = re.compile(r"\][A-Za-z][0-9A-Za-z]")

_NAMES = {
    "A": "Code 39",
    "C": "Code 128",
    "d": "Data Matrix",
    "E": "EAN/UPC",
    "e": "GS1 DataBar",
    "F": "Codabar",
    "G": "Code 93",
    "H": "Code 11",
    "I": "Interleaved 2 of 5",
    "L": "PDF417",
    "M": "MSI",
    "Q": "QR Code",
    "S": "Standard 2 of 5",
    "X": "another symbology",
    "z": "Aztec",
}


@dataclass(frozen=True, slots=True)
class AimId:
    """One AIM symbology identifier: its letter and modifier, e.g. `]E0` is ('E', '0')."""

    letter: str
    modifier: str

    def __str__(self) -> str:
        return f"]{self.letter}{self.modifier}"

    @property
    def name(self) -> str:
        """The symbology's common name, or the identifier itself when it is not a known one."""
        return _NAMES.get(self.letter, f"symbology {self}")

    @property
    def is_ean_upc(self) -> bool:
        """True for the EAN/UPC family, the only one a loyalty card is printed in."""
        return self.letter == EAN_UPC


def split_aim_id(text: str) -> tuple[AimId | None, str]:
    """Split a leading AIM identifier off `text`: (the identifier or None, the data after it)."""
    if _AIM_ID.match(text) is None:
        return None, text
    return AimId(text[1], text[2]), text[3:]
