"""Report charts as QtCharts views: the same bars, lines and pies as the PDF."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from pos_loyalty.reports import Chart, ChartKind
from pos_loyalty.reports.plotting import plot_value

CHART_HEIGHT = 260


def chart_view(chart: Chart, parent: QWidget | None = None) -> QChartView:
    """A view of the chart (values through `plot_value`, the reports' one float conversion)."""
    qchart = QChart()
    qchart.setTitle(chart.title)
    qchart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    if chart.kind is ChartKind.PIE:
        _pie(qchart, chart)
    else:
        _axes(qchart, chart)
    qchart.legend().setVisible(chart.kind is ChartKind.PIE or len(chart.series) > 1)
    qchart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(qchart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(CHART_HEIGHT)
    view.setObjectName(f"chart_{chart.key}")
    return view


def _pie(qchart: QChart, chart: Chart) -> None:
    series = QPieSeries()
    for name, value in zip(chart.categories, chart.series[0].values, strict=True):
        if value > 0:
            series.append(name, plot_value(value, chart.unit))
    qchart.addSeries(series)


def _axes(qchart: QChart, chart: Chart) -> None:
    axis_x = QBarCategoryAxis()
    axis_x.append(list(chart.categories))
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    qchart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    qchart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    values = [plot_value(v, chart.unit) for s in chart.series for v in s.values]
    axis_y.setRange(min(0.0, *values) if values else 0.0, max(1.0, *values) if values else 1.0)
    if chart.kind is ChartKind.BAR:
        bars = QBarSeries()
        for s in chart.series:
            bar_set = QBarSet(s.name)
            bar_set.append([plot_value(v, chart.unit) for v in s.values])
            bars.append(bar_set)
        qchart.addSeries(bars)
        bars.attachAxis(axis_x)
        bars.attachAxis(axis_y)
        return
    for s in chart.series:
        line = QLineSeries()
        line.setName(s.name)
        for x, v in enumerate(s.values):
            line.append(float(x), plot_value(v, chart.unit))
        qchart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
