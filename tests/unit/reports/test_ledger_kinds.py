"""The reports name a ledger entry's kind with the back office's words: one table in the core
(`pos_loyalty.domain.ledger_words`), so a merge's transfer or a reward reads the same in the
member's history, the ledger export and the statement, in either language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest

from pos_loyalty.domain.ledger import EntryKind
from pos_loyalty.domain.ledger_words import CONTEXT, LEDGER_KINDS
from pos_loyalty.i18n import shipped_translator
from pos_loyalty.reports.labels import labels_for
from pos_loyalty.reports.ledger_export import LedgerRows
from pos_loyalty.reports.period import Period
from pos_loyalty.reports.rows import LedgerLine

DAY = date(2026, 3, 2)


class _OneOfEachKind:
    def ledger_lines(self, period: Period, terminals: Any) -> Iterator[LedgerLine]:
        for seq, kind in enumerate(EntryKind, 1):
            at = datetime(2026, 3, 2, 9, seq, tzinfo=UTC)
            yield LedgerLine(DAY, at, "T-1", seq, "0420000000013", kind.value, 1, None, "")


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_ledger_export_names_every_kind_as_the_back_office_does(language: str) -> None:
    words = shipped_translator(language)
    labels = labels_for(language, words)
    rows = LedgerRows(_OneOfEachKind(), Period(DAY, DAY), None, UTC, labels)  # type: ignore[arg-type]
    named = [row[4] for row in rows]
    assert named == [words(CONTEXT, LEDGER_KINDS[kind.value]) for kind in EntryKind]
    assert not {kind.value for kind in EntryKind} & set(named)  # no bare code


def test_in_russian_a_transfer_is_no_card_replacement_and_a_reward_is_named() -> None:
    words = shipped_translator("ru")
    rows = LedgerRows(_OneOfEachKind(), Period(DAY, DAY), None, UTC, labels_for("ru", words))  # type: ignore[arg-type]
    named = {EntryKind(k).value: row[4] for k, row in zip(EntryKind, rows, strict=True)}
    assert named["transfer"] == words(CONTEXT, "Transferred") != "Transferred"
    assert named["reward"] == words(CONTEXT, "Reward") != "Reward"
