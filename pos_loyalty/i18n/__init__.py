"""Texts people read, in one mechanism: written in English, marked for Qt Linguist, translated
through a port.

The core imports no Qt, yet its texts (report labels, slips, checkout reasons, programme
templates) are translated in the same `.ts` files as the window's, with Qt's plural forms:

- a table of texts marks each with `QT_TRANSLATE_NOOP("Context", "text")`, the same name Qt
  uses, so `pyside6-lupdate` collects it; the text is translated when it is shown;
- a text with a count is written where it is shown as a call of a translator named
  `translate`: `translate("Slip", "%n point(s)", None, points)`; `lupdate` collects it as a
  plural message and each language gives its forms (`%n` is replaced by the count).

Where the core renders text it asks `translator_for(language)` for a `Translate`. Each
composition root may install its own (`install_translators`): the desktop app installs one
backed by Qt's `QTranslator`; anything else (the central server, the core's tests) gets the
default, which reads the same compiled `.qm` files without Qt (`pos_loyalty.i18n.qm`).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Protocol

from pos_loyalty.i18n.qm import Catalogue, QmError, read_catalogue

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "QmTranslator",
    "Translate",
    "fill_count",
    "install_translators",
    "shipped_translator",
    "source_text",
    "translator_for",
]

LANGUAGES = ("ru", "en")
"""The languages the app speaks; English is the source language of every text."""


class Translate(Protocol):
    """Translate a marked text: Qt's `translate(context, source, disambiguation, n)`."""

    def __call__(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The text in the translator's language; `%n` replaced by `n` when n >= 0."""
        ...


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context` and return it unchanged."""
    del context
    return source


def fill_count(text: str, n: int) -> str:
    """Put the count in for `%n`, as Qt does (n < 0 means no count)."""
    return text.replace("%n", str(n)) if n >= 0 else text


def source_text(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English source text itself, the count filled in (no catalogue at all)."""
    del context, disambiguation
    return fill_count(source, n)


class QmTranslator:
    """A `Translate` over one compiled catalogue, read without Qt."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def __call__(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The translation, or the source text when the catalogue has none."""
        found = self.catalogue.lookup(context, source, disambiguation or "", n)
        return fill_count(found or source, n)


@functools.cache
def shipped_translator(language: str) -> Translate:
    """The translator of the `.qm` file shipped for `language`, read without Qt."""
    from resources import resource_path

    path = resource_path("translations", f"pos_loyalty_{language}.qm")
    try:
        return QmTranslator(read_catalogue(path))
    except (OSError, QmError):  # no catalogue for this language: the source text
        return source_text


TranslatorFactory = Callable[[str], Translate]

_lock = threading.Lock()
_factory: TranslatorFactory = shipped_translator


def install_translators(factory: TranslatorFactory | None) -> None:
    """Make `factory(language)` give the core's translators (None: the shipped catalogues)."""
    global _factory
    with _lock:
        _factory = factory or shipped_translator


def translator_for(language: str) -> Translate:
    """The translator into `language` ('ru', 'en') the composition root installed."""
    with _lock:
        factory = _factory
    return factory(language if language in LANGUAGES else "en")
