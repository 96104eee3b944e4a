"""Every table of a report as a CSV file: `<report>-<table>.csv` in a folder.

UTF-8 with a byte-order mark (so spreadsheet programs read Cyrillic right), a header row of the
column titles in the report's language, and machine values: "1234.50" for money, "66.67" for a
percentage, ISO dates. Rows are written as they are read, so a long table streams.
"""

from __future__ import annotations

import csv
from pathlib import Path

from pos_loyalty.reports.document import Document, Table
from pos_loyalty.reports.formatting import machine
from pos_loyalty.reports.period import Progress, no_progress

ENCODING = "utf-8-sig"
PROGRESS_EVERY = 5_000


def csv_name(document: Document, table: Table) -> str:
    """The file name of one table's CSV."""
    return f"{document.report}-{table.key.replace('_', '-')}.csv"


def write_csv(document: Document, folder: Path, progress: Progress = no_progress) -> list[Path]:
    """Write one CSV per table into `folder` (created if needed); return the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in document.tables:
        path = folder / csv_name(document, table)
        write_table(table, path, progress)
        written.append(path)
    return written


def write_table(table: Table, path: Path, progress: Progress = no_progress) -> int:
    """Write one table to `path`; return the number of data rows."""
    kinds = [c.kind for c in table.columns]
    count = 0
    with path.open("w", encoding=ENCODING, newline="") as out:
        writer = csv.writer(out)
        writer.writerow([c.title for c in table.columns])
        for row in table.rows:
            writer.writerow([machine(cell, kind) for cell, kind in zip(row, kinds, strict=True)])
            count += 1
            if count % PROGRESS_EVERY == 0:
                progress(count, table.size or count)
    return count
