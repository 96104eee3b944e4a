"""The request and response schemas of the sync, built from the core's wire declarations.

Each message is declared once, as a dataclass in `pos_loyalty.wire`; this module turns it into
a pydantic model for FastAPI (validation with the usual 422 `detail`, the OpenAPI description)
with the same fields, bounds and defaults: a whole number is a strict integer with its bounds,
text keeps its length, pattern and the storable-text check, dates and instants are read by the
core's own readers. `body(cls)` is the type of a route's body: the validated model is handed to
the route as the core's dataclass. A message with a tagged field (a pushed message, whose
payload type its `kind` chooses) becomes a union of one model per payload type, told apart by
the tag.
"""

from __future__ import annotations

import dataclasses
import enum
import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    create_model,
)

from pos_loyalty.wire import WireError, decode
from pos_loyalty.wire.checks import Spec, fields_of, optional, unwrap
from pos_loyalty.wire.fields import Items, Text, Whole, read_day, read_instant, storable_text

WIRE = "__wire__"
"""The attribute of a generated model naming the dataclass it was built from."""


def body(cls: type[Any]) -> Any:
    """The type of a route body that reads as `cls`: its model, handed over as the dataclass.

    The core's compiled reader (`pos_loyalty.wire.decode`) reads it first, straight into the
    dataclass (a push is thousands of entries, and building a model of each only to copy it
    out took as long again); a body it refuses is validated by the model, so the answer is
    FastAPI's usual 422 naming every problem and its place.
    """

    def read(value: Any, validate: ValidatorFunctionWrapHandler) -> Any:
        if type(value) is dict:
            try:
                return decode(cls, value)
            except WireError:
                pass
        return to_wire(validate(value))

    return Annotated[schema(cls), WrapValidator(read)]


def schema(cls: type[Any]) -> Any:
    """The pydantic model of a wire message (a tagged union for a message with a tagged field).

    Made once per class, so every route and every message that holds it shares one model.
    """
    found = _SCHEMAS.get(cls)
    if found is None:
        found = _SCHEMAS[cls] = _schema(cls)
    return found


_SCHEMAS: dict[type[Any], Any] = {}


def _schema(cls: type[Any]) -> Any:
    specs = fields_of(cls)
    tagged = next((s for s in specs if s.tagged is not None), None)
    if tagged is None or tagged.tagged is None:
        return _model(cls.__name__, cls, specs, {})
    by_type: dict[type[Any], list[str]] = {}
    for kind, payload in tagged.tagged.choices.items():
        by_type.setdefault(payload, []).append(kind)
    variants = tuple(
        _model(
            f"{payload.__name__.removesuffix('Payload')}Message",
            cls,
            specs,
            {tagged.tagged.tag: Literal[*kinds], tagged.name: schema(payload)},
        )
        for payload, kinds in by_type.items()
    )
    return Annotated[typing.Union[variants], Field(discriminator=tagged.tagged.tag)]  # noqa: UP007


def _model(name: str, cls: type[Any], specs: tuple[Spec, ...], fixed: dict[str, Any]) -> Any:
    extra: Any = getattr(cls, "EXTRA", "ignore")
    fields: dict[str, Any] = {}
    for spec in specs:
        if spec.rest:
            extra = "allow"
            continue
        annotation = fixed.get(spec.name) or annotation_of(spec.type)
        default = ... if spec.default is dataclasses.MISSING else spec.default
        fields[spec.name] = (annotation, default)
    model = create_model(
        name,
        __config__=ConfigDict(extra=extra),
        __doc__=cls.__doc__,
        __module__=cls.__module__,
        **fields,
    )
    setattr(model, WIRE, cls)
    return model


def annotation_of(tp: Any) -> Any:
    """The pydantic type of a field type of the wire."""
    maybe = optional(tp)
    if maybe is not None:
        return annotation_of(maybe) | None
    inner, marks = unwrap(tp)
    origin = typing.get_origin(inner)
    if origin is tuple or origin is list:
        limit = next((m.max_length for m in marks if isinstance(m, Items)), None)
        item = annotation_of(typing.get_args(inner)[0])
        return Annotated[list[item], Field(max_length=limit)]  # type: ignore[valid-type]
    if inner is int:
        bounds = next((m for m in marks if isinstance(m, Whole)), Whole())
        return Annotated[int, Strict(), Field(ge=bounds.ge, le=bounds.le)]
    if inner is bool:
        return Annotated[bool, Strict()]
    if inner is str:
        return _text(next((m for m in marks if isinstance(m, Text)), None))
    if inner is date:
        return Annotated[date, BeforeValidator(read_day)]
    if inner is datetime:
        return Annotated[datetime, BeforeValidator(read_instant)]
    if dataclasses.is_dataclass(inner):
        return schema(inner)  # type: ignore[arg-type]
    if (isinstance(inner, type) and issubclass(inner, enum.Enum)) or origin is Literal:
        return inner
    if inner is dict or origin is dict or inner is Any:
        return inner
    raise TypeError(f"no schema for the wire type {tp!r}")


def _text(spec: Text | None) -> Any:
    if spec is None:
        return str
    limits = StringConstraints(
        min_length=spec.min_length or None, max_length=spec.max_length, pattern=spec.pattern
    )
    if not spec.storable:
        return Annotated[str, limits]
    return Annotated[str, limits, AfterValidator(_storable)]


def _storable(value: str) -> str:
    problem = storable_text(value)
    if problem is not None:
        raise ValueError(problem)
    return value


def to_wire(model: BaseModel) -> Any:
    """The core's dataclass of a validated model (its nested models converted too)."""
    return _converter(type(model))(model)


_CONVERTERS: dict[type[BaseModel], Callable[[BaseModel], Any]] = {}


def _converter(model: type[BaseModel]) -> Callable[[BaseModel], Any]:
    """How a model of this class becomes its dataclass: a push holds thousands, so a flat
    payload is handed over as it is and only nested fields are converted."""
    found = _CONVERTERS.get(model)
    if found is not None:
        return found
    cls = getattr(model, WIRE)
    specs = fields_of(cls)
    nested = [s.name for s in specs if not s.rest and _holds_models(s)]
    rest = next((s.name for s in specs if s.rest), None)

    def convert(m: BaseModel) -> Any:
        values = dict(m.__dict__)
        for name in nested:
            values[name] = _value(values[name])
        if rest is not None:
            values[rest] = dict(m.model_extra or {})
        return cls(**values)

    def flat(m: BaseModel) -> Any:
        return cls(**m.__dict__)

    found = _CONVERTERS[model] = convert if nested or rest else flat
    return found


def _holds_models(spec: Spec) -> bool:
    if spec.tagged is not None:
        return True
    inner, _ = unwrap(optional(spec.type) or spec.type)
    origin = typing.get_origin(inner)
    return origin is tuple or origin is list or dataclasses.is_dataclass(inner)


def _value(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return to_wire(value)
    if isinstance(value, list):
        return tuple(_value(x) for x in value)
    return value
