"""Read Qt's compiled translations (`.qm`) without Qt: the messages and the plural rule.

The app's texts are translated once, in Qt Linguist's `.ts` files, and compiled by `lrelease`
into `.qm` files. The desktop app reads them with Qt's own `QTranslator`; whatever runs without
Qt (the central server, the command line's core, the core's tests) reads the same files here.
Plural forms follow the rule `lrelease` compiled into the file (Russian: 1, 21 балл; 2, 22
балла; 5, 11 баллов), so no plural rule is written by hand anywhere.

The format is Qt's (`qtranslator.cpp`): a magic number, then tagged blocks; the messages block
holds, per message, its translations (UTF-16), source text, context and comment (UTF-8).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

_LANGUAGE, _MESSAGES, _NUMERUS_RULES = 0xA7, 0x69, 0x88
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 6, 7, 8, 9

# the plural rule's byte code (qtranslator.cpp, numerusHelper)
_EQ, _LT, _LEQ, _BETWEEN, _OP_MASK = 0x01, 0x02, 0x03, 0x04, 0x07
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR = 0xFD, 0xFE

Key = tuple[str, str, str]
"""(context, source text, disambiguation comment)."""


class QmError(ValueError):
    """The file is not a `.qm` file this reader understands."""


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The translations of one `.qm` file: every message and the language's plural rule."""

    language: str = ""
    messages: dict[Key, tuple[str, ...]] = field(default_factory=dict)
    numerus_rules: bytes = b""

    def lookup(self, context: str, source: str, comment: str = "", n: int = -1) -> str | None:
        """The translation (the plural form for `n` when n >= 0), or None when there is none."""
        forms = self.messages.get((context, source, comment))
        if forms is None and comment:
            forms = self.messages.get((context, source, ""))
        if not forms:
            return None
        index = plural_form(n, self.numerus_rules) if n >= 0 else 0
        return forms[index] if index < len(forms) else None


def read_catalogue(path: Path) -> Catalogue:
    """Read a `.qm` file written by `lrelease`."""
    data = path.read_bytes()
    if not data.startswith(MAGIC):
        raise QmError(f"{path} is not a compiled Qt translation (.qm)")
    language, messages, rules = "", b"", b""
    at = len(MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        block = data[at + 5 : at + 5 + length]
        at += 5 + length
        if tag == _LANGUAGE:
            language = block.decode("utf-8")
        elif tag == _MESSAGES:
            messages = block
        elif tag == _NUMERUS_RULES:
            rules = block
    return Catalogue(language, _messages(messages), rules)


def _messages(block: bytes) -> dict[Key, tuple[str, ...]]:
    found: dict[Key, tuple[str, ...]] = {}
    at = 0
    while at < len(block):
        translations: list[str] = []
        context = source = comment = ""
        while at < len(block):
            tag, at = block[at], at + 1
            if tag == _END:
                break
            if tag == _OBSOLETE1:
                at += 4
                continue
            if tag == _OBSOLETE2:
                continue
            length = struct.unpack_from(">I", block, at)[0]
            at += 4
            if length == 0xFFFFFFFF:  # a null string
                if tag == _TRANSLATION:
                    translations.append("")
                continue
            raw, at = block[at : at + length], at + length
            if tag == _TRANSLATION:
                translations.append(raw.decode("utf-16-be"))
            elif tag in (_SOURCE, _SOURCE16):
                source = raw.decode("utf-8" if tag == _SOURCE else "utf-16-be")
            elif tag in (_CONTEXT, _CONTEXT16):
                context = raw.decode("utf-8" if tag == _CONTEXT else "utf-16-be")
            elif tag == _COMMENT:
                comment = raw.decode("utf-8")
        found[(context, source, comment)] = tuple(translations)
    return found


def plural_form(n: int, rules: bytes) -> int:
    """Which plural form `n` takes under the compiled rule (0 when the file has none)."""
    form, at = 0, 0
    if not rules:
        return 0
    while True:
        matched, at = _or_expression(n, rules, at)
        if matched or at >= len(rules):
            return form if matched else form + 1
        form, at = form + 1, at + 1  # skip the new-rule marker


def _or_expression(n: int, rules: bytes, at: int) -> tuple[bool, int]:
    result = False
    while True:
        matched = True
        while True:
            truth, at = _comparison(n, rules, at)
            matched = matched and truth
            if at >= len(rules) or rules[at] != _AND:
                break
            at += 1
        result = result or matched
        if at >= len(rules) or rules[at] != _OR:
            return result, at
        at += 1


def _comparison(n: int, rules: bytes, at: int) -> tuple[bool, int]:
    opcode, right = rules[at], rules[at + 1]
    at += 2
    left = n
    if opcode & _MOD_10:
        left %= 10
    elif opcode & _MOD_100:
        left %= 100
    elif opcode & _LEAD_1000:
        while left >= 1000:
            left //= 1000
    op = opcode & _OP_MASK
    if op == _EQ:
        truth = left == right
    elif op == _LT:
        truth = left < right
    elif op == _LEQ:
        truth = left <= right
    elif op == _BETWEEN:
        truth, at = right <= left <= rules[at], at + 1
    else:
        raise QmError(f"unknown plural rule operator {op}")
    return (not truth if opcode & _NOT else truth), at
