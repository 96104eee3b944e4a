"""The language of the desktop app: the translators in force and money shown the local way.

The language comes from the store's settings, or from the system locale when nothing is saved
yet. Two translators are installed: the app's own (`resources/translations`) and Qt's
`qtbase_<lang>` for the standard buttons (OK, Cancel, Next, ...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
