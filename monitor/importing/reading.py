"""Reading an uploaded file: safety checks first, then pandas + python-calamine from the bytes, then the layout."""

import io

import pandas as pd

from .layout_plans import read_plans
from .layout_provincial import SHEET as PROVINCIAL_SHEET
from .layout_provincial import is_provincial_header, read_provincial
from .matching import LocationMatcher, MunicipalityMatcher
from .parsed import ParsedImport
from .problems import ImportRefused
from .safety import check_upload

PLAN_SHEET = "Plannen"


def read_monitor_file(
    content: bytes,
    *,
    municipalities: MunicipalityMatcher | None = None,
    locations: LocationMatcher | None = None,
) -> ParsedImport:
    """Validate the whole file, write nothing. Raises :class:`ImportRefused` for files that are not read."""
    check_upload(content)
    municipalities = municipalities or MunicipalityMatcher()
    try:
        book = pd.ExcelFile(io.BytesIO(content), engine="calamine")
        sheet = _pick_sheet(book.sheet_names)
        rows = _rows(book, sheet)
        if sheet.lower() == PROVINCIAL_SHEET or (rows and is_provincial_header(rows[0])):
            return read_provincial(rows, sheet=sheet, municipalities=municipalities)
    except ImportRefused:
        raise
    except Exception as exc:  # calamine/pandas raise many kinds; none of them may become a 500
        raise ImportRefused(
            f"Het bestand kon niet als Excel-werkmap gelezen worden ({type(exc).__name__})."
        ) from exc
    return read_plans(
        rows, sheet=sheet, municipalities=municipalities, locations=locations or LocationMatcher()
    )


def _pick_sheet(names: list[str]) -> str:
    if not names:
        raise ImportRefused("De werkmap bevat geen tabbladen.")
    for wanted in (PROVINCIAL_SHEET, PLAN_SHEET.lower()):
        for name in names:
            if name.strip().lower() == wanted:
                return name
    return names[0]


def _rows(book: pd.ExcelFile, sheet: str) -> list[list]:
    frame = pd.read_excel(book, sheet_name=sheet, header=None, dtype=object)
    return frame.to_numpy().tolist()
