"""The reports window of the desktop app (tables, QtCharts, printing, PDF and CSV)."""

from ui.reports.window import ReportsWindow

__all__ = ["ReportsWindow"]
