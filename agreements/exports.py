"""Spreadsheet downloads (Excel and CSV) that are safe to open.

Shared by every app that exports a table (agreements is the lowest app that does, so monitor, tempotafels
and reports import it from here). Cells that a spreadsheet would read as a formula are neutralised.
"""

import csv
import io
from collections.abc import Iterable, Sequence

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def neutralise(value):
    """Prefix text that starts like a formula with an apostrophe, so it stays text (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def xlsx_bytes(headers: Sequence[str], rows: Iterable[Sequence], *, sheet_title: str = "Gegevens") -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([neutralise(value) for value in row])
    for index, header in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(12, min(60, len(str(header)) + 4))
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_text(headers: Sequence[str], rows: Iterable[Sequence]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")  # Dutch Excel expects semicolons
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if value is None else neutralise(value) for value in row])
    return buffer.getvalue()


def spreadsheet_response(
    filename: str,
    headers: Sequence[str],
    rows: Iterable[Sequence],
    *,
    fmt: str = "xlsx",
    sheet_title: str = "Gegevens",
) -> HttpResponse:
    """A download of the table as ``fmt`` ("xlsx" or "csv"); ``filename`` without extension."""
    if fmt == "csv":
        response = HttpResponse(
            "\ufeff" + csv_text(headers, rows), content_type="text/csv; charset=utf-8"
        )  # BOM: Excel reads UTF-8
    else:
        fmt = "xlsx"
        response = HttpResponse(
            xlsx_bytes(headers, rows, sheet_title=sheet_title), content_type=XLSX_CONTENT_TYPE
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
