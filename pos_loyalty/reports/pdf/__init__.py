"""Reports as PDF with reportlab: a title block, tables that page themselves, and charts.

Pages are drawn straight onto the canvas, one table row at a time, so the memory a report needs
does not grow with its rows (reportlab's flowables would hold the whole table until the end).
"""

from pos_loyalty.reports.pdf.render import render_pdf

__all__ = ["render_pdf"]
