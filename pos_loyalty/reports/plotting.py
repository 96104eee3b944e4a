"""The one place where an exact figure becomes a float: a coordinate on a chart.

Money and points stay integers and ratios stay Fractions everywhere else. Chart libraries
(reportlab.graphics, QtCharts) can only draw floats, so both renderers call `plot_value` at the
moment they hand a value to the library; the float is drawn and thrown away, never summed,
stored, compared or printed as a figure.
"""

from __future__ import annotations

from fractions import Fraction

from pos_loyalty.domain.money import MINOR_PER_UNIT
from pos_loyalty.reports.document import Kind


def plot_value(value: int | Fraction, unit: Kind) -> float:
    """A chart coordinate: money in currency units, ratios in percent, anything else as is."""
    exact = Fraction(value)
    if unit is Kind.MONEY:
        exact /= MINOR_PER_UNIT
    elif unit is Kind.PERCENT:
        exact *= 100
    # The only float conversion in the reports (see the module docstring).
    return float(exact)
