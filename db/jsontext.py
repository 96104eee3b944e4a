"""JSON text for the columns that hold documents (programmes, offers, outbox, settings).

Money is integer minor units everywhere, so a float in a document is a bug upstream: it is
refused when written and when read, never rounded silently.
"""

from __future__ import annotations

import json
from typing import Any


def _refuse_float(text: str) -> Any:
    raise ValueError(f"stored JSON holds the float {text}: amounts must be whole minor units")


def check_no_floats(value: Any, where: str = "value") -> None:
    """Raise TypeError if a float hides anywhere inside `value`."""
    if isinstance(value, float):
        raise TypeError(
            f"{where} is the float {value!r}: write money as integer minor units, "
            "percentages as text"
        )
    if isinstance(value, dict):
        for key, item in value.items():
            check_no_floats(item, f"{where}[{key!r}]")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            check_no_floats(item, f"{where}[{index}]")


def dumps(value: Any, where: str = "value") -> str:
    """Serialize JSON-safe data compactly, refusing floats."""
    check_no_floats(value, where)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def loads(text: str) -> Any:
    """Parse stored JSON text, refusing floats."""
    return json.loads(text, parse_float=_refuse_float)
