"""A document as JSON and back, losing nothing: how the central server sends a chain report.

The server builds the same `Document` the terminal would (from its own `ReportQueries`) and
sends it in this form; the terminal reads it back and renders it exactly as a local report,
with the same PDF, CSV, JSON and window code. No value is a float:

- money (kopecks) and points are integers, text is text;
- exact ratios and averages are `{"ratio": "n/d"}` (`"2/3"`, `"12345/7"`), so nothing is
  rounded on the way; dates are `{"date": ISO}`, times `{"datetime": ISO}`;
- a figure in a summary is `{"kind", "value"}`.

`document_to_plain` (the command line's `--json`) is for people and spreadsheets; this form is
for a program that renders the document again.
"""

from __future__ import annotations

from datetime import date, datetime
from fractions import Fraction
from typing import Any

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.reports.document import (
    Block,
    Cell,
    Chart,
    ChartKind,
    Column,
    Document,
    Figure,
    Kind,
    Note,
    Series,
    Table,
)
from pos_loyalty.reports.period import LANGUAGES, Period

FORMAT = 1


def _number_out(value: int | Fraction) -> int | dict[str, str]:
    if isinstance(value, Fraction):
        return {"ratio": f"{value.numerator}/{value.denominator}"}
    return value


def _number_in(value: Any) -> int | Fraction:
    if isinstance(value, dict) and isinstance(value.get("ratio"), str):
        numerator, _, denominator = value["ratio"].partition("/")
        return Fraction(int(numerator), int(denominator or "1"))
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise InvalidInput(f"a report value {value!r} is neither an integer nor a ratio")


def cell_out(cell: Cell) -> Any:
    """One cell as JSON: int and text as they are, everything else tagged with its type."""
    if isinstance(cell, Figure):
        return {"kind": cell.kind.value, "value": cell_out(cell.value)}
    if isinstance(cell, datetime):
        return {"datetime": cell.isoformat()}
    if isinstance(cell, date):
        return {"date": cell.isoformat()}
    if isinstance(cell, Fraction):
        return _number_out(cell)
    return cell


def cell_in(value: Any) -> Cell:
    """One cell read back."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, dict):
        if "kind" in value:
            return Figure(cell_in(value["value"]), Kind(value["kind"]))
        if "datetime" in value:
            return datetime.fromisoformat(value["datetime"])
        if "date" in value:
            return date.fromisoformat(value["date"])
        return _number_in(value)
    raise InvalidInput(f"a report cell {value!r} cannot be read")


def _table_out(table: Table) -> dict[str, Any]:
    rows = [[cell_out(c) for c in row] for row in table.rows]
    return {
        "type": "table",
        "key": table.key,
        "title": table.title,
        "compact": table.compact,
        "columns": [
            {"key": c.key, "title": c.title, "kind": c.kind.value, "width": c.width}
            for c in table.columns
        ],
        "rows": rows,
    }


def _table_in(data: dict[str, Any]) -> Table:
    columns = tuple(
        Column(c["key"], c["title"], Kind(c["kind"]), int(c.get("width", 0)))
        for c in data["columns"]
    )
    rows = tuple(tuple(cell_in(v) for v in row) for row in data["rows"])
    return Table(
        data["key"], data["title"], columns, rows, len(rows), bool(data.get("compact", False))
    )


def _chart_out(chart: Chart) -> dict[str, Any]:
    return {
        "type": "chart",
        "key": chart.key,
        "title": chart.title,
        "kind": chart.kind.value,
        "unit": chart.unit.value,
        "categories": list(chart.categories),
        "series": [
            {"name": s.name, "values": [_number_out(v) for v in s.values]} for s in chart.series
        ],
    }


def _chart_in(data: dict[str, Any]) -> Chart:
    series = tuple(
        Series(s["name"], tuple(_number_in(v) for v in s["values"])) for s in data["series"]
    )
    return Chart(
        data["key"],
        data["title"],
        ChartKind(data["kind"]),
        tuple(str(c) for c in data["categories"]),
        series,
        Kind(data["unit"]),
    )


def _block_out(block: Block) -> dict[str, Any]:
    if isinstance(block, Table):
        return _table_out(block)
    if isinstance(block, Chart):
        return _chart_out(block)
    return {"type": "note", "text": block.text}


def _block_in(data: dict[str, Any]) -> Block:
    kind = data.get("type")
    if kind == "table":
        return _table_in(data)
    if kind == "chart":
        return _chart_in(data)
    if kind == "note":
        return Note(str(data["text"]))
    raise InvalidInput(f"a report block of unknown type {kind!r}")


def document_to_wire(document: Document) -> dict[str, Any]:
    """The whole document as JSON-safe data, every block in order."""
    return {
        "format": FORMAT,
        "report": document.report,
        "title": document.title,
        "store": document.store,
        "period": {
            "from": document.period.first.isoformat(),
            "to": document.period.last.isoformat(),
        },
        "generated_at": document.generated_at.isoformat(),
        "language": document.language,
        "portrait": document.portrait,
        "terminals": None if document.terminals is None else list(document.terminals),
        "blocks": [_block_out(b) for b in document.blocks],
    }


def document_from_wire(data: dict[str, Any]) -> Document:
    """Read a document sent by `document_to_wire`; a malformed one raises InvalidInput."""
    try:
        if data.get("format") != FORMAT:
            raise InvalidInput(f"a report in format {data.get('format')!r}; this terminal reads 1")
        language = data["language"]
        if language not in LANGUAGES:
            raise InvalidInput(f"a report in language {language!r}")
        terminals = data.get("terminals")
        return Document(
            report=str(data["report"]),
            title=str(data["title"]),
            store=str(data["store"]),
            period=Period(
                date.fromisoformat(data["period"]["from"]), date.fromisoformat(data["period"]["to"])
            ),
            generated_at=datetime.fromisoformat(data["generated_at"]),
            language="ru" if language == "ru" else "en",
            blocks=tuple(_block_in(b) for b in data["blocks"]),
            portrait=bool(data.get("portrait", False)),
            terminals=None if terminals is None else tuple(str(t) for t in terminals),
        )
    except (KeyError, TypeError, ValueError, ZeroDivisionError) as exc:
        raise InvalidInput(f"the server's report could not be read ({exc!r})") from exc
