"""Find serial ports: list what is attached, and find a scanner again by its USB identity.

A USB scanner that is unplugged and plugged back in may come back as another device
(/dev/ttyACM0 -> /dev/ttyACM1, COM3 -> COM4); its vendor id, product id and serial number stay
the same, so the reader looks it up by those when they are configured.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any

from serial.tools import list_ports

from devices.settings import ScannerSettings


@dataclass(frozen=True, slots=True)
class SerialPortInfo:
    """One serial port as the operating system reports it."""

    device: str
    description: str
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None
    manufacturer: str | None = None
    product: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the port as a JSON-safe dict."""
        return asdict(self)


PortLister = Callable[[], list[SerialPortInfo]]


def list_serial_ports() -> list[SerialPortInfo]:
    """List the serial ports on this machine (device, description, USB vid/pid/serial)."""
    ports = [
        SerialPortInfo(
            device=port.device,
            description=port.description or "",
            vid=port.vid,
            pid=port.pid,
            serial_number=port.serial_number,
            manufacturer=port.manufacturer,
            product=port.product,
        )
        for port in list_ports.comports()
    ]
    return sorted(ports, key=lambda port: port.device)


def find_usb_port(
    ports: Iterable[SerialPortInfo], vid: int, pid: int | None = None, serial_number: str = ""
) -> str | None:
    """Return the device of the first port with this USB vendor/product id and serial number."""
    for port in ports:
        if port.vid != vid or (pid is not None and port.pid != pid):
            continue
        if serial_number and port.serial_number != serial_number:
            continue
        return port.device
    return None


def scanner_port(settings: ScannerSettings, lister: PortLister = list_serial_ports) -> str | None:
    """Return where to open the scanner now: by USB identity if configured, else the port."""
    if settings.usb_vid is not None:
        found = find_usb_port(
            lister(), settings.usb_vid, settings.usb_pid, settings.usb_serial_number
        )
        if found is not None:
            return found
    return settings.port or None
