"""An Excel download with several sheets; cells are made formula-safe by the shared ``neutralise``."""

import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font

from agreements.exports import XLSX_CONTENT_TYPE, neutralise

Sheet = tuple[str, Sequence[str], Iterable[Sequence]]
EURO_FORMAT = '"€" #,##0.00'


def xlsx_response(filename: str, sheets: list[Sheet]) -> HttpResponse:
    """Amounts stay numbers (shown as euros); text that looks like a formula stays text."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title[:31])
        sheet.append(list(headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([neutralise(value) for value in row])
            for cell, value in zip(sheet[sheet.max_row], row, strict=True):
                if isinstance(value, Decimal):
                    cell.number_format = EURO_FORMAT
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
