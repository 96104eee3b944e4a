"""The slip's store header as stored, whichever way it was typed (window, command line, wizard)."""

from __future__ import annotations

import pytest

from pos_loyalty.domain import fields as limits
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.services.slips import StoreHeader, checked_header


def test_spaces_are_tidied_and_empty_header_lines_left_out() -> None:
    typed = StoreHeader(
        name="  Ромашка \t на  Ленина ",
        header_lines=("", "  ул. Ленина, 1 ", "   ", "ИНН 7700000000"),
        footer="  Спасибо!  ",
    )
    assert checked_header(typed) == StoreHeader(
        name="Ромашка на Ленина",
        header_lines=("ул. Ленина, 1", "ИНН 7700000000"),
        footer="Спасибо!",
    )


def test_a_store_set_up_without_a_name_keeps_none_unless_one_is_being_typed() -> None:
    assert checked_header(StoreHeader(footer="x")).name == ""
    with pytest.raises(InvalidInput) as refused:
        checked_header(StoreHeader(name=""), name_given=True)
    assert (refused.value.field, refused.value.code) == ("store_name", "store_name_blank")


@pytest.mark.parametrize("name", [" ", "   \t  ", "\u00a0\u2003"])
def test_a_name_of_spaces_alone_is_refused(name: str) -> None:
    with pytest.raises(InvalidInput, match="type the name printed on slips") as refused:
        checked_header(StoreHeader(name=name))
    assert refused.value.code == "store_name_blank"


def test_text_longer_than_a_slip_holds_is_refused_with_the_limit() -> None:
    longest = "Я" * limits.STORE_NAME
    assert checked_header(StoreHeader(name=longest)).name == longest
    with pytest.raises(InvalidInput) as name:
        checked_header(StoreHeader(name=longest + "Я"))
    with pytest.raises(InvalidInput) as footer:
        checked_header(StoreHeader(name="A", footer="x" * (limits.SLIP_TEXT + 1)))
    with pytest.raises(InvalidInput) as line:
        checked_header(StoreHeader(name="A", header_lines=("x" * (limits.SLIP_TEXT + 1),)))
    assert [e.value.field for e in (name, footer, line)] == ["store_name", "footer", "header_lines"]
    assert all(e.value.code == "text_too_long" for e in (name, footer, line))
    assert f"at most {limits.STORE_NAME} fit" in str(name.value)


def test_more_header_lines_than_a_slip_holds_are_refused() -> None:
    lines = tuple(f"line {i}" for i in range(limits.SLIP_LINES))
    assert checked_header(StoreHeader(name="A", header_lines=lines)).header_lines == lines
    with pytest.raises(InvalidInput, match=f"at most {limits.SLIP_LINES} fit") as refused:
        checked_header(StoreHeader(name="A", header_lines=(*lines, "one more")))
    assert refused.value.code == "too_many_lines"
