"""`pos-loyalty devices ...`, `receipt reprint` and `store set`: the counter's hardware."""

from __future__ import annotations

import threading
import typing
from dataclasses import fields
from pathlib import Path
from typing import Any

import click

from devices import (
    FileTransport,
    ReceiptPrinter,
    ScanResult,
    SerialScanner,
    list_serial_ports,
    printer_test_slip,
    render_pdf,
    render_text,
)
from pos_loyalty.domain.errors import InvalidInput, LoyaltyError
from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.slips import StoreHeader, checked_header, reprint, slip_to_dict
from ui.cli.context import App, emit, pass_app, system_clock
from ui.cli.main import common
from ui.cli.render import view_lines
from ui.station import (
    SETTINGS_TYPES,
    STORE_KEY,
    load_station,
    print_slip,
    save_device,
    save_settings,
    store_settings,
)


@click.group("devices")
def devices() -> None:
    """List ports, configure and test the scanner, printer and display."""


@devices.command("list")
@common
@pass_app
def list_ports(app: App) -> None:
    """List the serial ports (RS-232 and USB virtual COM) this machine has."""
    ports = list_serial_ports()
    lines = [
        f"{p.device:<20} {p.description}"
        + (f"  USB {p.vid:04x}:{p.pid:04x}" if p.vid is not None and p.pid is not None else "")
        for p in ports
    ]
    emit(app, [p.to_dict() for p in ports], lines or ["no serial ports found"])


@devices.command("show")
@common
@pass_app
def show(app: App) -> None:
    """Show the device settings in force."""
    st = load_station(app.uow())
    data = {
        "scanner": st.scanner.to_dict(),
        "printer": st.printer.to_dict(),
        "display": st.display.to_dict(),
        "pdf_folder": st.pdf_folder,
        "store": {"name": st.store.name, "footer": st.store.footer, "language": st.store.language},
    }
    emit(app, data, [f"{k}: {v}" for k, v in data.items()])


def parse_assignments(kind: str, pairs: tuple[str, ...]) -> dict[str, Any]:
    """Turn KEY=VALUE pairs into typed settings values."""
    types = {f.name: f.type for f in fields(SETTINGS_TYPES[kind])}
    hints = typing.get_type_hints(SETTINGS_TYPES[kind])
    values: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or key not in types:
            raise InvalidInput(f"'{pair}': write KEY=VALUE with KEY one of {', '.join(types)}")
        values[key] = _typed(key, raw, hints[key])
    return values


def _typed(key: str, raw: str, hint: Any) -> Any:
    args = typing.get_args(hint)
    if hint is bool:
        if raw.lower() not in ("true", "false", "yes", "no", "1", "0"):
            raise InvalidInput(f"{key} is yes or no, got '{raw}'")
        return raw.lower() in ("true", "yes", "1")
    if hint is int or int in args:
        if raw == "" and type(None) in args:
            return None
        try:
            return int(raw, 0)
        except ValueError:
            raise InvalidInput(f"{key} is a whole number, got '{raw}'") from None
    return raw


@devices.command("set")
@click.argument("kind", type=click.Choice(sorted(SETTINGS_TYPES)))
@click.argument("assignments", nargs=-1, required=True)
@common
@pass_app
def set_(app: App, kind: str, assignments: tuple[str, ...]) -> None:
    """Change device settings: `devices set printer connection=network host=10.0.0.5`."""
    saved = save_device(
        app.uow(),
        kind,
        parse_assignments(kind, assignments),
        clock=system_clock,
        actor=app.actor(),
        approved_by=app.approved_by(),
    )
    emit(app, saved, [f"{kind}: {k} = {v}" for k, v in saved.items()])


@devices.command("test-scan")
@click.option("--count", default=1, show_default=True, help="Stop after this many scans.")
@click.option("--timeout", "timeout_s", default=30, show_default=True, help="Seconds to wait.")
@click.option("--port", help="A port or pyserial URL to use instead of the saved one.")
@common
@pass_app
def test_scan(app: App, count: int, timeout_s: int, port: str | None) -> None:
    """Read scans from the serial scanner and say what each one is."""
    settings = load_station(app.uow()).scanner
    merged = {**settings.to_dict(), "kind": "serial"} | ({"port": port} if port else {})
    scanner_settings = type(settings).from_dict(merged)
    results: list[ScanResult] = []
    done = threading.Event()

    def on_scan(result: ScanResult) -> None:
        results.append(result)
        if len(results) >= count:
            done.set()

    def on_status(state: str, message: str) -> None:
        click.echo(f"scanner {state}: {message}", err=True)

    scanner = SerialScanner(scanner_settings, on_scan=on_scan, on_status=on_status)
    scanner.start()
    try:
        done.wait(timeout_s)
    finally:
        scanner.stop()
    emit(
        app,
        [_scan_dict(app, r) for r in results],
        [_scan_line(app, r) for r in results] or [f"no scan within {timeout_s} s"],
    )


