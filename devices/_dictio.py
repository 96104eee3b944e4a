"""Turn flat settings dataclasses into JSON-safe dicts and back, checking every value's type."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

from devices.errors import DeviceSettingsError

T = TypeVar("T")

_SCALARS: tuple[type, ...] = (bool, int, str)


def settings_to_dict(obj: object) -> dict[str, Any]:
    """Return the fields of a settings dataclass as a JSON-safe dict."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        raise TypeError(f"{obj!r} is not a settings dataclass instance")
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


def settings_from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
    """Build `cls` from a dict, refusing unknown keys and values of the wrong type."""
    if not isinstance(data, Mapping):
        raise DeviceSettingsError(f"{cls.__name__} needs a mapping of settings, got {data!r}")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(data) - names)
    if unknown:
        raise DeviceSettingsError(
            f"unknown {cls.__name__} setting(s): {', '.join(map(str, unknown))}; "
            f"known ones are {', '.join(sorted(names))}"
        )
    for key, value in data.items():
        check_type(cls.__name__, key, value, hints[key])
    return cls(**data)


def check_type(owner: str, name: str, value: object, hint: object) -> None:
    """Raise DeviceSettingsError unless `value` matches the (scalar or optional) type `hint`."""
    allowed = _allowed_types(hint)
    if value is None and type(None) in allowed:
        return
    if isinstance(value, bool) and bool not in allowed:
        raise DeviceSettingsError(f"{owner}.{name} must be {_describe(allowed)}, got {value!r}")
    if not isinstance(value, tuple(t for t in allowed if t is not type(None))):
        raise DeviceSettingsError(f"{owner}.{name} must be {_describe(allowed)}, got {value!r}")


def check_all_types(obj: object) -> None:
    """Check every field of a settings dataclass against its declared type."""
    cls = type(obj)
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        check_type(cls.__name__, f.name, getattr(obj, f.name), hints[f.name])


def _allowed_types(hint: object) -> tuple[type, ...]:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return tuple(typing.get_args(hint))
    if isinstance(hint, type) and hint in _SCALARS:
        return (hint,)
    raise TypeError(f"settings fields must be bool, int, str or optional ones, not {hint!r}")


def _describe(allowed: tuple[type, ...]) -> str:
    names = {bool: "true or false", int: "a whole number", str: "text", type(None): "empty"}
    return " or ".join(names.get(t, t.__name__) for t in allowed)
