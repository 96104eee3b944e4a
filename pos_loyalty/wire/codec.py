"""Reading and writing wire messages: plain JSON-safe data to and from their dataclasses.

`encode` writes a message as plain data (dates as ISO text, lists for tuples, fields in their
declared order, so the JSON text is the same every time); `decode` reads plain data back,
strictly: a missing field, a fraction or a boolean where a whole number is expected, text over
its limit, a naive instant, a value outside its choices, or (for a request) a field the message
does not declare is refused with a `WireError` listing every problem and where it is. Defaults
apply to fields left out, so an older sender is still read. `check` reads without building the
message (a pull page's members go on as the plain data they came as).

What a class accepts beyond its fields is its `EXTRA` class attribute: "forbid" (requests: a
typo never passes as an empty value) or "ignore" (payloads and answers: a newer sender may add
fields); a field marked `Rest` keeps the unknown keys instead.

Pages hold ten thousand rows, so each class is compiled once, the way `dataclasses` writes its
`__init__`: the reader and the writer are generated as straight-line Python (`_source`), with
the scalar checks inline; dates, lists and nested messages call the readers of their types.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.wire import checks as t
from pos_loyalty.wire.checks import Problem

T = TypeVar("T")
Loc = tuple[str | int, ...]
Reader = Callable[[Any], Any]
Writer = Callable[[Any], dict[str, Any]]


Invalid = Problem
"""One thing wrong in a message: where (`loc`, keys and list indexes) and what."""


class WireError(InvalidInput):
    """Data that is not the message it should be; `problems` says where and what."""

    def __init__(self, problems: list[Invalid]) -> None:
        first = problems[0]
        where = ".".join(str(part) for part in first.loc) or "the message"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{where}: {first.msg}{more}")
        self.problems = problems


def decode(cls: type[T], data: Any) -> T:
    """Read plain data as a message of type `cls`; raise WireError naming every problem."""
    try:
        found: T = _compiled(cls, True)(data)
    except t.Bad as bad:
        raise WireError(bad.problems) from None
    return found


def check(cls: type[Any], data: Any, at: Loc = ()) -> None:
    """Raise WireError if plain data is not a message of type `cls` (nothing is built).

    `at` is where the data lies in a larger message (its problems are named from there).
    """
    try:
        _compiled(cls, False)(data)
    except t.Bad as bad:
        raise WireError([Problem((*at, *p.loc), p.msg, p.type) for p in bad.problems]) from None


def encode(message: Any, cls: type[Any] | None = None) -> dict[str, Any]:
    """Write a message as plain JSON-safe data, its fields in their declared order.

    With `cls`, `message` may be any object with that message's fields as attributes (a core
    dataclass of the same shape), written without building the message first.
    """
    plain: dict[str, Any] = _writer(cls or type(message))(message)
    return plain


def field_names(cls: type[Any]) -> tuple[str, ...]:
    """The keys of a message, in the order they are written."""
    return tuple(f.name for f in t.fields_of(cls))


_READERS: dict[tuple[type[Any], bool], Reader] = {}
_WRITERS: dict[type[Any], Writer] = {}


def _compiled(cls: type[Any], build: bool) -> Reader:
    """The reader of `cls` (made on first use; `build` False: it only checks)."""
    found = _READERS.get((cls, build))
    if found is None:
        source, names = _read_source(cls, build)
        found = _READERS[cls, build] = t.function(source, names, "read")
    return found


def _writer(cls: type[Any]) -> Writer:
    """The writer of `cls` (made on first use)."""
    found = _WRITERS.get(cls)
    if found is None:
        source, names = _write_source(cls)
        found = _WRITERS[cls] = t.function(source, names, "write")
    return found


def _read_source(cls: type[Any], build: bool) -> tuple[str, dict[str, Any]]:
    """The reader of `cls`: every field checked, every problem collected with its place."""
    names: dict[str, Any] = {"Bad": t.Bad, "P": Problem, "M": t.MISSING, "cls": cls}
    lines = ["def read(d):", "    if type(d) is not dict:"]
    lines.append("        raise Bad([P((), 'Input should be an object', 'model_type')])")
    lines += ["    p = []", "    n = 0"]
    fields = t.fields_of(cls)
    rest = next((f.name for f in fields if f.rest), None)
    for i, f in enumerate(fields):
        if f.rest:
            continue
        names[f"d{i}"] = f.default
        where = repr((f.name,))
        lines += [f"    v = d.get({f.name!r}, M)", "    if v is M:"]
        if f.default is t.MISSING:
            lines.append(f"        p.append(P({where}, 'Field required', 'missing'))")
        else:
            lines.append(f"        v = d{i}")
        lines += ["    else:", "        n += 1"]
        tag = None
        if f.tagged is not None:
            tag = f"v{next(j for j, g in enumerate(fields) if g.name == f.tagged.tag)}"
        lines += t.check_lines(f, f"r{i}", where, names, build, _compiled, tag)
        lines.append(f"    v{i} = v")
    known = frozenset(f.name for f in fields)
    names["known"] = known
    extra = getattr(cls, "EXTRA", "ignore")
    if rest is not None or extra == "forbid":
        lines.append("    others = [k for k in d if k not in known] if len(d) > n else []")
    if rest is None and extra == "forbid":
        lines.append("    for k in others:")
        lines.append(
            "        p.append(P((k,), 'Extra inputs are not permitted', 'extra_forbidden'))"
        )
    lines += ["    if p:", "        raise Bad(p)"]
    if not build:
        lines.append("    return None")
        return "\n".join(lines), names
    args = [f"{f.name}=v{i}" for i, f in enumerate(fields) if not f.rest]
    if rest is not None:
        args.append(f"{rest}={{k: d[k] for k in others}}")
    lines.append(f"    return cls({', '.join(args)})")
    return "\n".join(lines), names


def _write_source(cls: type[Any]) -> tuple[str, dict[str, Any]]:
    """The writer of `cls`: one dict display, the fields in their declared order."""
    names: dict[str, Any] = {}
    parts: list[str] = []
    rest = None
    for i, f in enumerate(t.fields_of(cls)):
        if f.rest:
            rest = f.name
            continue
        value = f"m.{f.name}"
        parts.append(f"{f.name!r}: {t.write_expression(f, value, f'w{i}', names, _writer)}")
    body = "{" + ", ".join(parts) + "}"
    if rest is None:
        return f"def write(m):\n    return {body}", names
    return f"def write(m):\n    out = {body}\n    out.update(m.{rest})\n    return out", names
