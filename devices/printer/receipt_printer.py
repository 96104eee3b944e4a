"""The receipt printer port: print a slip, kick the cash drawer, report failures as PrinterError.

`ReceiptPrinter` renders with `render_escpos` and hands the bytes, unchanged, to a transport.
A failure never touches the sale: it is already committed, so the caller shows the message and
offers a reprint (`slip.as_copy()`).
"""

from __future__ import annotations

from devices.errors import DeviceProblem, PrinterError
from devices.printer.codepages import CP866, CodePage, fit_to_codepage, resolve_codepage
from devices.printer.escpos_commands import PAPER_STATUS, drawer_kick
from devices.printer.escpos_import import import_escpos
from devices.printer.escpos_render import EscposOptions, render_escpos
from devices.printer.layout import Paper, render_text
from devices.settings import PrinterSettings
from devices.transports import (
    FileTransport,
    MemoryTransport,
    SerialTransport,
    TcpTransport,
    Transport,
    UsbTransport,
)
from devices.transports.base import Connection
from pos_loyalty.domain.slip import Slip

_PAPER_END = 0x60
_STATUS_WAIT_S = 0.5


class ReceiptPrinter:
    """An ESC/POS receipt printer behind a transport (TCP, serial, USB, file or memory)."""

    def __init__(
        self,
        transport: Transport,
        *,
        paper: Paper = Paper.MM80,
        codepage: CodePage = CP866,
        options: EscposOptions | None = None,
        drawer_pin: int = 2,
        check_paper: bool = False,
    ) -> None:
        self.transport = transport
        self.paper = paper
        self.codepage = codepage
        self.options = options or EscposOptions()
        self.drawer_pin = drawer_pin
        self.check_paper = check_paper

    @classmethod
    def from_settings(cls, settings: PrinterSettings) -> ReceiptPrinter:
        """Build the printer the settings describe (raise PrinterError if printing is off)."""
        options = EscposOptions(
            barcode=settings.barcode,
            cut=settings.cut,
            feed_lines=settings.feed_lines,
            fallback=settings.fallback,
            barcode_function_b=_profile_supports(settings.profile, "barcodeB"),
        )
        codepage = resolve_codepage(
            settings.codepage, profile=settings.profile, number=settings.codepage_number
        )
        return cls(
            transport_for(settings),
            paper=Paper(settings.paper_mm),
            codepage=codepage,
            options=options,
            drawer_pin=settings.drawer_pin,
            check_paper=settings.check_paper,
        )

    def render(self, slip: Slip) -> bytes:
        """Return the exact bytes `print_slip` would send."""
        return render_escpos(slip, self.paper, self.codepage, self.options)

    def preview_text(self, slip: Slip) -> str:
        """Return the slip as the text this printer prints (after code page fallbacks)."""
        codepage, fallback = self.codepage, self.options.fallback
        return render_text(
            slip, self.paper, text_filter=lambda text: fit_to_codepage(text, codepage, fallback)
        )

    def print_slip(self, slip: Slip, *, open_drawer: bool = False) -> None:
        """Print the slip (and open the drawer if asked); raise PrinterError on failure."""
        data = self.render(slip)
        if open_drawer:
            data += drawer_kick(self.drawer_pin)
        self._send(data)

    def kick_drawer(self) -> None:
        """Open the cash drawer connected to the printer."""
        self._send(drawer_kick(self.drawer_pin))

    def _send(self, data: bytes) -> None:
        with self.transport.open() as connection:
            if self.check_paper:
                self._ensure_paper(connection)
            connection.write(data)

    def _ensure_paper(self, connection: Connection) -> None:
        connection.write(PAPER_STATUS)
        reply = connection.read(1, _STATUS_WAIT_S)
        if reply and reply[0] & _PAPER_END:
            raise PrinterError(
                f"The {self.transport.label} is out of paper: put in a new roll, close the "
                "cover, then reprint the slip. The sale is saved.",
                DeviceProblem.NO_PAPER,
            )


def transport_for(settings: PrinterSettings) -> Transport:
    """Return the transport for the printer's connection setting."""
    timeout_s = settings.timeout_ms / 1000
    connection = settings.connection
    if connection == "network":
        return TcpTransport(settings.host, settings.tcp_port, timeout_s=timeout_s)
    if connection == "serial":
        return SerialTransport(
            settings.device,
            baudrate=settings.baudrate,
            bytesize=settings.bytesize,
            parity=settings.parity,
            stopbits=settings.stopbits,
            timeout_s=timeout_s,
        )
    if connection == "file":
        return FileTransport(settings.device)
    if connection == "usb" and settings.usb_vid is not None and settings.usb_pid is not None:
        return UsbTransport(
            settings.usb_vid, settings.usb_pid, timeout_s=timeout_s, profile=settings.profile
        )
    if connection == "simulated":
        return MemoryTransport("simulated receipt printer")
    raise PrinterError(
        "No receipt printer is set up: choose its connection in the device settings.",
        DeviceProblem.MISCONFIGURED,
    )


def _profile_supports(profile: str, feature: str) -> bool:
    capabilities = import_escpos("escpos.capabilities")
    return bool(capabilities.get_profile(profile).supports(feature))
