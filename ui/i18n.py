"""The language of the desktop app: the translators in force and money shown the local way.

The language comes from the store's settings, or from the system locale when nothing is saved
yet. Before the store is open (the counter's frame is painted first) `language_in_file` reads
the same setting straight from the SQLite file: one cheap read, one place the language is kept,
and no database layer loaded. Two translators are installed: the app's own
(`resources/translations`) and Qt's `qtbase_<lang>` for the standard buttons (OK, Cancel, ...).

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

from resources import resource_path

if TYPE_CHECKING:
    from pos_loyalty.services.ports import UnitOfWork

LANGUAGES = ("ru", "en")
"""The languages the app speaks; English is the source language of every text."""

_LOCALES = {
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}
_CURRENCY_SUFFIX = {"ru": "\u00a0₽", "en": ""}

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


def install_translator(qapp: QCoreApplication, language: str | None) -> str:
    """Install the translators for `language` (or the system's); return the language in force."""
    global _current
    chosen = language if language in LANGUAGES else system_language()
    for translator in _installed:
        qapp.removeTranslator(translator)
    _installed.clear()
    if chosen != "en":
        app_file = resource_path("translations", f"pos_loyalty_{chosen}.qm")
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"qtbase_{chosen}", qt_folder),
            (app_file.stem, str(app_file.parent)),
        ):
            translator = QTranslator(qapp)
            if translator.load(name, folder):
                qapp.installTranslator(translator)
                _installed.append(translator)
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
    locale = locale_for(language)
    units, cents = divmod(abs(minor), 100)
    sign = locale.negativeSign() if minor < 0 else ""
    whole = locale.toString(units)
    return f"{sign}{whole}{locale.decimalPoint()}{cents:02d}{_CURRENCY_SUFFIX.get(language, '')}"


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
