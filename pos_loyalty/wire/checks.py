"""How each field type of a message is read and written, as code for `codec` to compile.

A scalar (whole number, text, boolean, one of some choices) is checked inline: a chain of
conditions, the first that holds is the problem. Dates, enums, lists and nested messages are
read by functions made once per type, which raise `Bad` with the problems and where they are
inside the value.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pos_loyalty.wire.fields import Items, Rest, Tagged, Text, Whole, read_day, read_instant

MISSING: Any = dataclasses.MISSING
Reader = Callable[..., Any]
Nested = Callable[[type[Any], bool], Reader]
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong: where inside the value (`loc`) and what."""

    loc: tuple[str | int, ...]
    msg: str
    type: str


class Bad(Exception):
    """The problems found in a value (the caller adds where the value is)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__()
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Spec:
    """One field of a message: its name, type, markers and default."""

    name: str
    type: Any
    default: Any
    rest: bool
    tagged: Tagged | None


_FIELDS: dict[type[Any], tuple[Spec, ...]] = {}


def fields_of(cls: type[Any]) -> tuple[Spec, ...]:
    """The fields of a message class, in their declared order."""
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = _fields(cls)
    return found


def _fields(cls: type[Any]) -> tuple[Spec, ...]:
    hints = typing.get_type_hints(cls, include_extras=True)
    out: list[Spec] = []
    for f in dataclasses.fields(cls):
        default: Any = f.default
        factory: Any = f.default_factory
        if factory is not MISSING:
            default = factory()
        _, marks = unwrap(hints[f.name])
        tagged = next((m for m in marks if isinstance(m, Tagged)), None)
        rest = any(isinstance(m, Rest) for m in marks)
        out.append(Spec(f.name, hints[f.name], default, rest, tagged))
    return tuple(out)


def unwrap(tp: Any) -> tuple[Any, tuple[Any, ...]]:
    """The type inside `Annotated[...]` and its markers."""
    if typing.get_origin(tp) is typing.Annotated:
        return typing.get_args(tp)[0], tuple(tp.__metadata__)
    return tp, ()


def optional(tp: Any) -> Any | None:
    """X for `X | None` (its markers kept), None for any other type."""
    inner, marks = unwrap(tp)
    if typing.get_origin(inner) not in (typing.Union, types.UnionType):
        return None
    options = [a for a in typing.get_args(inner) if a is not type(None)]
    if len(options) != 1 or len(options) == len(typing.get_args(inner)):
        return None
    return typing.Annotated[options[0], *marks] if marks else options[0]


def conditions(tp: Any, names: dict[str, Any]) -> list[tuple[str, str, str]] | None:
    """The inline checks of a scalar type on `v` (None: the type needs a reader function)."""
    inner, marks = unwrap(tp)
    if inner is bool:
        return [
            ("v is not True and v is not False", "Input should be a valid boolean", "bool_type")
        ]
    if inner is int:
        bounds = next((m for m in marks if isinstance(m, Whole)), Whole())
        found = [("type(v) is not int", "Input should be a valid integer", "int_type")]
        if bounds.ge is not None:
            message = f"Input should be greater than or equal to {bounds.ge}"
            found.append((f"v < {bounds.ge}", message, "greater_than_equal"))
        if bounds.le is not None:
            message = f"Input should be less than or equal to {bounds.le}"
            found.append((f"v > {bounds.le}", message, "less_than_equal"))
        return found
    if inner is str:
        return _text(next((m for m in marks if isinstance(m, Text)), None), names)
    if typing.get_origin(inner) is typing.Literal:
        choices = typing.get_args(inner)
        key = f"c{len(names)}"
        names[key] = frozenset(choices)
        shown = ", ".join(repr(c) for c in choices)
        return [
            (f"type(v) is not str or v not in {key}", f"Input should be {shown}", "literal_error")
        ]
    if inner is dict or typing.get_origin(inner) is dict:
        return [("type(v) is not dict", "Input should be an object", "dict_type")]
    if inner is Any:
        return []
    return None


def _text(spec: Text | None, names: dict[str, Any]) -> list[tuple[str, str, str]]:
    found = [("type(v) is not str", "Input should be a valid string", "string_type")]
    if spec is None:
        return found
    if spec.max_length is not None:
        message = f"String should have at most {spec.max_length} characters"
        found.append((f"len(v) > {spec.max_length}", message, "string_too_long"))
    if spec.min_length:
        message = f"String should have at least {spec.min_length} characters"
        found.append((f"len(v) < {spec.min_length}", message, "string_too_short"))
    if spec.pattern is not None:
        key = f"pattern{len(names)}"
        names[key] = re.compile(spec.pattern)
        message = f"String should match pattern '{spec.pattern}'"
        found.append((f"{key}.match(v) is None", message, "string_pattern_mismatch"))
    if spec.storable:
        names["SURROGATE"] = _SURROGATE
        found.append(("'\\x00' in v", "text may not contain NUL characters", "value_error"))
        lone = "text may not contain lone surrogates"
        found.append(("not v.isascii() and SURROGATE.search(v)", lone, "value_error"))
    return found


def check_lines(
    spec: Spec,
    helper: str,
    where: str,
    names: dict[str, Any],
    build: bool,
    nested: Nested,
    tag: str | None = None,
) -> list[str]:
    """Lines (indented for `codec`) that check `v`, replace it with what it reads as, and add
    the problems found, each with `where` the field is, to `p`.

    A tagged field is read by the type its tag (the variable `tag`, read before it) chooses.
    """
    if spec.tagged is not None:
        names[helper] = _tagged_reader(spec.tagged, build, nested)
        return _guarded(f"v = {helper}({tag}, v)", where, 8)
    return _lines(spec.type, helper, where, names, build, nested, 8)


def _lines(
    tp: Any, helper: str, where: str, names: dict[str, Any], build: bool, nested: Nested, at: int
) -> list[str]:
    pad = " " * at
    inner = optional(tp)
    if inner is not None:
        return [
            f"{pad}if v is not None:",
            *_lines(inner, helper, where, names, build, nested, at + 4),
        ]
    found = conditions(tp, names)
    if found is None:
        names[helper] = reader(tp, build, nested)
        return _guarded(f"v = {helper}(v)", where, at)
    out: list[str] = []
    for index, (condition, message, kind) in enumerate(found):
        keyword = "if" if index == 0 else "elif"
        out.append(f"{pad}{keyword} {condition}:")
        out.append(f"{pad}    p.append(P({where}, {message!r}, {kind!r}))")
    return out


def _guarded(statement: str, where: str, at: int) -> list[str]:
    pad = " " * at
    return [
        f"{pad}try:",
        f"{pad}    {statement}",
        f"{pad}except Bad as bad:",
        f"{pad}    p.extend(P({where} + q.loc, q.msg, q.type) for q in bad.problems)",
    ]


def reader(tp: Any, build: bool, nested: Nested) -> Reader:
    """A function reading a value of type `tp` (raising Bad with the problems inside it)."""
    inner, marks = unwrap(tp)
    maybe = optional(tp)
    if maybe is not None:
        read = reader(maybe, build, nested)
        return lambda v: None if v is None else read(v)
    origin = typing.get_origin(inner)
    if origin is tuple or origin is list:
        limit = next((m.max_length for m in marks if isinstance(m, Items)), None)
        return _list_reader(reader(typing.get_args(inner)[0], build, nested), limit)
    if inner is date:
        return _parsing(read_day, "date_type")
    if inner is datetime:
        return _parsing(read_instant, "datetime_type")
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        return _enum_reader(inner)
    if dataclasses.is_dataclass(inner):
        return nested(inner, build)  # type: ignore[arg-type]
    return _scalar_reader(tp)


def _scalar_reader(tp: Any) -> Reader:
    names: dict[str, Any] = {"Bad": Bad, "P": Problem}
    found = conditions(tp, names)
    if found is None:
        raise TypeError(f"a wire message cannot hold {tp!r}")
    lines = ["def read(v):"]
    for index, (condition, message, kind) in enumerate(found):
        lines.append(f"    {'if' if index == 0 else 'elif'} {condition}:")
        lines.append(f"        raise Bad([P((), {message!r}, {kind!r})])")
    lines.append("    return v")
    read: Reader = function("\n".join(lines), names, "read")
    return read


def function(source: str, names: dict[str, Any], name: str) -> Any:
    """Compile the generated `source` with `names` in scope; return its function `name`."""
    scope: dict[str, Any] = {}
    exec(compile(source, f"<wire {name}>", "exec"), names, scope)
    return scope[name]


def _parsing(parse: Callable[[Any], Any], kind: str) -> Reader:
    def read(value: Any) -> Any:
        try:
            return parse(value)
        except ValueError as exc:
            raise Bad([Problem((), str(exc), kind)]) from None

    return read


def _enum_reader(kind: type[enum.Enum]) -> Reader:
    by_value = {m.value: m for m in kind}
    message = "Input should be " + ", ".join(repr(v) for v in by_value)

    def read(value: Any) -> Any:
        found = by_value.get(value, MISSING) if type(value) is str else MISSING
        if found is MISSING:
            raise Bad([Problem((), message, "enum")])
        return found

    return read


def _list_reader(item: Reader, limit: int | None) -> Reader:
    def read(value: Any) -> tuple[Any, ...]:
        if type(value) is not list and type(value) is not tuple:
            raise Bad([Problem((), "Input should be a valid list", "list_type")])
        if limit is not None and len(value) > limit:
            message = f"List should have at most {limit} items, not {len(value)}"
            raise Bad([Problem((), message, "too_long")])
        out: list[Any] = []
        problems: list[Problem] = []
        for index, x in enumerate(value):
            try:
                out.append(item(x))
            except Bad as bad:
                problems += [Problem((index, *q.loc), q.msg, q.type) for q in bad.problems]
        if problems:
            raise Bad(problems)
        return tuple(out)

    return read


def _tagged_reader(tagged: Tagged, build: bool, nested: Nested) -> Reader:
    def read(tag: Any, value: Any) -> Any:
        choice = tagged.choices.get(tag) if type(tag) is str else None
        if choice is None:
            shown = ", ".join(repr(k) for k in tagged.choices)
            raise Bad([Problem((), f"no message of kind {tag!r}: one of {shown}", "union_tag")])
        return nested(choice, build)(value)

    return read


def write_expression(
    spec: Spec, value: str, helper: str, names: dict[str, Any], writer: Callable[[type[Any]], Any]
) -> str:
    """The expression writing the field `value` of type `spec.type` as plain data."""
    if spec.tagged is not None:
        names["encode"] = writer
        return f"encode(type({value}))({value})"
    return _write(spec.type, value, helper, names, writer)


def _write(tp: Any, value: str, helper: str, names: dict[str, Any], writer: Any) -> str:
    maybe = optional(tp)
    if maybe is not None:
        inner = _write(maybe, value, helper, names, writer)
        return value if inner == value else f"(None if {value} is None else {inner})"
    inner, _ = unwrap(tp)
    origin = typing.get_origin(inner)
    if origin is tuple or origin is list:
        item = _write(typing.get_args(inner)[0], "x", helper + "i", names, writer)
        return f"[{item} for x in {value}]"
    if inner is date or inner is datetime:
        return f"{value}.isoformat()"
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        return f"{value}.value"
    if dataclasses.is_dataclass(inner):
        names[helper] = writer(inner)
        return f"{helper}({value})"
    return value
