"""Charts as reportlab.graphics drawings: bars, lines and pies in the report's font.

Values reach the drawing through `plot_value`, the reports' single float conversion.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from pos_loyalty.reports.document import Chart, ChartKind, Kind
from pos_loyalty.reports.formatting import display
from pos_loyalty.reports.pdf.fonts import FONT, register_font
from pos_loyalty.reports.period import Language
from pos_loyalty.reports.plotting import plot_value
from pos_loyalty.reports.ratios import ratio

PALETTE = (
    colors.HexColor("#2f6db5"),
    colors.HexColor("#e08a2c"),
    colors.HexColor("#4aa35a"),
    colors.HexColor("#c0504d"),
    colors.HexColor("#8064a2"),
    colors.HexColor("#4bacc6"),
    colors.HexColor("#9b9b9b"),
)
LABEL_SIZE = 6.5
MAX_LABELS = 12
ROTATE_AFTER = 8


def chart_drawing(chart: Chart, width: float, height: float, language: Language) -> Drawing:
    """The chart drawn into a `width` x `height` drawing (a note when it has no data)."""
    register_font()
    drawing = Drawing(width, height)
    if chart.is_empty:
        drawing.add(
            String(width / 2, height / 2, "—", fontName=FONT, fontSize=14, textAnchor="middle")
        )
        return drawing
    if chart.kind is ChartKind.PIE:
        _pie(drawing, chart, width, height, language)
    else:
        _axes_chart(drawing, chart, width, height)
    return drawing


def _data(chart: Chart) -> list[list[float]]:
    return [[plot_value(v, chart.unit) for v in s.values] for s in chart.series]


def _sparse(names: tuple[str, ...]) -> list[str]:
    step = max(1, -(-len(names) // MAX_LABELS))
    return [name if i % step == 0 else "" for i, name in enumerate(names)]


def _axes_chart(drawing: Drawing, chart: Chart, width: float, height: float) -> None:
    plot: Any = VerticalBarChart() if chart.kind is ChartKind.BAR else HorizontalLineChart()
    rotated = chart.kind is ChartKind.BAR and len(chart.categories) > ROTATE_AFTER
    legend_room = 14 if len(chart.series) > 1 else 0
    bottom = 16 + legend_room + (30 if rotated else 0)
    plot.x, plot.y = 42, bottom
    plot.width, plot.height = width - 52, height - bottom - 10
    plot.data = _data(chart)
    plot.categoryAxis.categoryNames = _sparse(chart.categories)
    for axis in (plot.categoryAxis, plot.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = LABEL_SIZE
    plot.valueAxis.valueMin = min(0.0, *(v for s in plot.data for v in s))
    plot.valueAxis.labelTextFormat = _tick
    if len(chart.categories) > MAX_LABELS:
        plot.categoryAxis.visibleTicks = False
    if chart.kind is ChartKind.BAR:
        plot.bars.strokeWidth = 0
        for i in range(len(chart.series)):
            plot.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        if rotated:
            plot.categoryAxis.labels.angle = 45
            plot.categoryAxis.labels.boxAnchor = "ne"
    else:
        for i in range(len(chart.series)):
            plot.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
            plot.lines[i].strokeWidth = 1.2
            if len(chart.categories) <= MAX_LABELS:
                plot.lines[i].symbol = makeMarker("FilledCircle", size=3)
    drawing.add(plot)
    if legend_room:
        drawing.add(_legend([s.name for s in chart.series], 42, 6))


def _tick(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ") if abs(value) >= 10 else f"{value:g}"


def _pie(drawing: Drawing, chart: Chart, width: float, height: float, language: Language) -> None:
    pie = Pie()
    size = min(height - 20, width / 2)
    pie.x, pie.y = 10, (height - size) / 2
    pie.width = pie.height = size
    shown = [(n, v) for n, v in zip(chart.categories, chart.series[0].values, strict=True) if v > 0]
    pie.data = [plot_value(v, chart.unit) for _, v in shown]
    pie.labels = None
    pie.slices.strokeWidth = 0.5
    pie.slices.strokeColor = colors.white
    for i in range(len(shown)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    total = sum(v for _, v in shown)
    names = [f"{n}: {display(ratio(v, total), Kind.PERCENT, language)}" for n, v in shown]
    drawing.add(_legend(names, size + 24, height / 2 + 6 * len(names), vertical=True))


def _legend(names: list[str], x: float, y: float, *, vertical: bool = False) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = FONT
    legend.fontSize = LABEL_SIZE + 0.5
    legend.alignment = "right"
    legend.boxAnchor = "nw" if vertical else "w"
    legend.columnMaximum = len(names) if vertical else 1
    legend.dx = legend.dy = 6
    legend.deltay = 10
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], n) for i, n in enumerate(names)]
    return legend
