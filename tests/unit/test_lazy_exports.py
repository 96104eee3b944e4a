"""A package's public names are imported on first use, from the one list of typed imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import devices
from pos_loyalty.lazy import typed_imports

PACKAGE = '''"""A package of two names."""
from typing import TYPE_CHECKING

from pos_loyalty.lazy import lazy_exports

if TYPE_CHECKING:
    from {name}.parts import Part, make_part as make

__all__ = {names!r}

__getattr__, __dir__ = lazy_exports(__name__, __file__, __all__)
'''


def write_package(root: Path, name: str, names: list[str]) -> None:
    folder = root / name
    folder.mkdir()
    (folder / "__init__.py").write_text(PACKAGE.format(name=name, names=names))
    parts = "class Part: ...\n\n\ndef make_part() -> Part:\n    return Part()\n"
    (folder / "parts.py").write_text(parts)


def run(root: Path, code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60
    )


def test_a_name_is_imported_from_its_module_when_first_used(tmp_path: Path) -> None:
    write_package(tmp_path, "kit", ["Part", "make"])
    code = (
        "import sys, kit\n"
        "print('kit.parts' in sys.modules, sorted(dir(kit)))\n"
        "print(type(kit.make()).__name__, 'kit.parts' in sys.modules, 'make' in vars(kit))\n"
    )
    done = run(tmp_path, code)
    assert done.stdout.splitlines() == ["False ['Part', 'make']", "Part True True"], done.stderr


def test_a_name_in_all_without_its_import_is_refused_at_once(tmp_path: Path) -> None:
    write_package(tmp_path, "kit", ["Part", "make", "Missing"])
    done = run(tmp_path, "import kit")
    assert done.returncode != 0
    assert "kit: __all__ and its TYPE_CHECKING imports differ on ['Missing']" in done.stderr


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="module 'devices' has no attribute 'Nothing'"):
        devices.Nothing  # noqa: B018


def test_every_public_name_of_the_devices_resolves_to_its_modules_own_object() -> None:
    where = typed_imports(Path(devices.__file__).read_text(encoding="utf-8"))
    assert sorted(where) == sorted(devices.__all__) == dir(devices)
    for name, (module, original) in where.items():
        assert getattr(devices, name) is getattr(sys.modules[module], original)


def test_the_scanners_validation_loads_no_printer_serial_port_or_reportlab() -> None:
    code = (
        "import sys\n"
        "from devices import validate_text\n"
        "print(' '.join(m for m in ('serial', 'reportlab', 'devices.printer.pdf') "
        "if m in sys.modules))\n"
    )
    done = run(Path.cwd(), code)
    assert done.returncode == 0 and done.stdout.strip() == "", done.stderr
