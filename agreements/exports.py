"""Spreadsheet downloads (Excel and CSV) that are safe to open.

Shared by every app that exports a table (agreements is the lowest app that does, so monitor, tempotafels
and reports import it from here). Cells that a spreadsheet would read as a formula are neutralised.
Numbers stay numbers: in Excel with a number format that Dutch Excel shows as 37.667 and 41,9; in CSV with a
decimal comma (Dutch Excel reads "41,9" as a number). Times are written in Europe/Amsterdam.
"""

import csv
import datetime
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
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


INTEGER_FORMAT = "#,##0"  # Excel shows its own locale's separators: 37.667 in Dutch Excel
DECIMAL_FORMAT = "#,##0.0"


def _local(value):
    """Aware datetimes as Europe/Amsterdam wall-clock time (spreadsheets know no time zones)."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value).replace(tzinfo=None)
    return value


def _number_format(value) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return INTEGER_FORMAT
    if isinstance(value, float | Decimal):
        return DECIMAL_FORMAT
    return None


def xlsx_bytes(headers: Sequence[str], rows: Iterable[Sequence], *, sheet_title: str = "Gegevens") -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([neutralise(_local(value)) for value in row])
        for cell, value in zip(sheet[sheet.max_row], row, strict=False):
            if number_format := _number_format(value):
                cell.number_format = number_format
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
        writer.writerow([_csv_cell(value) for value in row])
    return buffer.getvalue()


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, float | Decimal) and not isinstance(value, bool):
        return str(value).replace(".", ",")  # Dutch Excel reads 41,9 as a number
    if isinstance(value, datetime.datetime):
        return f"{_local(value):%d-%m-%Y %H:%M}"
    return neutralise(value)


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
