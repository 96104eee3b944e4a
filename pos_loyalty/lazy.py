"""A package's public names imported on first use: the one helper for it.

The package lists its public names in `__all__` and imports them under `if TYPE_CHECKING:`
(what type checkers and editors read; nothing runs there). `lazy_exports` reads that block
from the package's own source and returns the `__getattr__` and `__dir__` that import a name's
module when the name is first used, so a program that needs one part of the package does not
pay for the others at start-up. A name in `__all__` with no import there (or the reverse) is
refused at once, so the two lists cannot drift apart.
"""

from __future__ import annotations

import ast
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


def lazy_exports(
    package: str, file: str, names: Sequence[str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The `__getattr__` and `__dir__` of `package` (its `__name__`, `__file__`, `__all__`)."""
    where = typed_imports(Path(file).read_text(encoding="utf-8"))
    if set(where) != set(names):
        odd = sorted(set(where) ^ set(names))
        raise ImportError(f"{package}: __all__ and its TYPE_CHECKING imports differ on {odd}")
    module = sys.modules[package]

    def __getattr__(name: str) -> Any:
        found = where.get(name)
        if found is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        source, original = found
        value = getattr(importlib.import_module(source), original)
        setattr(module, name, value)  # once: the next use finds it without coming here
        return value

    def __dir__() -> list[str]:
        return sorted(where)

    return __getattr__, __dir__


def typed_imports(source: str) -> dict[str, tuple[str, str]]:
    """Each name imported under the module's `if TYPE_CHECKING:`: (its module, its own name)."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            return {
                alias.asname or alias.name: (statement.module, alias.name)
                for statement in node.body
                if isinstance(statement, ast.ImportFrom) and statement.module
                for alias in statement.names
            }
    return {}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )
