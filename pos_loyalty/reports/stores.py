"""Figures by store, for the chain-wide reports the central server makes.

Sales, ledger entries and refunds carry their terminal, and `ReportQueries.stores()` names each
store's terminals, so a terminal's figures add up into its store's. Members, cards, lots and
balances carry no store: those figures stay chain-wide, and the reports say so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, Self, TypeVar

from pos_loyalty.reports.blocks import column
from pos_loyalty.reports.document import Kind, Row, Table
from pos_loyalty.reports.labels import Labels
from pos_loyalty.reports.rows import PointsDay


def store_of(stores: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Each known terminal's store."""
    return {terminal: name for name, ids in stores.items() for terminal in ids}


def store_name(terminal: str, owners: Mapping[str, str], t: Labels) -> str:
    """The store a terminal belongs to, or the terminal's id marked as not enrolled."""
    return owners.get(terminal) or f"{terminal} {t['word.unknown_store']}"


class Summable(Protocol):
    """Figures that add up (a terminal's into its store's)."""

    def add(self, other: Self) -> None:
        """Add `other` to these figures."""


S = TypeVar("S", bound=Summable)


def group_by_store(
    by_terminal: Mapping[str, S],
    stores: Mapping[str, tuple[str, ...]],
    chosen: tuple[str, ...] | None,
    t: Labels,
    empty: Callable[[], S],
) -> tuple[tuple[str, S], ...]:
    """Each store's terminals added up, in store order.

    Every store is listed, with or without figures (only those with a chosen terminal when
    `chosen` names some); a terminal of no known store is listed under its own id.
    """
    owners = store_of(stores)
    found = {n: empty() for n, ids in stores.items() if chosen is None or set(ids) & set(chosen)}
    for terminal, figures in by_terminal.items():
        found.setdefault(store_name(terminal, owners, t), empty()).add(figures)
    return tuple(sorted(found.items()))


@dataclass(frozen=True, slots=True)
class StorePoints:
    """Points a store's terminals credited and debited (debits as a positive number)."""

    store: str
    credited: int
    debited: int

    @property
    def net(self) -> int:
        """Credited less debited."""
        return self.credited - self.debited


def points_by_store(
    rows: list[PointsDay], stores: Mapping[str, tuple[str, ...]], t: Labels
) -> tuple[StorePoints, ...]:
    """Sum the terminals' credits and debits into their stores', in store order."""
    owners = store_of(stores)
    sums: dict[str, list[int]] = {name: [0, 0] for name in stores}
    for row in rows:
        pair = sums.setdefault(store_name(row.terminal_id, owners, t), [0, 0])
        pair[0] += row.added
        pair[1] += row.removed
    return tuple(StorePoints(name, a, b) for name, (a, b) in sorted(sums.items()))


def store_points_table(t: Labels, found: tuple[StorePoints, ...]) -> Table:
    """The liability's table by store, with a total line."""
    columns = (
        column(t, "store", Kind.TEXT, 3),
        column(t, "credited", Kind.POINTS),
        column(t, "debited", Kind.POINTS),
        column(t, "net", Kind.POINTS),
    )
    rows: list[Row] = [(s.store, s.credited, s.debited, s.net) for s in found]
    total = StorePoints(
        t["word.total"], sum(s.credited for s in found), sum(s.debited for s in found)
    )
    rows.append((total.store, total.credited, total.debited, total.net))
    return Table("liability_stores", t["table.liability_stores"], columns, tuple(rows), len(rows))
