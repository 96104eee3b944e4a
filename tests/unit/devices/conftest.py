"""Fixtures for the device unit tests: a clock the test moves by hand."""

from __future__ import annotations

import pytest

from devices.simulated import ManualClock


@pytest.fixture
def manual_clock() -> ManualClock:
    return ManualClock()
