"""In-memory monitor workbooks for the tests: the plan template's header, one plan row, an .xlsx of rows."""

import io

from openpyxl import Workbook

from monitor.importing.columns import COLUMNS

HEADER = [column.name for column in COLUMNS]


def xlsx(rows, *, header=HEADER, sheet="Plannen") -> bytes:
    """An .xlsx with ``header`` and ``rows`` (lists, or dicts keyed by column name), written in memory."""
    book = Workbook()
    worksheet = book.active
    worksheet.title = sheet
    if header:
        worksheet.append(header)
    for row in rows:
        worksheet.append([row.get(name) for name in header] if isinstance(row, dict) else row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def plan(**values) -> dict:
    """One template row with sensible defaults."""
    row = {
        "plan_id": "P1",
        "plannaam": "Nieuw Holland",
        "gemeente": "Arnhem",
        "status": "hard",
        "woningen": 10,
    }
    row.update(values)
    return row
