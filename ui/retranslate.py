"""Say again in the new language what a window already shows, from the catalogue it came from.

A widget's fixed texts are set once, through `tr()`, when it is built. When Settings switches
the language, Qt sends `QEvent.LanguageChange`; a window then walks its widgets and looks each
text up in the catalogue of the language it was in: a text found there names its context and
English source, which is translated into the new language. A sentence with values (`Found {n}
members`, `Card not accepted: %1`) is matched by its shape, its values kept (a sentence inside
one, like a refusal after "Card not accepted:", is said again too); a count picks the new
language's plural form.

Only the texts of `tr()` contexts the window names (its classes and its word tables) are
touched, so a name typed by a person (a tier called "Gold") is never translated.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from pos_loyalty.i18n import Translate, shipped_translator, translator_for
from pos_loyalty.i18n.qm import Catalogue

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d|%n")
Text = tuple[Callable[[], str], Callable[[str], None]]
"""How to read a text shown on a widget, and how to show another in its place."""

_MIN_LITERAL = 4
"""A shape with fewer fixed letters than this ("{category}: {what}") matches anything: skipped."""


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a text came from: its context, English source and disambiguation."""

    context: str
    source: str
    comment: str
    numerus: bool


@dataclass(frozen=True, slots=True)
class _Shape:
    pattern: re.Pattern[str]
    holders: tuple[str, ...]
    literal: int
    origin: Origin


