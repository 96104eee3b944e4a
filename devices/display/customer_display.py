"""The customer display port: show two lines, a sale summary, or nothing; errors as DisplayError."""

from __future__ import annotations

from devices.display.commands import CommandSet, render_clear, render_display, sale_lines
from devices.errors import DeviceProblem, DisplayError
from devices.printer.codepages import CP866, CodePage, resolve_codepage
from devices.settings import DisplaySettings
from devices.transports import MemoryTransport, SerialTransport, Transport
from pos_loyalty.domain.money import Minor


class CustomerDisplay:
    """A 2x20 pole display behind a transport (normally a serial port)."""

    def __init__(
        self,
        transport: Transport,
        *,
        command_set: CommandSet | str = CommandSet.CD5220,
        codepage: CodePage = CP866,
        width: int = 20,
    ) -> None:
        self.transport = transport
        self.command_set = CommandSet(command_set)
        self.codepage = codepage
        self.width = width

    @classmethod
    def from_settings(cls, settings: DisplaySettings) -> CustomerDisplay:
        """Build the display the settings describe (raise DisplayError if it is switched off)."""
        codepage = resolve_codepage(settings.codepage, number=settings.codepage_number)
        return cls(
            _transport_for(settings),
            command_set=settings.command_set,
            codepage=codepage,
            width=settings.width,
        )

    def show(self, line1: str, line2: str = "") -> None:
        """Show two lines, each cut or padded to the display width."""
        self._send(render_display(line1, line2, self.command_set, self.codepage, width=self.width))

    def show_sale(
        self,
        first_name: str,
        discount: Minor,
        points_earned: int,
        balance: int,
        *,
        language: str = "ru",
    ) -> None:
        """Show the member's first name, the discount, points earned and the new balance."""
        line1, line2 = sale_lines(
            first_name, discount, points_earned, balance, language=language, width=self.width
        )
        self.show(line1, line2)

    def clear(self) -> None:
        """Blank the display."""
        self._send(render_clear(self.command_set))

    def _send(self, data: bytes) -> None:
        with self.transport.open() as connection:
            connection.write(data)


def _transport_for(settings: DisplaySettings) -> Transport:
    if settings.connection == "serial":
        return SerialTransport(
            settings.port,
            baudrate=settings.baudrate,
            bytesize=settings.bytesize,
            parity=settings.parity,
            stopbits=settings.stopbits,
            timeout_s=settings.timeout_ms / 1000,
            device="customer display",
            error=DisplayError,
        )
    if settings.connection == "simulated":
        return MemoryTransport("simulated customer display")
    raise DisplayError(
        "No customer display is set up: choose its port in the device settings.",
        DeviceProblem.MISCONFIGURED,
    )
