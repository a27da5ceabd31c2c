"""Hostile .xlsx files, written byte by byte (no spreadsheet library, so any size is quick to make).

Used by ``benchmarks/hostile_uploads.py`` and by the tests of the upload limits. Every workbook has one sheet
("Plannen") whose first rows are a valid plan template (header + one plan), followed by the hostile part.
"""

import io
import zipfile
from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape

HEADER = ["plan_id", "plannaam", "gemeente", "status", "woningen"]
PLAN = ["P1", "Nieuw Holland", "Arnhem", "hard", 10]
PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="xl/workbook.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
        "</Relationships>"
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Plannen" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
        "</Relationships>"
    ),
}
SHEET_START = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_END = b"</sheetData></worksheet>"


def column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def row_xml(number: int, values: Iterable) -> bytes:
    cells = []
    for index, value in enumerate(values):
        ref = f"{column(index)}{number}"
        if isinstance(value, int | float):
            cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        else:
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'.encode()


def workbook(sheet_rows: Iterable[bytes]) -> bytes:
    """An .xlsx whose only sheet holds ``sheet_rows`` (``<row>`` elements), streamed into the zip."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(SHEET_START)
            chunk = []
            for xml in sheet_rows:
                chunk.append(xml)
                if len(chunk) == 10_000:
                    sheet.write(b"".join(chunk))
                    chunk = []
            sheet.write(b"".join(chunk) + SHEET_END)
    return buffer.getvalue()


def _template(plans: int = 1) -> Iterator[bytes]:
    yield row_xml(1, HEADER)
    for number in range(2, plans + 2):
        yield row_xml(number, [f"P{number}", *PLAN[1:]])


def far_cell() -> bytes:
    """The 4.7 KB attack of issue 11: a valid plan and one cell at XFD1048576 (the sheet's last cell); a reader
    that allocates the used area asks for 1,048,576 × 16,384 cells (512 GiB)."""
    return workbook([*_template(), b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'])


def million_rows() -> bytes:
    """Every row of a sheet filled: 1,048,576 rows of one number each (45 MB of XML, 2 MB zipped)."""
    filler = (b'<row r="%d"><c r="E%d"><v>1</v></c></row>' % (n, n) for n in range(3, 1_048_577))
    return workbook([*_template(), *filler])


def plans(count: int) -> bytes:
    """``count`` valid plans: the largest file within the limits when ``count`` is ``UPLOAD_MAX_ROWS - 1``."""
    return workbook(_template(count))