class Retranslation:
    """Texts of one language turned into another by way of their catalogue."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        self._translate: Translate = translator_for(new)
        self._exact: dict[str, list[Origin]] = {}
        shapes: list[_Shape] = []
        for shown, origin in _shown_texts(old):
            self._exact.setdefault(shown, []).append(origin)
            shape = _shape(shown, origin)
            if shape is not None:
                shapes.append(shape)
        self._shapes = sorted(shapes, key=lambda s: -s.literal)

    def text(self, shown: str, contexts: Sequence[str] | None = None) -> str | None:
        """`shown` in the new language, or None when it is not a text of these contexts."""
        if not shown or self.old == self.new:
            return None
        found = self._exact.get(shown)
        if found:
            origin = _closest(found, contexts)
            if origin is not None:
                return self._translate(origin.context, origin.source, origin.comment or None)
        return self._by_shape(shown, contexts)

    def _by_shape(self, shown: str, contexts: Sequence[str] | None) -> str | None:
        for shape in self._shapes:
            if contexts is not None and shape.origin.context not in contexts:
                continue
            match = shape.pattern.fullmatch(shown)
            if match is None:
                continue
            values = dict(zip(shape.holders, match.groups(), strict=True))
            return self._filled(shape.origin, values)
        return None

    def _filled(self, origin: Origin, values: dict[str, str]) -> str:
        count = int(values["%n"]) if "%n" in values else -1
        template = self._translate(origin.context, origin.source, origin.comment or None, count)
        for holder, value in values.items():
            if holder == "%n":
                continue
            if value.rstrip().endswith((".", "!", "?")):  # a sentence inside a sentence
                value = self.text(value) or value
            template = template.replace(holder, value)
        return template


def _closest(found: list[Origin], contexts: Sequence[str] | None) -> Origin | None:
    if contexts is None:
        return found[0]
    ranked = [o for c in contexts for o in found if o.context == c]
    return ranked[0] if ranked else None


def _shape(shown: str, origin: Origin) -> _Shape | None:
    parts = _PLACEHOLDER.split(shown)
    holders = tuple(_PLACEHOLDER.findall(shown))
    literal = sum(len(re.sub(r"\W", "", p)) for p in parts)
    if not holders or literal < _MIN_LITERAL:
        return None
    groups = [r"(-?\d+)" if h == "%n" else r"(.+?)" for h in holders]
    body = "".join(
        re.escape(p) + (groups[i] if i < len(groups) else "") for i, p in enumerate(parts)
    )
    return _Shape(re.compile(body, re.S), holders, literal, origin)


def _shown_texts(language: str) -> Iterable[tuple[str, Origin]]:
    """Every text the app may show in `language`, with where it came from."""
    every = _catalogue("ru")  # holds every message of the app, its source text included
    english = _catalogue("en")
    for (context, source, comment), forms in every.messages.items():
        origin = Origin(context, source, comment, len(forms) > 1)
        if language == "en":
            yield source, origin
            for form in english.messages.get((context, source, comment), ()):
                yield form, origin
        else:
            for form in forms if language == every.language else ():
                if form:
                    yield form, origin


@functools.cache
def _catalogue(language: str) -> Catalogue:
    translator = shipped_translator(language)
    return getattr(translator, "catalogue", Catalogue(language))


@functools.cache
def retranslation(old: str, new: str) -> Retranslation:
    """The retranslation from `old` to `new` (built once per pair)."""
    return Retranslation(old, new)


def contexts_of(widget: QObject, extra: Sequence[str] = ()) -> tuple[str, ...]:
    """The `tr()` contexts a widget's texts may come from: its classes, its parents' classes."""
    names: list[str] = []
    node: QObject | None = widget
    while node is not None:
        for cls in type(node).__mro__:
            if cls.__module__.startswith("ui.") and cls.__name__ not in names:
                names.append(cls.__name__)
        node = node.parent()
    return (*names, *extra)


def retranslate_tree(root: QWidget, old: str, new: str, words: Sequence[str] = ()) -> int:
    """Say again in `new` every text of `root` and its children that was said in `old`.

    `words` names the word tables (contexts) whose texts may show anywhere in `root`. Return
    how many texts changed.
    """
    if old == new:
        return 0
    change = retranslation(old, new)
    changed = 0
    for widget in [root, *root.findChildren(QWidget)]:
        contexts = contexts_of(widget, words)
        for getter, setter in _texts(widget):
            shown = getter()
            said = change.text(shown, contexts)
            if said is not None and said != shown:
                setter(said)
                changed += 1
        _refresh_headers(widget)
    return changed


def _texts(widget: QWidget) -> list[Text]:
    """(getter, setter) of every text a person reads on `widget` itself."""
    w = widget
    found: list[Text] = [(w.toolTip, w.setToolTip)]
    if isinstance(w, QMainWindow | QDockWidget) or w.isWindow():
        found.append((w.windowTitle, w.setWindowTitle))
    if isinstance(w, QLabel | QAbstractButton):
        found.append((w.text, w.setText))
    elif isinstance(w, QGroupBox):
        found.append((w.title, w.setTitle))
    elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
        found.append((w.placeholderText, w.setPlaceholderText))
    elif isinstance(w, QComboBox):
        found += [_item(w.itemText, w.setItemText, i) for i in range(w.count())]
    elif isinstance(w, QTabWidget):
        found += [_item(w.tabText, w.setTabText, i) for i in range(w.count())]
    elif isinstance(w, QAbstractSpinBox):
        found.append((w.specialValueText, w.setSpecialValueText))
        if isinstance(w, QSpinBox):
            found += [(w.suffix, w.setSuffix), (w.prefix, w.setPrefix)]
    if isinstance(w, QTableWidget):
        found += _table_headers(w)
    found += [(a.text, a.setText) for a in w.actions()]
    return found


def _item(get: Callable[[int], str], put: Callable[[int, str], None], index: int) -> Text:
    return (lambda: get(index), lambda text: put(index, text))


def _table_headers(table: QTableWidget) -> list[Text]:
    found: list[Text] = []
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        if item is not None:
            found.append((item.text, item.setText))
    return found


def _refresh_headers(widget: QWidget) -> None:
    """A table whose model translates its headers when asked shows them asked again."""
    if isinstance(widget, QTableView):
        header = widget.horizontalHeader()
        if header.count():
            header.headerDataChanged(Qt.Orientation.Horizontal, 0, header.count() - 1)
