"""The language of the desktop app: the translators in force and money shown the local way.

The language comes from the store's settings, or from the system locale when nothing is saved
yet. Before the store is open (the counter's frame is painted first) `language_in_file` reads
the same setting straight from the SQLite file: one cheap read, one place the language is kept,
and no database layer loaded. Two translators are installed: the app's own
(`resources/translations`) and Qt's `qtbase_<lang>` for the standard buttons (OK, Cancel, ...).

The core's texts (report labels, slips, checkout reasons) are in the same `.ts` files; the core
asks `pos_loyalty.i18n.translator_for(language)` for them, and `install_translator` makes that
a `QtCoreTranslator`: Qt's own `QTranslator` over the app's `.qm` for each language, so the
window, the slips and the reports read one catalogue the same way. Money is written by the
core's one formatter (`pos_loyalty.i18n.local`) with the currency sign added here.

Switching the language while the app runs (Settings saved a new store language) reaches every
widget as Qt's LanguageChange event. A widget re-sets its fixed texts in `changeEvent`; texts it
drew from data (a member, a quote, a device's state) come from methods marked `@redrawn("...")`,
which `redraw` calls again with the same data in the new language.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pos_loyalty.i18n import fill_count, install_translators
from pos_loyalty.i18n.local import NBSP, money_text
from resources import resource_path

if TYPE_CHECKING:
    from pos_loyalty.services.ports import UnitOfWork

LANGUAGES = ("ru", "en")
"""The languages the app speaks; English is the source language of every text."""

_LOCALES = {
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}
_CURRENCY_SUFFIX = {"ru": NBSP + "₽", "en": ""}

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """Return "ru" when the system locale is Russian, otherwise "en"."""
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def stored_language(uow: UnitOfWork) -> str | None:
    """Return the language saved in the store settings, or None when none was saved."""
    with uow.read_only():
        store = uow.settings.get("store") or {}
    language = store.get("language") if isinstance(store, dict) else None
    return language if language in LANGUAGES else None


def language_in_file(path: Path) -> str | None:
    """Return the store's language saved in the SQLite file `path`, None if it cannot be read.

    Read-only and without the database layer: it runs before the counter's frame is painted.
    A missing file, a store not set up yet or a locked file all give None (the caller falls
    back to the system's language, and the store's own is installed once it is open).
    """
    if not path.is_file():
        return None
    try:
        uri = path.resolve().as_uri() + "?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=0.2)) as connection:
            row = connection.execute("SELECT value FROM settings WHERE key = 'store'").fetchone()
        store = json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError, OSError):
        return None
    language = store.get("language") if isinstance(store, dict) else None
    return language if language in LANGUAGES else None


class QtCoreTranslator:
    """The core's translator port over Qt: a `QTranslator` holding the app's `.qm` of a language.

    Not installed in the application: a report may be made in another language than the
    window's. `QTranslator.translate` only reads the loaded file, so any thread may call it.
    """

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = QTranslator()
        self.loaded = self._translator.load(_catalogue_name(language), str(_catalogue_folder()))

    def __call__(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The translation, or the source text when there is none; `%n` filled in."""
        found = self._translator.translate(context, source, disambiguation, n)
        return fill_count(found or source, n)


def _catalogue_name(language: str) -> str:
    return f"pos_loyalty_{language}"


def _catalogue_folder() -> Path:
    return resource_path("translations")


@functools.cache
def core_translator(language: str) -> QtCoreTranslator:
    """The Qt-backed translator of the core's texts into `language` (made once)."""
    return QtCoreTranslator(language)


def install_translator(qapp: QCoreApplication, language: str | None) -> str:
    """Install the translators for `language` (or the system's); return the language in force.

    English is the source language; its catalogue holds only the plural forms ("1 point").
    """
    global _current
    chosen = language if language in LANGUAGES else system_language()
    for translator in _installed:
        qapp.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [(_catalogue_name(chosen), str(_catalogue_folder()))]
    if chosen != "en":
        catalogues.insert(0, (f"qtbase_{chosen}", qt_folder))
    for name, folder in catalogues:
        translator = QTranslator(qapp)
        if translator.load(name, folder):
            qapp.installTranslator(translator)
            _installed.append(translator)
    for known in LANGUAGES:  # made on this thread, before a worker asks for one
        core_translator(known)
    install_translators(core_translator)
    _current = chosen
    return chosen


def current_language() -> str:
    """Return the language the app speaks now ("ru" or "en")."""
    return _current


def locale_for(language: str) -> QLocale:
    """Return the QLocale used to show numbers and dates in `language`."""
    return _LOCALES.get(language, _LOCALES["en"])


def format_money(minor: int, language: str) -> str:
    """Format minor units the local way: "1 234,50 ₽" in Russian, "1,234.50" in English."""
    return money_text(minor, language) + _CURRENCY_SUFFIX.get(language, "")


P = ParamSpec("P")
R = TypeVar("R")
_DRAWN = "_drawn_texts"


def redrawn(
    group: str,
) -> Callable[[Callable[Concatenate[Any, P], R]], Callable[Concatenate[Any, P], R]]:
    """Remember a method's last call in `group` (one per group) for `redraw`."""

    def wrap(method: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], R]:
        def call(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
            drawn = self.__dict__.setdefault(_DRAWN, {})
            drawn[group] = (method, args, kwargs)
            return method(self, *args, **kwargs)

        functools.update_wrapper(call, method)
        return call

    return wrap


def redraw(widget: object) -> None:
    """Call again the last `@redrawn` method of each group: the same data, today's language."""
    for method, args, kwargs in list(widget.__dict__.get(_DRAWN, {}).values()):
        method(widget, *args, **kwargs)
