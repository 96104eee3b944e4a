"""Byte transports for printers and displays: TCP, serial, file/device, USB and memory.

Each transport opens a connection per job (`with transport.open() as conn: conn.write(data)`),
so a printer that was switched off and on again works on the next job, and maps every failure to
the `DeviceError` subclass it was given, with a message saying what to do.
"""

from devices.transports.base import Connection, Transport
from devices.transports.file import FileTransport
from devices.transports.memory import MemoryTransport
from devices.transports.network import TcpTransport
from devices.transports.serial_port import SerialTransport
from devices.transports.usb import UsbTransport

__all__ = [
    "Connection",
    "FileTransport",
    "MemoryTransport",
    "SerialTransport",
    "TcpTransport",
    "Transport",
    "UsbTransport",
]
