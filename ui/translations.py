"""Keep the translations in step with the code: `python -m ui.translations update|release`.

`update` collects every translatable text of `ui/` and of the core (`pos_loyalty/`, whose texts
are marked with `pos_loyalty.i18n`) into `resources/translations/*.ts` (texts no longer in the
code are dropped); translate them in Qt Linguist (`pyside6-linguist`) or by hand, then `release`
compiles the `.qm` files the app loads. English is the source language: its file holds only the
texts with a count (`-pluralonly`), whose English forms ("1 point", "2 points") it gives.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from resources import resource_path

UI_FOLDER = Path(__file__).resolve().parent
CORE_FOLDER = UI_FOLDER.parent / "pos_loyalty"
LANGUAGES = ("ru", "en")
SOURCE_LANGUAGE = "en"
"""English is written in the code: its catalogue gives only the plural forms."""


def translation_file(language: str, suffix: str) -> Path:
    """Return the path of the app's translation file for `language` ('.ts' or '.qm')."""
    return resource_path("translations", f"pos_loyalty_{language}{suffix}")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    """Return the Python files of the desktop app and the core that may hold texts to translate."""
    ui = [p for p in UI_FOLDER.rglob("*.py") if "cli" not in p.relative_to(UI_FOLDER).parts]
    return sorted([*ui, *CORE_FOLDER.rglob("*.py")])


def update() -> None:
    """Collect the texts of `ui/` and the core into each language's .ts file."""
    files = [str(p) for p in sources()]
    for language in LANGUAGES:
        target = translation_file(language, ".ts")
        target.parent.mkdir(parents=True, exist_ok=True)
        command = [_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "relative"]
        if language == SOURCE_LANGUAGE:
            command.append("-pluralonly")
        subprocess.run([*command, "-target-language", language, "-ts", str(target)], check=True)


def release() -> None:
    """Compile each language's .ts file into the .qm file the app loads."""
    for language in LANGUAGES:
        source = translation_file(language, ".ts")
        target = translation_file(language, ".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(source), "-qm", str(target)], check=True)


def main(argv: list[str] | None = None) -> int:
    """Run `update` or `release`."""
    args = sys.argv[1:] if argv is None else argv
    actions = {"update": update, "release": release}
    if len(args) != 1 or args[0] not in actions:
        print("usage: python -m ui.translations update|release", file=sys.stderr)
        return 2
    actions[args[0]]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
