"""Which store a report is about, and which terminals' activity counts for it.

A terminal knows its own store (the `terminal` setting: id and store name). Other stores'
terminals are known from the `store_terminals` setting ({"store name": ["terminal id", ...]}),
which an enrolled terminal keeps from the server's list of stores; where neither names the
store, the report cannot filter by it and says so. Terminal ids can also be given directly.
"""

from __future__ import annotations

from collections.abc import Sequence

from pos_loyalty.domain.errors import NotFound
from pos_loyalty.reports.period import Scope
from pos_loyalty.reports.ports import ReportQueries


def resolve_scope(
    queries: ReportQueries, store: str | None = None, terminals: Sequence[str] = ()
) -> Scope:
    """The scope for `--store` and `--terminal` (neither: every terminal, this store's name)."""
    if store:
        known = queries.stores()
        found = next(
            (ids for name, ids in known.items() if name.casefold() == store.casefold()), None
        )
        if found is None:
            names = ", ".join(sorted(known)) or "none"
            raise NotFound(
                f"no terminals are known for store '{store}' (known stores: {names}): "
                "give --terminal ID instead, or sync the terminal first"
            )
        chosen = tuple(sorted(set(found) | set(terminals)))
        return Scope(store, chosen)
    name = queries.store_name()
    if terminals:
        return Scope(name, tuple(sorted(set(terminals))))
    return Scope(name)
