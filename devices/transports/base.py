"""The transport port: open a connection, write bytes, maybe read a status byte back."""

from __future__ import annotations

import errno
from contextlib import AbstractContextManager
from typing import Protocol

from devices.errors import DeviceError, DeviceProblem


class Connection(Protocol):
    """An open link to a device."""

    def write(self, data: bytes) -> None:
        """Send all of `data` or raise the transport's DeviceError."""
        ...

    def read(self, size: int, timeout_s: float) -> bytes:
        """Return up to `size` bytes the device sent back, b'' if it said nothing in time."""
        ...


class Transport(Protocol):
    """Opens connections to one device; `label` names it in messages ('printer at ...')."""

    label: str

    def open(self) -> AbstractContextManager[Connection]:
        """Open a connection for one job; closing it flushes and releases the device."""
        ...


def error_from_oserror(
    error: type[DeviceError], label: str, exc: OSError, *, during: str = "opening"
) -> DeviceError:
    """Turn an OS error into a DeviceError whose message says what to do."""
    code = exc.errno
    reason = exc.strerror or str(exc) or type(exc).__name__
    if isinstance(exc, TimeoutError) or code == errno.ETIMEDOUT:
        return error(
            f"The {label} did not answer in time while {during}: check that it is switched on "
            "and connected, then try again.",
            DeviceProblem.TIMEOUT,
        )
    if code in (errno.ENOENT, errno.ENODEV, errno.ENXIO):
        return error(
            f"The {label} was not found ({reason}): plug it in, switch it on and check the "
            "port in the device settings.",
            DeviceProblem.NOT_FOUND,
        )
    if code in (errno.EACCES, errno.EPERM):
        return error(
            f"No permission to use the {label} ({reason}): on Linux add this user to the "
            "'dialout' (serial) or 'lp' (printer) group and log in again.",
            DeviceProblem.NO_PERMISSION,
        )
    if code in (errno.EBUSY, errno.EAGAIN):
        return error(
            f"The {label} is used by another program ({reason}): close that program, then try "
            "again.",
            DeviceProblem.BUSY,
        )
    return error(
        f"The {label} is offline ({reason}) while {during}: check that it is switched on and "
        "its cable is plugged in, then try again.",
        DeviceProblem.OFFLINE,
    )
