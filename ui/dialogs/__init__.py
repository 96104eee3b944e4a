"""The desktop app's dialogs: sign-in, a manager's approval, first-run set-up and settings.

Each name is imported from its module when first used, so the counter window does not load
the first-run wizard and the settings (and what they import) before it is shown.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.dialogs.first_run import FirstRunWizard, needs_first_run
    from ui.dialogs.manager_pin import ManagerPinDialog, ask_manager_approval
    from ui.dialogs.settings import SettingsDialog
    from ui.dialogs.sign_in import SignInDialog

__all__ = [
    "FirstRunWizard",
    "ManagerPinDialog",
    "SettingsDialog",
    "SignInDialog",
    "ask_manager_approval",
    "needs_first_run",
]

_WHERE = {
    "FirstRunWizard": "ui.dialogs.first_run",
    "needs_first_run": "ui.dialogs.first_run",
    "ManagerPinDialog": "ui.dialogs.manager_pin",
    "ask_manager_approval": "ui.dialogs.manager_pin",
    "SettingsDialog": "ui.dialogs.settings",
    "SignInDialog": "ui.dialogs.sign_in",
}


def __getattr__(name: str) -> Any:
    """Import `name` from the module that defines it, once."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'ui.dialogs' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
