"""Setting devices up: the wrong scanner kind is refused, escpos leaves logging alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from devices.errors import DeviceProblem, ScannerError
from devices.scanner.serial_scanner import SerialScanner
from devices.settings import ScannerSettings

REPO_ROOT = Path(__file__).resolve().parents[3]


def test_a_serial_reader_for_a_keyboard_scanner_is_refused_with_a_hint() -> None:
    with pytest.raises(ScannerError, match="choose 'serial'") as caught:
        SerialScanner(ScannerSettings(kind="keyboard"), on_scan=print, on_status=print)
    assert caught.value.problem is DeviceProblem.MISCONFIGURED


def test_loading_printer_profiles_does_not_configure_the_root_logger() -> None:
    code = (
        "import logging; from devices import PrinterSettings; PrinterSettings(); "
        "print(len(logging.getLogger().handlers))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60,
        cwd=REPO_ROOT, env=env,
    )  # fmt: skip
    assert done.stdout.strip() == "0"
