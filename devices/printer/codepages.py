"""Code pages for thermal printers and displays, and what to print when a character is missing.

The text is encoded with Python's codec for the page (CP866 for Russian by default) and the page
is selected with ESC t n, where n comes from the printer's escpos capabilities profile or from the
settings. A character the page lacks is transliterated ('₽' -> 'руб.' or 'RUB', 'Ж' -> 'Zh') or
replaced with '?'.
"""

from __future__ import annotations

import codecs
import functools
import unicodedata
from dataclasses import dataclass
from typing import Any

from devices.errors import DeviceSettingsError
from devices.printer.escpos_import import import_escpos

FALLBACKS = ("transliterate", "question_mark")

_LATIN_HEAD = (*"abvgdee", "zh", *"ziyklmnoprstuf", "kh", "ts", "ch", "sh", "shch")
_LATIN = (*_LATIN_HEAD, "", "y", "", "e", "yu", "ya")
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", _LATIN, strict=True))
_SYMBOLS = {
    "№": ("N",),
    "«": ('"',),
    "»": ('"',),
    "„": ('"',),
    "“": ('"',),
    "”": ('"',),
    "‘": ("'",),
    "’": ("'",),
    "–": ("-",),
    "—": ("-",),
    "−": ("-",),
    "…": ("...",),
    "\u00a0": (" ",),
    "€": ("EUR",),
    "₽": ("руб.", "RUB"),
}


@dataclass(frozen=True, slots=True)
class CodePage:
    """A printer code page: its name, the ESC t number that selects it, and the Python codec."""

    name: str
    number: int | None
    codec: str


CP866 = CodePage("CP866", 17, "cp866")


def resolve_codepage(
    name: str, *, profile: str | None = None, number: int | None = None
) -> CodePage:
    """Return the code page `name`, numbered from `number` or else from the escpos `profile`."""
    codec = _codec_for(name)
    if number is not None and not 0 <= number <= 255:
        raise DeviceSettingsError(f"code page number must be 0..255 (ESC t n), got {number}")
    if profile is not None:
        pages = _profile_code_pages(profile)
        if number is None:
            number = _number_in_profile(name, profile, pages)
    return CodePage(name.upper(), number, codec)


def encode_text(text: str, codepage: CodePage, fallback: str = "transliterate") -> bytes:
    """Encode `text` in the code page, replacing characters it lacks (never raises)."""
    return fit_to_codepage(text, codepage, fallback).encode(codepage.codec)


def fit_to_codepage(text: str, codepage: CodePage, fallback: str = "transliterate") -> str:
    """Return `text` with every character the code page lacks transliterated or made '?'."""
    try:
        text.encode(codepage.codec)
        return text
    except UnicodeEncodeError:
        return "".join(_fit_char(char, codepage.codec, fallback) for char in text)


def _fit_char(char: str, codec: str, fallback: str) -> str:
    if _encodable(char, codec):
        return char
    if fallback == "transliterate":
        for candidate in _candidates(char):
            if _encodable(candidate, codec):
                return candidate
    return "?"


def _encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _candidates(char: str) -> list[str]:
    found = list(_SYMBOLS.get(char, ()))
    lower = char.lower()
    if lower in _CYRILLIC:
        latin = _CYRILLIC[lower]
        found.append(latin.capitalize() if char != lower else latin)
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
    )
    if stripped and stripped != char:
        found.append(stripped)
    return found


def _codec_for(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise DeviceSettingsError(
            f"code page {name!r} has no Python codec: use e.g. CP866 (Russian), CP1251 or CP437"
        ) from None


@functools.cache
def _profile_code_pages(profile: str) -> dict[int, str]:
    capabilities = _escpos_capabilities()
    profiles = capabilities["profiles"]
    if profile not in profiles:
        raise DeviceSettingsError(
            f"unknown printer profile {profile!r}: use one of {', '.join(sorted(profiles))}"
        )
    pages = profiles[profile].get("codePages", {})
    return {int(number): str(page) for number, page in pages.items()}


def _number_in_profile(name: str, profile: str, pages: dict[int, str]) -> int:
    wanted = name.upper().replace("-", "_")
    for number in sorted(pages):
        if pages[number].upper().replace("-", "_") == wanted:
            return number
    raise DeviceSettingsError(
        f"printer profile {profile!r} has no code page {name}: pick another code page or set "
        "codepage_number to the ESC t number from the printer's manual"
    )


def _escpos_capabilities() -> Any:
    return import_escpos("escpos.capabilities").CAPABILITIES


def profile_names() -> list[str]:
    """Return the printer profile names known to python-escpos."""
    return sorted(_escpos_capabilities()["profiles"])
