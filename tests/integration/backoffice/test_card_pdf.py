"""Printed cards: the barcode in the PDF decodes to the exact card number; the text reads back."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from devices.card_printing import CardArtwork, render_cards
from pos_loyalty.domain.cards import card_number_for
from pos_loyalty.domain.errors import InvalidCardNumber, InvalidInput
from tests.cli_staff import staff_the_store
from tests.integration.backoffice.barcode_reader import codes_on_page
from ui.cli.main import cli

STORE = "Магазин «Ромашка»"
needs_pdftoppm = pytest.mark.skipif(
    shutil.which("pdftoppm") is None,
    reason="decoding the barcode needs pdftoppm: apt-get install poppler-utils",
)
MM = 72 / 25.4


def _pages(path: Path) -> list[tuple[str, float, float]]:
    reader = PdfReader(path)
    return [
        (page.extract_text(), float(page.mediabox.width), float(page.mediabox.height))
        for page in reader.pages
    ]


@needs_pdftoppm
def test_a_cr80_card_carries_its_exact_number_in_bars_and_in_text(tmp_path: Path) -> None:
    numbers = [card_number_for(n) for n in (1, 123_456_789, 999_999_999)]
    pdf = tmp_path / "cards.pdf"
    assert render_cards(numbers, pdf, CardArtwork(STORE)) == 3
    pages = _pages(pdf)
    for number, (text, width, height) in zip(numbers, pages, strict=True):
        assert STORE in text and number in text
        assert (width, height) == pytest.approx((85.6 * MM, 54 * MM))
    for page, number in enumerate(numbers, start=1):
        assert codes_on_page(pdf, page, dpi=600) == {number}


@needs_pdftoppm
def test_an_a4_sheet_holds_ten_cards_each_decoding_to_its_number(tmp_path: Path) -> None:
    numbers = [card_number_for(n) for n in range(1000, 1012)]
    pdf = tmp_path / "sheet.pdf"
    assert render_cards(numbers, pdf, CardArtwork(STORE), layout="a4") == 2
    (first, width, height), (second, _, _) = _pages(pdf)
    assert (round(width), round(height)) == (595, 842)
    assert first.count(STORE) == 10 and second.count(STORE) == 2
    assert codes_on_page(pdf, 1, dpi=400) == set(numbers[:10])
    assert codes_on_page(pdf, 2, dpi=400) == set(numbers[10:])


@needs_pdftoppm
def test_a_logo_is_drawn_and_the_barcode_still_reads(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (200, 30, 30)).save(logo)
    pdf = tmp_path / "logo.pdf"
    render_cards([card_number_for(42)], pdf, CardArtwork(STORE, logo))
    page = PdfReader(pdf).pages[0]
    assert len(page.images) == 1
    assert codes_on_page(pdf, 1, dpi=600) == {card_number_for(42)}


def test_a_wrong_check_digit_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    pdf = tmp_path / "wrong.pdf"
    good = card_number_for(7)
    wrong = good[:12] + str((int(good[12]) + 1) % 10)
    with pytest.raises(InvalidCardNumber, match="wrong check digit"):
        render_cards([good, wrong], pdf, CardArtwork(STORE))
    assert not pdf.exists()


def test_a_logo_that_is_not_an_image_is_refused(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_text("not a picture")
    with pytest.raises(InvalidInput, match="cannot be read as an image"):
        render_cards([card_number_for(7)], io.BytesIO(), CardArtwork(STORE, logo))


@needs_pdftoppm
def test_the_command_line_prints_a_new_batch_or_known_cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POS_LOYALTY_DB", str(tmp_path / "shop.sqlite3"))
    staff_the_store(tmp_path / "shop.sqlite3", monkeypatch)
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "--store", STORE]).exit_code == 0
    pdf = tmp_path / "batch.pdf"
    done = runner.invoke(
        cli, ["card", "print", "--batch", "3", "--format", "a4", "--pdf", str(pdf), "--json"]
    )
    assert done.exit_code == 0, done.output
    printed = json.loads(done.stdout)
    assert printed["pages"] == 1 and len(printed["cards"]) == 3
    assert "issuing cards: 100 % (3/3)" in done.stderr
    assert "drawing pages: 100 % (1/1)" in done.stderr
    assert codes_on_page(pdf, 1, dpi=400) == set(printed["cards"])
    again = tmp_path / "again.pdf"
    first = printed["cards"][0]
    assert runner.invoke(cli, ["card", "print", first, "--pdf", str(again)]).exit_code == 0
    assert STORE in _pages(again)[0][0]
    runner.invoke(cli, ["card", "block", first])
    blocked = runner.invoke(cli, ["card", "print", first, "--pdf", str(again)])
    assert blocked.exit_code != 0 and "must not be printed" in str(blocked.exception)
    unknown = runner.invoke(cli, ["card", "print", card_number_for(999), "--pdf", str(again)])
    assert "not known here" in str(unknown.exception)


def test_progress_is_reported_after_each_page(tmp_path: Path) -> None:
    numbers = [card_number_for(n) for n in range(1, 24)]
    seen: list[tuple[int, int]] = []
    pages = render_cards(
        numbers,
        tmp_path / "a4.pdf",
        CardArtwork(STORE),
        "a4",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert pages == 3 and seen == [(1, 3), (2, 3), (3, 3)]
