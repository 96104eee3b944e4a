"""Serial line settings shared by scanners, printers and displays: baud rate and framing."""

from __future__ import annotations

from typing import Any

from devices.errors import DeviceSettingsError

PARITIES = ("N", "E", "O", "M", "S")
BYTESIZES = (5, 6, 7, 8)
STOPBITS = ("1", "1.5", "2")


def check_serial_framing(
    owner: str, baudrate: int, bytesize: int, parity: str, stopbits: str
) -> None:
    """Raise DeviceSettingsError if the baud rate or framing cannot be used by pyserial."""
    if baudrate <= 0:
        raise DeviceSettingsError(f"{owner}.baudrate must be positive (e.g. 9600), got {baudrate}")
    if bytesize not in BYTESIZES:
        raise DeviceSettingsError(f"{owner}.bytesize must be one of 5, 6, 7, 8, got {bytesize}")
    if parity not in PARITIES:
        raise DeviceSettingsError(
            f"{owner}.parity must be N (none), E (even), O (odd), M (mark) or S (space), "
            f"got {parity!r}"
        )
    if stopbits not in STOPBITS:
        raise DeviceSettingsError(f"{owner}.stopbits must be '1', '1.5' or '2', got {stopbits!r}")


def pyserial_options(baudrate: int, bytesize: int, parity: str, stopbits: str) -> dict[str, Any]:
    """Return the keyword arguments pyserial expects for this line setting."""
    stop: Any = {"1": 1, "1.5": 1.5, "2": 2}[stopbits]
    return {"baudrate": baudrate, "bytesize": bytesize, "parity": parity, "stopbits": stop}
