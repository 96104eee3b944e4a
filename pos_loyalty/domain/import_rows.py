"""The member file (import and export): one row per member with their card and opening points.

A header row is required; columns come in any order and their names are case-insensitive:

    name*  phone*  consent_date*  email  birthday  card  card_type  card_state  points  spend

(* required). The delimiter is `;` or `,`, whichever the header uses; a UTF-8 byte order mark
is ignored. Dates are `YYYY-MM-DD` or `DD.MM.YYYY`; points are whole numbers (`150` or
`150.00`); spend is money (`12345.67`). Numbers are read as text and exact decimals, never as
floats. Nothing here touches storage: `parse_record` checks one row, `DuplicateCheck` finds
repeats within the file.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain

from pos_loyalty.domain.cards import CardState, CardType, validate_card_number
from pos_loyalty.domain.check_limits import check_opening_spend
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.fields import EMAIL, NAME
from pos_loyalty.domain.members import normalize_name, validate_phone
from pos_loyalty.domain.money import Minor, parse_money

COLUMNS = (
    "name",
    "phone",
    "email",
    "birthday",
    "consent_date",
    "card",
    "card_type",
    "card_state",
    "points",
    "spend",
)
REQUIRED = ("name", "phone", "consent_date")
ROW = "row"
"""The column named in a problem that concerns the whole row."""
MAX_POINTS = 10**9
_POINTS = re.compile(r"([0-9]+)(?:\.0+)?")
_SPACES = re.compile(r"[\s\u00a0]+")
_WHITE = re.compile(r"\s")
_TYPES = frozenset(t.value for t in CardType)
_STATES = frozenset((CardState.ACTIVE.value, CardState.BLOCKED.value))


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Why one row cannot be imported: its line in the file, the column, the reason."""

    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}, {self.column}: {self.reason}"


@dataclass(frozen=True, slots=True)
class MemberRecord:
    """One member row, checked: a member with one card and their opening points and spend."""

    name: str
    phone: str
    consent_date: date
    email: str = ""
    birthday: date | None = None
    card: str | None = None
    card_type: CardType = CardType.BONUS
    card_state: CardState = CardState.ACTIVE
    points: int = 0
    spend: Minor = 0


@dataclass(frozen=True, slots=True)
class Header:
    """Where each column is in a row, and how many fields a row has."""

    positions: dict[str, int]
    width: int


def sniff_delimiter(header_line: str) -> str:
    """Return ';' or ',': the one the header line uses more."""
    return ";" if header_line.count(";") >= header_line.count(",") else ","


def read_header(fields: list[str]) -> Header:
    """Map the header's column names to positions; refuse unknown, repeated or missing ones."""
    names = [field.strip().lower() for field in fields]
    positions: dict[str, int] = {}
    for index, name in enumerate(names):
        if name not in COLUMNS:
            raise InvalidInput(
                f"unknown column '{fields[index].strip()}' in the header: "
                f"the columns are {', '.join(COLUMNS)}"
            )
        if name in positions:
            raise InvalidInput(f"column '{name}' appears twice in the header: keep one")
        positions[name] = index
    missing = [name for name in REQUIRED if name not in positions]
    if missing:
        raise InvalidInput(f"the header lacks the required column(s) {', '.join(missing)}")
    return Header(positions, len(names))


def read_csv(lines: Iterable[str]) -> tuple[Header, Iterator[tuple[int, list[str]]]]:
    """Read the header; return it and the data rows as (line number, fields), blank rows skipped."""
    source = _decoded(iter(lines))
    first = next(source, None)
    if first is None or not first.strip():
        raise InvalidInput("the file is empty: the first line must be the header")
    first = first.removeprefix("\ufeff")
    reader = csv.reader(chain([first], source), delimiter=sniff_delimiter(first))
    header = read_header(next(reader))
    return header, _rows(reader)


def _decoded(lines: Iterator[str]) -> Iterator[str]:
    try:
        yield from lines
    except UnicodeDecodeError:
        raise InvalidInput(
            "the file is not UTF-8 text: save it as 'CSV UTF-8' and try again"
        ) from None


def _rows(reader: Iterator[list[str]]) -> Iterator[tuple[int, list[str]]]:
    line = 1
    while True:
        start = line + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InvalidInput(f"line {start}: the file cannot be read as CSV ({exc})") from None
        line = getattr(reader, "line_num", start)
        if fields and any(field.strip() for field in fields):
            yield start, fields


def parse_day(text: str) -> date:
    """Read 'YYYY-MM-DD' or 'DD.MM.YYYY'."""
    cleaned = text.strip()
    try:
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", cleaned):
            return datetime.strptime(cleaned, "%d.%m.%Y").date()
        return date.fromisoformat(cleaned)
    except ValueError:
        raise InvalidInput(
            f"'{text}' is not a date: write it like 2024-05-17 or 17.05.2024"
        ) from None


