"""Programme use cases: show the current version, save a new one."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pos_loyalty.domain.programme import Programme
from pos_loyalty.services.lookup import require_programme
from pos_loyalty.services.ports import UnitOfWork


def current_programme(*, uow: UnitOfWork) -> Programme:
    """The programme in force."""
    with uow.read_only():
        return require_programme(uow)


def save_programme(data: dict[str, Any] | Programme, *, uow: UnitOfWork) -> Programme:
    """Save the rules as a new version (the next number); sales keep the version they used."""
    with uow:
        current = uow.programmes.current()
        version = 1 if current is None else current.version + 1
        if isinstance(data, Programme):
            programme = replace(data, version=version)
        else:
            programme = Programme.from_dict(data, version=version)
        uow.programmes.add(programme)
        uow.outbox.add("programme", programme.to_dict())
        uow.commit()
    return programme
