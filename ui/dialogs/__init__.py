"""The desktop app's dialogs: sign-in, a manager's approval, first-run set-up and settings."""

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