def parse_points(text: str) -> int:
    """Read a whole, non-negative number of points: '150' or '150.00'."""
    cleaned = _SPACES.sub("", text).replace(",", ".")
    if cleaned.startswith("-") and _POINTS.fullmatch(cleaned[1:]):
        raise InvalidInput(f"'{text}': points must not be negative")
    match = _POINTS.fullmatch(cleaned)
    if match is None:
        if re.fullmatch(r"[0-9]+\.[0-9]+", cleaned):
            raise InvalidInput(f"'{text}': points are whole numbers")
        raise InvalidInput(f"'{text}' is not a number of points")
    points = int(match.group(1))
    if points > MAX_POINTS:
        raise InvalidInput(f"'{text}': more than {MAX_POINTS} points cannot be right")
    return points


def parse_spend(text: str) -> Minor:
    """Read a non-negative amount of money: '12345.67' or '12345'."""
    amount = parse_money(text)
    if amount < 0:
        raise InvalidInput(f"'{text}': spend must not be negative")
    check_opening_spend(amount)
    return amount


def parse_record(
    header: Header, fields: list[str], line: int, today: date
) -> MemberRecord | list[RowProblem]:
    """Check one row; return the record, or every problem found in it."""
    if len(fields) != header.width:
        reason = (
            f"the row has {len(fields)} fields, the header has {header.width}: "
            "check the delimiter and the quotes"
        )
        return [RowProblem(line, ROW, reason)]
    values = {name: fields[index].strip() for name, index in header.positions.items()}
    reader = _FieldReader(values, line, today)
    record = MemberRecord(
        name=reader.name(),
        phone=reader.phone(),
        consent_date=reader.day("consent_date", required=True) or today,
        email=reader.email(),
        birthday=reader.day("birthday"),
        card=reader.card(),
        card_type=reader.card_type(),
        card_state=reader.card_state(),
        points=reader.number("points", parse_points),
        spend=reader.number("spend", parse_spend),
    )
    if reader.problems:
        return sorted(reader.problems, key=lambda p: header.positions[p.column])
    return record


class _FieldReader:
    """Reads the fields of one row, collecting a problem for each bad one."""

    def __init__(self, values: dict[str, str], line: int, today: date) -> None:
        self.values, self.line, self.today = values, line, today
        self.problems: list[RowProblem] = []

    def _fail(self, column: str, reason: str) -> None:
        self.problems.append(RowProblem(self.line, column, reason))

    def name(self) -> str:
        name = normalize_name(self.values["name"])
        if not name:
            self._fail("name", "the name is empty")
        elif len(name) > NAME:  # the server would refuse it: it would never leave here
            self._fail("name", f"the name is {len(name)} characters long, at most {NAME} fit")
        return name

    def phone(self) -> str:
        text = self.values["phone"]
        if not text:
            self._fail("phone", "the phone is empty")
            return ""
        try:
            return validate_phone(text)
        except InvalidInput as exc:
            self._fail("phone", str(exc))
            return ""

    def email(self) -> str:
        email = self.values.get("email", "")
        if email and (email.count("@") != 1 or _WHITE.search(email) or len(email) > EMAIL):
            self._fail("email", f"'{email}' is not an e-mail address")
        return email

    def day(self, column: str, *, required: bool = False) -> date | None:
        text = self.values.get(column, "")
        if not text:
            if required:
                self._fail(column, "empty: personal data needs the date consent was given")
            return None
        try:
            day = parse_day(text)
        except InvalidInput as exc:
            self._fail(column, str(exc))
            return None
        if day > self.today or day.year < 1900:
            self._fail(
                column, f"{day.isoformat()} cannot be right (it is {self.today.isoformat()})"
            )
        return day

    def card(self) -> str | None:
        text = self.values.get("card", "")
        if not text:
            return None
        try:
            return validate_card_number(text)
        except InvalidInput as exc:
            self._fail("card", str(exc))
            return None

    def card_type(self) -> CardType:
        text = self.values.get("card_type", "").lower() or CardType.BONUS.value
        if text not in _TYPES:
            names = ", ".join(t.value for t in CardType)
            self._fail("card_type", f"unknown card type '{text}': use {names}")
            return CardType.BONUS
        return CardType(text)

    def card_state(self) -> CardState:
        text = self.values.get("card_state", "").lower() or CardState.ACTIVE.value
        if text == CardState.REPLACED.value:
            self._fail("card_state", "a replaced card is not imported: import the new card only")
        elif text not in _STATES:
            self._fail("card_state", f"unknown card state '{text}': use active or blocked")
        else:
            return CardState(text)
        return CardState.ACTIVE

    def number(self, column: str, parse: Callable[[str], int]) -> int:
        text = self.values.get(column, "")
        if not text:
            return 0
        try:
            return parse(text)
        except InvalidInput as exc:
            self._fail(column, str(exc))
            return 0


class DuplicateCheck:
    """Remembers the phones and cards seen so far in a file, to report repeats."""

    def __init__(self) -> None:
        self.phones: dict[str, int] = {}
        self.cards: dict[str, int] = {}

    def check(self, record: MemberRecord, line: int) -> list[RowProblem]:
        """Return a problem for a phone or card already seen on an earlier line; remember both."""
        problems = []
        seen = self.phones.setdefault(record.phone, line)
        if seen != line:
            problems.append(RowProblem(line, "phone", f"{record.phone} is also on line {seen}"))
        if record.card is not None:
            seen = self.cards.setdefault(record.card, line)
            if seen != line:
                problems.append(RowProblem(line, "card", f"{record.card} is also on line {seen}"))
        return problems
