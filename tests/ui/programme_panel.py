"""Open the Programme tab over the test store, for the programme editor's tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tests.ui.conftest import WAIT_MS
from ui.backoffice.context import BackOffice
from ui.backoffice.programme import ProgrammePanel


def opened_panel(qtbot: Any, backoffice: BackOffice) -> Iterator[ProgrammePanel]:
    """The tab shown with the version in force loaded; waits for its work when done."""
    found = ProgrammePanel(backoffice, confirm=lambda *_question: True)  # the manager says Save
    qtbot.addWidget(found)
    found.resize(1200, 800)
    found.show()
    qtbot.waitUntil(lambda: found.current is not None, timeout=WAIT_MS)
    yield found
    backoffice.worker.wait_for_done(WAIT_MS)
