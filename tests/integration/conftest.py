"""Fixtures for the integration tests: pseudo-terminals standing in for serial devices,
and a TCP server standing in for a network receipt printer."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.device_doubles import Events, FakeSerialDevice, PrinterServer


@pytest.fixture
def serial_device(tmp_path: Path) -> Iterator[FakeSerialDevice]:
    device = FakeSerialDevice(tmp_path / "scanner")
    yield device
    device.unplug()


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def printer_server() -> Iterator[PrinterServer]:
    server = PrinterServer()
    yield server
    server.close()


@pytest.fixture
def paperless_printer_server() -> Iterator[PrinterServer]:
    server = PrinterServer(status_reply=b"\x72")
    yield server
    server.close()


@pytest.fixture
def closed_port() -> int:
    """A local TCP port with nothing listening on it: a printer that is switched off."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