def _scan_dict(app: App, r: ScanResult) -> dict[str, Any]:
    return {"raw": r.raw, "code": r.code, "rejection": r.rejection}


def _scan_line(app: App, r: ScanResult) -> str:
    if not r.ok or r.code is None:
        return f"refused: {r.rejection}"
    try:
        return "\n".join(view_lines(lookup_card(app.uow(), r.code, system_clock)))
    except LoyaltyError as exc:
        return f"{r.code}: {exc}"


@devices.command("test-print")
@click.option(
    "--file",
    "path",
    type=click.Path(path_type=Path),
    help="Write the ESC/POS bytes to this file instead of the saved printer.",
)
@click.option("--pdf", type=click.Path(path_type=Path), help="Write a PDF test slip instead.")
@common
@pass_app
def test_print(app: App, path: Path | None, pdf: Path | None) -> None:
    """Print a test slip (the store's header, today's date, Cyrillic, cut) on the printer."""
    station = load_station(app.uow())
    slip = printer_test_slip(station.store, system_clock())
    if pdf is not None:
        render_pdf(slip, pdf)
        emit(app, {"printed_to": str(pdf)}, f"test slip written to {pdf}")
        return
    if path is not None:
        ReceiptPrinter(FileTransport(str(path))).print_slip(slip)
        where = str(path)
    else:
        where = print_slip(station, slip) or "nowhere: no printer is set up (devices set printer)"
    emit(app, {"printed_to": where}, f"test slip sent to {where}")


@click.group("receipt")
def receipt() -> None:
    """Slips of past sales."""


@receipt.command("reprint")
@click.argument("slip_id")
@click.option("--pdf", type=click.Path(path_type=Path), help="Write the copy as a PDF.")
@click.option("--text", "as_text", is_flag=True, help="Print the copy's text here.")
@common
@pass_app
def reprint_(app: App, slip_id: str, pdf: Path | None, as_text: bool) -> None:
    """Print again the slip of a sale (or refund) as it was first printed, marked COPY."""
    slip = reprint(slip_id, uow=app.uow())
    if pdf is not None:
        render_pdf(slip, pdf)
        where = str(pdf)
    elif as_text:
        where = "screen"
    else:
        where = print_slip(load_station(app.uow()), slip) or "screen"
    text = render_text(slip) if where == "screen" else f"copy sent to {where}"
    emit(app, {"printed_to": where, "slip": slip_to_dict(slip)}, text)


@click.command("store")
@click.option("--name", help="The store's name on slips.")
@click.option("--header", "header_lines", multiple=True, help="A header line (repeatable).")
@click.option("--footer", help="The footer text.")
@click.option("--language", type=click.Choice(["ru", "en"]))
@click.option("--pdf-folder", help="Where PDF slips go when no printer is set up.")
@common
@pass_app
def store(
    app: App,
    name: str | None,
    header_lines: tuple[str, ...],
    footer: str | None,
    language: str | None,
    pdf_folder: str | None,
) -> None:
    """Set the store's slip header, footer and language."""
    current = load_station(app.uow()).store
    header = checked_header(
        StoreHeader(
            name=current.name if name is None else name,
            header_lines=header_lines or current.header_lines,
            footer=current.footer if footer is None else footer,
            language="ru" if (language or current.language) == "ru" else "en",
            currency=current.currency,
        ),
        name_given=name is not None,
    )
    changes: dict[str, Any] = {STORE_KEY: store_settings(header)}
    if pdf_folder is not None:
        changes["pdf_folder"] = pdf_folder
    save_settings(
        app.uow(),
        changes,
        clock=system_clock,
        actor=app.actor(),
        approved_by=app.approved_by(),
    )
    emit(
        app,
        {"name": header.name, "footer": header.footer, "language": header.language},
        f"store {header.name} ({header.language})",
    )


COMMANDS = [devices, receipt, store]
