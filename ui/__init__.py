"""The desktop app's composition root: the command line and (lazily) the Qt windows.

Importing `ui` never imports Qt; only the window code does, when a window is opened.
"""
