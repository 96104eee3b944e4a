"""The member file, row by row: every kind of bad row is reported with its line and column."""

from __future__ import annotations

from datetime import date

import pytest

from pos_loyalty.domain.cards import CardState, CardType
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.import_rows import (
    ROW,
    DuplicateCheck,
    MemberRecord,
    RowProblem,
    parse_points,
    parse_record,
    read_csv,
)

TODAY = date(2026, 3, 2)
HEADER = "name;phone;email;birthday;consent_date;card;card_type;card_state;points;spend"
GOOD = (
    "Иван Петров;+7 912 345-67-89;ivan@example.com;17.05.1990;2024-01-10;0420000000013;club;"
    "blocked;150;12345.67"
)


def _records(text: str) -> list[MemberRecord | list[RowProblem]]:
    header, rows = read_csv(text.splitlines(keepends=True))
    return [parse_record(header, fields, line, TODAY) for line, fields in rows]


def _problems(row: str, header: str = HEADER) -> list[tuple[int, str]]:
    (result,) = _records(f"{header}\n{row}\n")
    assert isinstance(result, list), result
    return [(p.line, p.column) for p in result]


def test_a_good_row_is_read_exactly() -> None:
    (record,) = _records(f"{HEADER}\n{GOOD}\n")
    assert record == MemberRecord(
        name="Иван Петров",
        phone="79123456789",
        consent_date=date(2024, 1, 10),
        email="ivan@example.com",
        birthday=date(1990, 5, 17),
        card="0420000000013",
        card_type=CardType.CLUB,
        card_state=CardState.BLOCKED,
        points=150,
        spend=1234567,
    )


def test_only_name_phone_and_consent_are_required_and_columns_come_in_any_order() -> None:
    (record,) = _records("Consent_Date,Name,PHONE\n2024-01-10,Anna,89001112233\n")
    assert record == MemberRecord("Anna", "79001112233", date(2024, 1, 10))


def test_a_byte_order_mark_and_a_comma_delimiter_are_understood() -> None:
    text = (
        '\ufeffname,phone,consent_date,spend\n"Petrov, Ivan",+79123456789,2024-01-10,"1 000,50"\n'
    )
    (record,) = _records(text)
    assert isinstance(record, MemberRecord)
    assert (record.name, record.spend) == ("Petrov, Ivan", 100050)


def test_points_are_whole_numbers_read_as_text_never_as_floats() -> None:
    assert parse_points("150") == 150
    assert parse_points("150.00") == 150
    assert parse_points("1 500") == 1500
    for text, message in [
        ("150.5", "whole numbers"),
        ("-5", "must not be negative"),
        ("1e3", "not a number"),
        ("0.1e1", "not a number"),
        ("nan", "not a number"),
        ("1000000001", "cannot be right"),
    ]:
        with pytest.raises(InvalidInput, match=message):
            parse_points(text)


@pytest.mark.parametrize(
    ("field", "value", "column", "reason"),
    [
        ("name", "   ", "name", "name is empty"),
        ("phone", "12-34", "phone", "not a phone number"),
        ("phone", "", "phone", "phone is empty"),
        ("email", "ivan at example.com", "email", "not an e-mail address"),
        ("birthday", "31.02.1990", "birthday", "not a date"),
        ("birthday", "2030-01-01", "birthday", "cannot be right"),
        ("consent_date", "", "consent_date", "needs the date consent was given"),
        ("consent_date", "yesterday", "consent_date", "not a date"),
        ("card", "0420000000019", "card", "wrong check digit"),
        ("card", "4006381333931", "card", "not a loyalty card"),
        ("card", "042000000001", "card", "has 12 digits"),
        ("card_type", "platinum", "card_type", "unknown card type 'platinum'"),
        ("card_state", "replaced", "card_state", "import the new card only"),
        ("card_state", "lost", "card_state", "unknown card state"),
        ("points", "-10", "points", "must not be negative"),
        ("points", "12.5", "points", "whole numbers"),
        ("points", "много", "points", "not a number of points"),
        ("spend", "-1.00", "spend", "must not be negative"),
        ("spend", "12.345", "spend", "more than 2 decimal places"),
        ("spend", "abc", "spend", "not an amount"),
    ],
)
def test_each_bad_field_is_reported_with_its_line_and_column(
    field: str, value: str, column: str, reason: str
) -> None:
    fields = dict(zip(HEADER.split(";"), GOOD.split(";"), strict=True))
    fields[field] = value
    (result,) = _records(f"{HEADER}\n\n{';'.join(fields.values())}\n")
    assert isinstance(result, list)
    (problem,) = result
    assert (problem.line, problem.column) == (3, column)
    assert reason in problem.reason
    assert str(problem).startswith(f"line 3, {column}: ")


def test_every_bad_field_of_a_row_is_reported_not_only_the_first() -> None:
    row = ";12;x@;1990-13-01;;0420000000019;gold;;-1;-2"
    assert _problems(row) == [
        (2, "name"),
        (2, "phone"),
        (2, "birthday"),
        (2, "consent_date"),
        (2, "card"),
        (2, "card_type"),
        (2, "points"),
        (2, "spend"),
    ]


def test_a_row_with_the_wrong_number_of_fields_is_one_problem() -> None:
    assert _problems("Anna;79001112233;2024-01-10;extra", "name;phone;consent_date") == [(2, ROW)]


def test_an_unclosed_quote_swallows_the_rest_of_the_file_and_is_reported_as_a_bad_row() -> None:
    assert _problems('"Anna;79001112233;2024-01-10', "name;phone;consent_date") == [(2, ROW)]


def test_line_numbers_count_physical_lines_even_with_quoted_line_breaks() -> None:
    text = 'name;phone;consent_date\n"Anna\nMaria";79001112233;2024-01-10\nBoris;1;2024-01-10\n'
    first, second = _records(text)
    assert isinstance(first, MemberRecord) and first.name == "Anna Maria"
    assert isinstance(second, list) and second[0].line == 4


def test_repeated_phones_and_cards_in_the_file_name_the_first_line() -> None:
    check = DuplicateCheck()
    a = MemberRecord("A", "79001112233", TODAY, card="0420000000013")
    b = MemberRecord("B", "79001112233", TODAY, card="0420000000013")
    assert check.check(a, 2) == []
    assert check.check(b, 7) == [
        RowProblem(7, "phone", "79001112233 is also on line 2"),
        RowProblem(7, "card", "0420000000013 is also on line 2"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        ("\n", "the file is empty"),
        ("name;phone;consent_date;colour\n", "unknown column 'colour'"),
        ("name;phone;phone;consent_date\n", "'phone' appears twice"),
        ("name;email\n", r"lacks the required column\(s\) phone, consent_date"),
    ],
)
def test_a_file_that_cannot_be_read_at_all_is_refused(text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        _records(text)


def test_a_file_that_is_not_utf8_is_refused_with_a_hint() -> None:
    def lines() -> object:
        yield "name;phone;consent_date\n"
        raise UnicodeDecodeError("utf-8", b"\xcf", 0, 1, "invalid start byte")

    with pytest.raises(InvalidInput, match="save it as 'CSV UTF-8'"):
        _records_from(lines())


def _records_from(lines: object) -> None:
    header, rows = read_csv(lines)  # type: ignore[arg-type]
    for line, fields in rows:
        parse_record(header, fields, line, TODAY)
