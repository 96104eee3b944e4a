"""Every word the reports print, in Russian and English (the same keys in both)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pos_loyalty.reports.labels_en import EN
from pos_loyalty.reports.labels_ru import RU
from pos_loyalty.reports.period import Language


class Labels:
    """The labels of one language: `t[key]`, `t.get(key, default)`, `t.format(key, **values)`."""

    __slots__ = ("_texts", "language")

    def __init__(self, language: Language, texts: Mapping[str, str]) -> None:
        self.language = language
        self._texts = texts

    def __getitem__(self, key: str) -> str:
        return self._texts[key]

    def get(self, key: str, default: str) -> str:
        """The label, or `default` when there is none (e.g. an entry kind added later)."""
        return self._texts.get(key, default)

    def format(self, key: str, **values: Any) -> str:
        """The label with `{name}` placeholders filled in."""
        return self._texts[key].format(**values)

    def keys(self) -> frozenset[str]:
        """Every key this language has."""
        return frozenset(self._texts)


_ALL: dict[str, Labels] = {"en": Labels("en", EN), "ru": Labels("ru", RU)}


def labels_for(language: Language) -> Labels:
    """The labels of `language` ("ru" or "en")."""
    return _ALL[language]
