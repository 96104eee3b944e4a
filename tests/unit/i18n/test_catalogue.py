"""The core reads Qt's compiled translations without Qt: the messages and Qt's plural rule."""

from __future__ import annotations

import pytest

from pos_loyalty.i18n import (
    QmTranslator,
    shipped_translator,
    source_text,
    translator_for,
)
from pos_loyalty.i18n.qm import Catalogue, plural_form
from pos_loyalty.reports.labels import labels_for, sources

RUSSIAN = shipped_translator("ru")


def test_the_shipped_russian_catalogue_carries_qts_russian_plural_rule() -> None:
    assert isinstance(RUSSIAN, QmTranslator)
    rules = RUSSIAN.catalogue.numerus_rules
    assert RUSSIAN.catalogue.language == "ru"
    forms = {n: plural_form(n, rules) for n in (0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111)}
    assert forms == {
        0: 2,
        1: 0,
        2: 1,
        4: 1,
        5: 2,
        11: 2,
        12: 2,
        14: 2,
        21: 0,
        22: 1,
        25: 2,
        101: 0,
        111: 2,
    }


def test_the_english_catalogue_gives_the_singular_of_one_only() -> None:
    rules = shipped_translator("en").catalogue.numerus_rules  # type: ignore[attr-defined]
    assert [plural_form(n, rules) for n in (0, 1, 2, 21)] == [1, 0, 1, 1]


def test_a_text_without_a_translation_is_its_source_with_the_count_filled_in() -> None:
    assert RUSSIAN("Nowhere", "%n things", None, 3) == "3 things"
    assert source_text("Reports", "Total") == "Total"
    assert QmTranslator(Catalogue())("Reports", "Page {page}") == "Page {page}"


def test_a_disambiguated_text_falls_back_to_the_plain_one_as_in_qt() -> None:
    catalogue = Catalogue("ru", {("Reports", "Total", ""): ("Итого",)}, b"")
    assert QmTranslator(catalogue)("Reports", "Total", "column") == "Итого"


def test_every_report_label_is_translated_into_russian() -> None:
    missing = [
        key
        for key, (context, text) in sources().items()
        if RUSSIAN.catalogue.lookup(context, text) is None  # type: ignore[attr-defined]
    ]
    assert missing == []


def test_report_labels_come_from_the_translator_installed_for_the_language() -> None:
    assert labels_for("ru")["z.title"] == "Дневной Z-отчёт программы лояльности"
    assert labels_for("en")["z.title"] == "Daily loyalty Z-report"
    assert labels_for("ru").format("hdr.page", page=2) == "Стр. 2"
    assert labels_for("ru", source_text)["col.total"] == "Total"
    assert translator_for("de") is translator_for("en")


@pytest.mark.parametrize("key", ["col.total", "word.total"])
def test_the_same_english_word_keeps_apart_in_two_contexts(key: str) -> None:
    assert labels_for("ru")[key] == {"col.total": "Сумма", "word.total": "Итого"}[key]
