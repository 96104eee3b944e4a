"""docs/rules.md stays true: every function it names exists, and every rule in its table names
one (a function, not only a module)."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path
from types import ModuleType

RULES = Path(__file__).parents[2] / "docs" / "rules.md"
NAME = re.compile(r"`(pos_loyalty(?:\.\w+)+)`")


def _resolve(dotted: str) -> object:
    """The object a dotted name stands for: the longest importable module, then attributes."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attribute in parts[cut:]:
            found = getattr(found, attribute)
        return found
    raise ModuleNotFoundError(dotted)


def _table_rows(text: str) -> list[tuple[str, str]]:
    rows = [line.split("|")[1:3] for line in text.splitlines() if line.startswith("| ")]
    return [(rule.strip(), where.strip()) for rule, where in rows[2:]]  # past the header and rule


def test_every_function_the_rules_page_names_exists() -> None:
    names = NAME.findall(RULES.read_text(encoding="utf-8"))
    assert len(names) > 40
    for dotted in names:
        found = _resolve(dotted)
        assert callable(found) or isinstance(found, ModuleType), dotted


def test_every_rule_in_the_table_names_a_function_not_only_a_module() -> None:
    rows = _table_rows(RULES.read_text(encoding="utf-8").split("## Readings")[0])
    assert len(rows) >= 30
    for rule, where in rows:
        functions = [n for n in NAME.findall(where) if inspect.isroutine(_resolve(n))]
        assert functions, f"the rule '{rule}' names no function"


def test_a_misspelt_name_would_be_caught() -> None:
    try:
        _resolve("pos_loyalty.domain.ledger.expiry_dates")
    except AttributeError:
        return
    raise AssertionError("a function that does not exist resolved")
