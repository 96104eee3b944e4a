"""The terminal's configuration as stored settings: store header, devices, language.

Everything lives in the database's settings table (one JSON value per key), so a terminal's
set-up travels with its database and changes in one transaction.

A change made by someone (`actor`) goes through the core's `change_settings`: allowed by the
approval policy and written to the audit log with its value before and after. Only setting up
a store (the first run, the demo, a test's fixture) saves with nobody acting, because there
is nobody yet to authorise it, as `services.staff.add_staff` does.
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
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.settings import change_settings
from pos_loyalty.services.slips import StoreHeader, checked_header

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
        name=str(store.get("name") or ""),
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


def device_settings(uow: UnitOfWork, key: str, values: dict[str, Any]) -> dict[str, Any]:
    """One device's settings as they would be stored: `values` merged over what was saved."""
    if key not in SETTINGS_TYPES:
        raise InvalidInput(f"no device '{key}': choose {', '.join(DEVICE_KEYS)}")
    with uow.read_only():
        merged = {**(uow.settings.get(key) or {}), **values}
    return dict(SETTINGS_TYPES[key].from_dict(merged).to_dict())


def store_settings(header: StoreHeader) -> dict[str, Any]:
    """The slip header, footer and language as they are stored (`checked_header`)."""
    checked = checked_header(header)
    data = asdict(checked)
    data["header_lines"] = list(checked.header_lines)
    return data


def save_settings(
    uow: UnitOfWork,
    changes: dict[str, Any],
    *,
    clock: Clock | None = None,
    actor: Actor | None = None,
    approved_by: str = "",
) -> list[str]:
    """Store settings; with an actor, authorised and audited by the core. Return keys changed."""
    if actor is not None:
        if clock is None:
            raise ValueError("a change of settings made by someone needs the clock")
        return change_settings(changes, uow=uow, clock=clock, actor=actor, approved_by=approved_by)
    with uow:  # setting up a store: nobody to authorise yet
        for key, value in changes.items():
            uow.settings.put(key, value)
        uow.commit()
    return list(changes)


def save_device(
    uow: UnitOfWork,
    key: str,
    values: dict[str, Any],
    *,
    clock: Clock | None = None,
    actor: Actor | None = None,
    approved_by: str = "",
) -> dict[str, Any]:
    """Validate and store one device's settings (merged over what was saved)."""
    checked = device_settings(uow, key, values)
    save_settings(uow, {key: checked}, clock=clock, actor=actor, approved_by=approved_by)
    return checked


def save_store(
    uow: UnitOfWork,
    header: StoreHeader,
    *,
    clock: Clock | None = None,
    actor: Actor | None = None,
    approved_by: str = "",
) -> None:
    """Store the slip header, footer and language."""
    data = store_settings(header)
    save_settings(uow, {STORE_KEY: data}, clock=clock, actor=actor, approved_by=approved_by)


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
