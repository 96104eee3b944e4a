"""The Cards tab issues a batch off the GUI thread and prints it as a PDF read back with pypdf."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from pos_loyalty.domain.cards import CardState
from pos_loyalty.services.lookup import lookup_card
from tests.ui.conftest import WAIT_MS, Store, clock, count
from ui.backoffice.cards import CardsPanel
from ui.backoffice.context import BackOffice

STORE_NAME = "Ромашка"


@pytest.fixture
def panel(qtbot: Any, backoffice: BackOffice) -> CardsPanel:
    panel = CardsPanel(backoffice, confirm=lambda parent, title, text: True)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _wait_idle(qtbot: Any, panel: CardsPanel) -> None:
    qtbot.waitUntil(lambda: not panel.print_box.job.running, timeout=WAIT_MS * 3)


def _issue(qtbot: Any, panel: CardsPanel, how_many: int) -> tuple[list[str], list[int]]:
    box = panel.print_box
    seen: list[int] = []
    box.progress.valueChanged.connect(seen.append)
    box.count_spin.setValue(how_many)
    box.issue_button.click()
    assert not box.issue_button.isEnabled()
    _wait_idle(qtbot, panel)
    assert box.notice.kind == "ok", box.notice.text()
    return box.numbers_edit.toPlainText().split(), seen


def test_a_batch_is_issued_unassigned_and_printed_one_cr80_page_per_card(
    qtbot: Any, panel: CardsPanel, store: Store, tmp_path: Path
) -> None:
    cards_before = count(store, "cards")
    numbers, seen = _issue(qtbot, panel, 25)
    box = panel.print_box
    assert len(numbers) == len(set(numbers)) == 25
    assert count(store, "cards") == cards_before + 25
    assert seen[-1] == 25 and box.progress.maximum() == 25
    assert f"25 cards issued, from {numbers[0]} to {numbers[-1]}" in box.notice.text()
    for number in numbers:
        view = lookup_card(store.uow(), number, clock)
        assert view.member is None and view.card.state == CardState.ACTIVE

    pdf = tmp_path / "batch.pdf"
    assert box.print_to(pdf)
    _wait_idle(qtbot, panel)
    assert box.notice.kind == "ok", box.notice.text()
    assert f"25 cards printed on 25 page(s) in {pdf}" in box.notice.text()
    assert box.progress.value() == box.progress.maximum() == 25
    pages = PdfReader(pdf).pages
    assert len(pages) == 25
    for page, number in zip(pages, numbers, strict=True):
        text = page.extract_text()
        assert number in text and STORE_NAME in text


def test_chosen_cards_print_on_a4_label_sheets_with_a_logo(
    qtbot: Any, panel: CardsPanel, store: Store, tmp_path: Path
) -> None:
    numbers, _ = _issue(qtbot, panel, 12)
    chosen = [store.cards["anna"], *numbers]
    box = panel.print_box
    box.numbers_edit.setPlainText(", ".join(chosen))
    box.layout_combo.setCurrentIndex(box.layout_combo.findData("a4"))
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (200, 30, 30)).save(logo)
    box.logo_edit.setText(str(logo))
    pdf = tmp_path / "sheet.pdf"
    assert box.print_to(pdf)
    _wait_idle(qtbot, panel)
    assert box.notice.kind == "ok", box.notice.text()
    reader = PdfReader(pdf)
    assert len(reader.pages) == 2
    first, second = (page.extract_text() for page in reader.pages)
    assert first.count(STORE_NAME) == 10 and second.count(STORE_NAME) == 3
    assert all(number in first + second for number in chosen)
    assert len(reader.pages[0].images) == 1  # the logo, stored once and drawn on each card


def test_a_wrong_number_in_the_list_is_refused_before_anything_is_printed(
    qtbot: Any, panel: CardsPanel, store: Store, tmp_path: Path
) -> None:
    good = store.cards["anna"]
    wrong = good[:12] + str((int(good[12]) + 3) % 10)
    box = panel.print_box
    box.numbers_edit.setPlainText(f"{good}\n{wrong}")
    pdf = tmp_path / "wrong.pdf"
    assert not box.print_to(pdf)
    assert box.notice.kind == "error" and "wrong check digit" in box.notice.text()
    assert not pdf.exists()


def test_a_blocked_card_or_a_bad_logo_is_refused_and_no_pdf_is_written(
    qtbot: Any, panel: CardsPanel, store: Store, tmp_path: Path
) -> None:
    box = panel.print_box
    box.numbers_edit.setPlainText(store.cards["lost"])
    pdf = tmp_path / "blocked.pdf"
    assert box.print_to(pdf)
    _wait_idle(qtbot, panel)
    assert box.notice.kind == "error"
    assert f"card {store.cards['lost']} is blocked: it must not be printed" in box.notice.text()
    assert not pdf.exists()

    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("not a picture")
    box.numbers_edit.setPlainText(store.cards["anna"])
    box.logo_edit.setText(str(not_an_image))
    assert box.print_to(pdf)
    _wait_idle(qtbot, panel)
    assert box.notice.kind == "error"
    assert f"the logo {not_an_image} cannot be read as an image" in box.notice.text()
    assert not pdf.exists()


def test_printing_with_an_empty_list_says_what_to_do(panel: CardsPanel) -> None:
    assert not panel.print_box.print_to(Path("unused.pdf"))
    assert "issue a batch of new cards first" in panel.print_box.notice.text()
