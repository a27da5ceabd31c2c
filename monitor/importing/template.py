"""The downloadable Excel template: sheet 'Plannen' (header, a status drop-down) and sheet 'Toelichting'."""

import io
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from agreements.exports import neutralise

from .columns import COLUMNS

STATUS_CHOICES = (
    "hard",
    "zacht",
    "in aanbouw",
    "opgeleverd",
    "1A",
    "1B",
    "1C",
    "2A",
    "2B",
    "2C",
    "3",
    "4A",
    "4B",
)
TEMPLATE_ROWS = 5000


def template_bytes(*, municipality_names: Sequence[str], location_names: Sequence[str]) -> bytes:
    book = Workbook()
    plans = book.active
    plans.title = "Plannen"
    plans.append([column.name for column in COLUMNS])
    for index, column in enumerate(COLUMNS, start=1):
        plans.cell(row=1, column=index).font = Font(bold=True)
        plans.column_dimensions[get_column_letter(index)].width = max(12, len(column.name) + 4)
    plans.freeze_panes = "A2"
    status_letter = get_column_letter([c.name for c in COLUMNS].index("status") + 1)
    drop_down = DataValidation(
        type="list",
        formula1='"' + ",".join(STATUS_CHOICES) + '"',
        allow_blank=False,
        showErrorMessage=True,
        errorTitle="Ongeldige status",
        error="Kies hard, zacht, in aanbouw, opgeleverd of een planstatus 1A t/m 4B.",
    )
    drop_down.add(f"{status_letter}2:{status_letter}{TEMPLATE_ROWS}")
    plans.add_data_validation(drop_down)
    _help_sheet(book.create_sheet("Toelichting"), municipality_names, location_names)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _help_sheet(sheet, municipality_names: Iterable[str], location_names: Iterable[str]) -> None:
    sheet.append(["kolom", "verplicht", "inhoud", "geldige waarden"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column in COLUMNS:
        sheet.append([column.name, "ja" if column.required else "nee", column.help, column.valid])
    sheet.append([])
    sheet.append(
        [
            "Regels",
            "",
            "Eén kopregel; kolommen in willekeurige volgorde; onbekende kolommen worden genegeerd (waarschuwing).",
            "",
        ]
    )
    sheet.append(
        [
            "",
            "",
            "Planstatus 1A–2C telt als hard, 3–4B als zacht; 'Onbekend' telt als zacht (waarschuwing).",
            "",
        ]
    )
    sheet.append(
        ["", "", "Fase volgt uit oplevering_jaar: 2020-2024, 2025-2029, 2030+; leeg = onbekend.", ""]
    )
    sheet.append([])
    sheet.append(["Gemeenten"] + [neutralise(name) for name in municipality_names])
    sheet.append(["Locaties"] + [neutralise(name) for name in location_names])
    for letter, width in zip("ABCD", (18, 10, 60, 60), strict=True):
        sheet.column_dimensions[letter].width = width
