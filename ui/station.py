"""The terminal's configuration as stored settings: store header, devices, language.

Everything lives in the database's settings table (one JSON value per key), so a terminal's
set-up travels with its database and changes in one transaction.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from devices import (
    DisplaySettings,
    PrinterError,
    PrinterSettings,
    ReceiptPrinter,
    ScannerSettings,
)
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.slip import Slip
from pos_loyalty.services.ports import UnitOfWork
from pos_loyalty.services.slips import StoreHeader

STORE_KEY = "store"
DEVICE_KEYS = ("scanner", "printer", "display")
SETTINGS_TYPES: dict[str, Any] = {
    "scanner": ScannerSettings,
    "printer": PrinterSettings,
    "display": DisplaySettings,
}


@dataclass(frozen=True, slots=True)
class Station:
    """What this terminal is set up with."""

    store: StoreHeader
    scanner: ScannerSettings
    printer: PrinterSettings
    display: DisplaySettings
    pdf_folder: str = ""


def load_station(uow: UnitOfWork) -> Station:
    """Read the terminal's settings (defaults where nothing was saved)."""
    with uow.read_only():
        store = uow.settings.get(STORE_KEY) or {}
        raw = {key: uow.settings.get(key) or {} for key in DEVICE_KEYS}
        pdf = uow.settings.get("pdf_folder") or ""
    header = StoreHeader(
        name=store.get("name", "Store"),
        header_lines=tuple(store.get("header_lines", ())),
        footer=store.get("footer", ""),
        language=store.get("language", "ru"),
        currency=store.get("currency", "₽"),
    )
    return Station(
        store=header,
        scanner=ScannerSettings.from_dict(raw["scanner"]),
        printer=PrinterSettings.from_dict(raw["printer"]),
        display=DisplaySettings.from_dict(raw["display"]),
        pdf_folder=str(pdf),
    )


def save_device(uow: UnitOfWork, key: str, values: dict[str, Any]) -> dict[str, Any]:
    """Validate and store one device's settings (merged over what was saved)."""
    if key not in SETTINGS_TYPES:
        raise InvalidInput(f"no device '{key}': choose {', '.join(DEVICE_KEYS)}")
    with uow:
        merged = {**(uow.settings.get(key) or {}), **values}
        checked = SETTINGS_TYPES[key].from_dict(merged).to_dict()
        uow.settings.put(key, checked)
        uow.commit()
    return dict(checked)


def save_store(uow: UnitOfWork, header: StoreHeader) -> None:
    """Store the slip header, footer and language."""
    with uow:
        data = asdict(header)
        data["header_lines"] = list(header.header_lines)
        uow.settings.put(STORE_KEY, data)
        uow.commit()


def print_slip(station: Station, slip: Slip) -> str:
    """Print a slip where the terminal is set up to; return where it went."""
    if station.printer.connection != "none":
        ReceiptPrinter.from_settings(station.printer).print_slip(slip)
        return f"printer ({station.printer.connection})"
    if station.pdf_folder:
        from devices import render_pdf  # reportlab: loaded only when a PDF slip is made

        folder = Path(station.pdf_folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"slip-{slip.receipt_number}-{slip.issued_at:%Y%m%d-%H%M%S}.pdf"
            render_pdf(slip, target, page="roll80")
        except OSError as exc:
            raise PrinterError(f"cannot write the PDF slip in {folder}: {exc.strerror}") from None
        return str(target)
    return ""
