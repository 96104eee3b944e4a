"""Every word the reports print, translated through the app's one translation mechanism.

The English texts are the source (`labels_en`, each marked for Qt Linguist in its context);
the other languages live in the app's `.ts` files and reach a report through the translator the
composition root installed (`pos_loyalty.i18n.translator_for`), or one given here.
"""

from __future__ import annotations

from typing import Any

from pos_loyalty.i18n import Translate, translator_for
from pos_loyalty.reports.labels_en import GROUPS
from pos_loyalty.reports.period import Language

_SOURCES: dict[str, tuple[str, str]] = {
    key: (context, text) for context, table in GROUPS for key, text in table.items()
}
"""key -> (context, English source text)."""


class Labels:
    """The labels of one language: `t[key]`, `t.get(key, default)`, `t.format(key, **values)`."""

    __slots__ = ("language", "translate")

    def __init__(self, language: Language, translate: Translate) -> None:
        self.language = language
        self.translate = translate
        """The translator itself, for words kept in other tables (the ledger's reasons)."""

    def __getitem__(self, key: str) -> str:
        context, text = _SOURCES[key]
        return self.translate(context, text)

    def get(self, key: str, default: str) -> str:
        """The label, or `default` when there is none (e.g. an entry kind added later)."""
        return self[key] if key in _SOURCES else default

    def format(self, key: str, **values: Any) -> str:
        """The label with `{name}` placeholders filled in."""
        return self[key].format(**values)

    def keys(self) -> frozenset[str]:
        """Every key there is a label for."""
        return frozenset(_SOURCES)


def labels_for(language: Language, translate: Translate | None = None) -> Labels:
    """The labels of `language` ("ru" or "en"), through `translate` or the installed one."""
    return Labels(language, translate or translator_for(language))


def sources() -> dict[str, tuple[str, str]]:
    """Every label's (context, English source), by key: for checks that all are translated."""
    return dict(_SOURCES)
