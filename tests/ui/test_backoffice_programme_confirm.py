"""A programme change goes live only after the manager says yes to 'Version N+1 goes live'."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from pos_loyalty.services.programmes import current_programme
from tests.ui.conftest import WAIT_MS, Store
from ui.backoffice.context import BackOffice
from ui.backoffice.programme import ProgrammePanel


class Answers:
    """Answers the question with `answer` and keeps what was asked."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: QWidget, _title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer


def _panel(qtbot: Any, backoffice: BackOffice, answers: Answers) -> ProgrammePanel:
    panel = ProgrammePanel(backoffice, confirm=answers)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.current is not None, timeout=WAIT_MS)
    edit = panel.tiers.rows[0].earn
    edit.setText("7.5")
    edit.textEdited.emit("7.5")
    qtbot.waitUntil(panel.save_button.isEnabled, timeout=WAIT_MS)
    return panel


def test_saying_no_keeps_the_version_in_force(
    qtbot: Any, store: Store, backoffice: BackOffice
) -> None:
    answers = Answers(False)
    panel = _panel(qtbot, backoffice, answers)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert answers.asked == [
        "Version 2 goes live at the counter now: the next sale uses the new rules. Save?"
    ]
    backoffice.worker.wait_for_done(WAIT_MS)
    assert current_programme(uow=store.uow()).version == 1
    assert panel.save_button.isEnabled()  # the edit is still there to save later


def test_saying_yes_makes_the_next_version(
    qtbot: Any, store: Store, backoffice: BackOffice
) -> None:
    answers = Answers(True)
    panel = _panel(qtbot, backoffice, answers)
    with qtbot.waitSignal(panel.saved, timeout=WAIT_MS):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 1
    assert current_programme(uow=store.uow()).version == 2
