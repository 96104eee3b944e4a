"""Errors raised by the device layer, each with a message that says what to do.

    LoyaltyError
    ├── DeviceError                 a device cannot be reached or used
    │   ├── PrinterError            receipt printer: offline, no paper, timeout, not found
    │   ├── DisplayError            customer display
    │   └── ScannerError            scanner port cannot be opened or configured
    └── InvalidInput
        └── DeviceSettingsError     a device setting has a bad value

A printer error never undoes a sale: the sale is committed before the slip is printed, so the
caller shows the message and offers a reprint.
"""

from __future__ import annotations

import enum

from pos_loyalty.domain.errors import InvalidInput, LoyaltyError


class DeviceProblem(enum.StrEnum):
    """What went wrong with a device, for the UI to pick an icon or an action."""

    OFFLINE = "offline"
    NO_PAPER = "no_paper"
    COVER_OPEN = "cover_open"
    TIMEOUT = "timeout"
    NOT_FOUND = "not_found"
    NO_PERMISSION = "no_permission"
    BUSY = "busy"
    MISCONFIGURED = "misconfigured"


class DeviceError(LoyaltyError):
    """A device could not be reached or used; `problem` says what kind of failure it was."""

    def __init__(self, message: str, problem: DeviceProblem = DeviceProblem.OFFLINE) -> None:
        super().__init__(message)
        self.problem = problem


class PrinterError(DeviceError):
    """The receipt printer failed; the sale stays committed and the slip can be reprinted."""


class DisplayError(DeviceError):
    """The customer display failed; the sale goes on without it."""


class ScannerError(DeviceError):
    """The scanner cannot be opened or configured."""


class DeviceSettingsError(InvalidInput):
    """A device setting has a bad value; the message names the setting and what is allowed."""
