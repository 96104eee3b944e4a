"""Real X key events from xdotool into the real counter window on Xvfb: a wedge scan typed at
30 ms a key, with its Enter 200 ms late, selects the card and records no sale.

Xvfb, xdotool and Qt's xcb libraries come from `make tools`; the test skips, saying which is
missing, only where they cannot be had. It starts Xvfb on a free display of its own.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
START_S = 60


def _cannot_run(reason: str) -> None:
    """Skip where X cannot be had; under CI (`CI=true`, which `make tools` equips) fail."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"the real-X wedge test must run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture
def display() -> Iterator[str]:
    """A new Xvfb server on a free display number (Xvfb picks it), stopped afterwards."""
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        _cannot_run(f"{' and '.join(missing)} not installed: run `make tools` (apt-get as root)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        number = numbers.readline().strip()
    try:
        if not number:
            _cannot_run("Xvfb did not start (no display number came back)")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _xdotool(display: str, *args: str) -> None:
    env = {**os.environ, "DISPLAY": display}
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=30)


def _start_app(display: str, tmp_path: Path) -> tuple[subprocess.Popen[str], list[str]]:
    """Start the counter on the display; return it and its `ready` line's words."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    files = [str(tmp_path / "store.sqlite3"), str(tmp_path / "stop")]
    app = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.wedge_x11_app", *files],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert app.stdout is not None
    line = app.stdout.readline()
    if not line.startswith("ready"):
        app.kill()
        problem = app.communicate(timeout=10)[1]
        if "xcb" in problem and "plugin" in problem:
            _cannot_run(f"Qt's xcb platform cannot load (run `make tools`): {problem[-400:]}")
        raise AssertionError(f"the counter did not start: {line!r} {problem[-2000:]}")
    return app, line.split()


def test_real_x_keys_from_a_wedge_scan_select_the_card_and_record_no_sale(
    display: str, tmp_path: Path
) -> None:
    app, (_ready, window_id, card) = _start_app(display, tmp_path)
    try:
        _xdotool(display, "windowfocus", "--sync", window_id)
        _xdotool(display, "type", "--delay", "30", card)
        time.sleep(0.2)  # the scanner's Enter comes late
        _xdotool(display, "key", "Return")
        time.sleep(1.5)
        (tmp_path / "stop").touch()
        out, err = app.communicate(timeout=START_S)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err[-2000:]
    found = json.loads(out.strip().splitlines()[-1])
    assert found == {"card": card, "amount": "300"}
    with sqlite3.connect(tmp_path / "store.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM sales").fetchone() == (0,)
