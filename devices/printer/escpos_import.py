"""Import python-escpos modules without their side effect on the application's logging.

`escpos.capabilities` calls `logging.basicConfig()` when it is imported, which would install a
root handler before the application configures logging its own way. The import is done with a
placeholder handler in place, so that call does nothing.
"""

from __future__ import annotations

import importlib
import logging
from types import ModuleType


def import_escpos(name: str) -> ModuleType:
    """Import an escpos module (e.g. 'escpos.capabilities') leaving the root logger untouched."""
    root = logging.getLogger()
    guard = None if root.handlers else logging.NullHandler()
    if guard is not None:
        root.addHandler(guard)
    try:
        return importlib.import_module(name)
    finally:
        if guard is not None:
            root.removeHandler(guard)
