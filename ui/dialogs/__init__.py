"""The desktop app's dialogs: sign-in, a manager's approval, first-run set-up and settings.

Each dialog is imported from its own module (`ui.dialogs.sign_in`, `ui.dialogs.first_run`, ...)
where it is used, so the counter window does not load the first-run wizard and the settings
(and what they import) before it is shown.
"""
