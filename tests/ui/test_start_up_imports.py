"""Opening the window loads only what the counter's frame needs before the frame is painted:
not the database layer, the sync client, reportlab or the command line's subcommands."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "httpx", "reportlab", "alembic", "ui.cli.sales", "ui.checkout.window")


def loaded_before_the_frame() -> list[str]:
    """The heavy modules a fresh interpreter has loaded once `pos-loyalty` may paint the frame."""
    code = (
        "import sys\n"
        "import ui.cli.main, ui.launch, ui.app, ui.counter_shell\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.split()


def test_the_frame_is_painted_before_the_database_layer_and_the_counter_are_loaded() -> None:
    assert loaded_before_the_frame() == []


def test_a_subcommand_still_finds_its_command() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from ui.cli.main import main; main(['--help'])"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and "checkout" in done.stdout and "member" in done.stdout
