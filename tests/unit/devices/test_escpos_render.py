"""ESC/POS rendering: init and code page, Cyrillic in CP866, barcode digits as given, cut."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.printer.codepages import CP866, CodePage, resolve_codepage
from devices.printer.escpos_commands import EscposWriter, drawer_kick, ean13, qr_code
from devices.printer.escpos_reader import EscposEvent, escpos_text, read_escpos
from devices.printer.escpos_render import EscposOptions, render_escpos
from devices.printer.layout import Paper
from devices.simulated import demo_slip
from pos_loyalty.domain.errors import InvalidCardNumber

CARD = "0421234567891"


def _kinds(data: bytes) -> list[str]:
    return [event.kind for event in read_escpos(data)]


def test_a_slip_starts_with_init_then_the_code_page() -> None:
    data = render_escpos(demo_slip(), Paper.MM80, CP866)
    assert data.startswith(b"\x1b@\x1bt\x11")


def test_russian_text_is_encoded_in_cp866() -> None:
    data = render_escpos(demo_slip(), Paper.MM80, CP866)
    assert "Баланс после".encode("cp866") in data
    assert "Баланс после".encode() not in data


def test_the_code_page_number_comes_from_the_printer_profile() -> None:
    codepage = resolve_codepage("CP866", profile="RP326")
    assert codepage.number == 7
    assert render_escpos(demo_slip(), Paper.MM58, codepage).startswith(b"\x1b@\x1bt\x07")


def test_the_ruble_sign_falls_back_to_a_word_the_code_page_has() -> None:
    text = escpos_text(render_escpos(demo_slip(), Paper.MM80, CP866))
    assert "801,00 руб." in text
    assert "₽" not in text


def test_cyrillic_on_a_latin_code_page_is_transliterated() -> None:
    cp437 = CodePage("CP437", 0, "cp437")
    text = escpos_text(render_escpos(demo_slip(), Paper.MM80, cp437))
    assert "Balans posle" in text
    assert "801,00 RUB" in text


def test_question_marks_replace_what_the_code_page_lacks_when_asked() -> None:
    cp437 = CodePage("CP437", 0, "cp437")
    options = EscposOptions(fallback="question_mark")
    text = escpos_text(render_escpos(demo_slip(), Paper.MM80, cp437, options))
    assert "?????? ?????" in text


def test_the_card_barcode_is_sent_with_gs_k_and_exactly_its_13_digits() -> None:
    data = render_escpos(demo_slip(card_barcode=CARD), Paper.MM80, CP866)
    assert b"\x1dk\x43\x0d" + CARD.encode() in data
    assert EscposEvent("barcode", CARD) in read_escpos(data)


def test_function_a_barcodes_end_with_nul() -> None:
    assert ean13(CARD, function_b=False) == b"\x1dk\x02" + CARD.encode() + b"\x00"
    assert EscposEvent("barcode", CARD) in read_escpos(ean13(CARD, function_b=False))


def test_a_wrong_check_digit_is_refused_not_corrected() -> None:
    with pytest.raises(InvalidCardNumber, match="should end in 1"):
        ean13("0421234567890")
    with pytest.raises(InvalidCardNumber, match="exactly 13 digits"):
        ean13("042123")


def test_a_qr_code_can_replace_the_barcode() -> None:
    data = render_escpos(demo_slip(card_barcode=CARD), Paper.MM80, CP866, EscposOptions("qr"))
    assert EscposEvent("qr", CARD) in read_escpos(data)
    assert b"\x1dk" not in data
    assert qr_code(CARD).endswith(b"\x1d(k\x03\x001Q0")


@pytest.mark.parametrize(("cut", "byte"), [("full", 0), ("partial", 1)])
def test_the_paper_is_cut_at_the_end(cut: str, byte: int) -> None:
    data = render_escpos(demo_slip(), Paper.MM80, CP866, EscposOptions(cut=cut, feed_lines=3))
    assert data.endswith(b"\x1bd\x03\x1dV" + bytes([byte]))


def test_no_cut_when_the_printer_has_no_cutter() -> None:
    data = render_escpos(demo_slip(), Paper.MM80, CP866, EscposOptions(cut="none"))
    assert "cut" not in _kinds(data)


def test_the_drawer_kick_pulses_pin_2_or_5() -> None:
    assert drawer_kick(2) == b"\x1bp\x00\x19\xfa"
    assert drawer_kick(5) == b"\x1bp\x01\x19\xfa"
    with pytest.raises(ValueError):
        drawer_kick(3)


def test_every_reset_selects_the_code_page_again() -> None:
    writer = EscposWriter(CP866)
    writer.reset()
    writer.line("Первый чек")
    writer.reset()
    writer.line("Второй чек")
    data = writer.getvalue()
    assert data.count(b"\x1b@") == 2
    assert data.count(b"\x1b@\x1bt\x11") == 2
    assert escpos_text(data) == "Первый чек\nВторой чек\n"


def test_without_the_reselection_a_reset_would_garble_cyrillic() -> None:
    garbled = b"\x1b@\x1bt\x11" + "Чек".encode("cp866") + b"\n\x1b@" + "Чек".encode("cp866")
    assert escpos_text(garbled) != "Чек\nЧек"


def test_reading_back_never_fails_on_truncated_commands() -> None:
    for data in (b"\x1b", b"\x1bt", b"\x1dk\x43\x0d123", b"\x1d(k\x05\x00", b"\x1dk\x02123"):
        assert read_escpos(data)[-1].kind in ("truncated", "unknown")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_reading_back_any_bytes_never_raises(data: bytes) -> None:
    events = read_escpos(data)
    assert all(isinstance(event, EscposEvent) for event in events)
