"""Hostile .xlsx files built from a valid plan workbook: entity attacks, zip bombs (one whose directory lies
about the size), a zip without a workbook. Used by the tests of both uploads (monitor import, register)."""

import io
import struct
import zipfile

from tests.monitor.workbooks import plan, xlsx

BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


def rezip(
    content: bytes, *, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None
) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, (replace or {}).get(info.filename, source.read(info.filename)))
        for name, data in (add or {}).items():
            target.writestr(name, data)
    return buffer.getvalue()


SHEET = "xl/worksheets/sheet1.xml"
RELS = "xl/_rels/workbook.xml.rels"
SST = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol3;</t></si></sst>'
SST_REL = (
    b'<Relationship Id="rIdSst" Target="sharedStrings.xml" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>'
)


def with_entity_attack(part: str) -> bytes:
    """Billion laughs: in the worksheet itself, or in a shared-strings part the worksheet refers to."""
    content = xlsx([plan()])
    source = zipfile.ZipFile(io.BytesIO(content))
    sheet = source.read(SHEET)
    if part == SHEET:
        return rezip(content, replace={SHEET: BILLION_LAUGHS + sheet.replace(b"Nieuw Holland", b"&lol3;")})
    sheet = sheet.replace(
        b'<c r="B2" t="inlineStr"><is><t>Nieuw Holland</t></is></c>', b'<c r="B2" t="s"><v>0</v></c>'
    )
    rels = source.read(RELS).replace(b"</Relationships>", SST_REL)
    return rezip(content, replace={SHEET: sheet, RELS: rels}, add={part: BILLION_LAUGHS + SST})


def zip_bomb() -> bytes:
    content = xlsx([plan()])
    sheet = zipfile.ZipFile(io.BytesIO(content)).read("xl/worksheets/sheet1.xml")
    huge = sheet.replace(
        b"</sheetData>",
        b"<row r='9'><c r='A9' t='inlineStr'><is><t>"
        + b"0" * (12 * 1024 * 1024)
        + b"</t></is></c></row></sheetData>",
    )
    return rezip(content, replace={"xl/worksheets/sheet1.xml": huge})


def lying_zip_bomb() -> bytes:
    """The zip bomb with a directory that claims the huge sheet is 1,000 bytes."""
    content = bytearray(zip_bomb())
    info = zipfile.ZipFile(io.BytesIO(bytes(content))).getinfo(SHEET)
    struct.pack_into("<I", content, info.header_offset + 22, 1000)
    central = content.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", content, central + 28)[0]
        if bytes(content[central + 46 : central + 46 + name_length]) == SHEET.encode():
            struct.pack_into("<I", content, central + 24, 1000)
        central = content.find(b"PK\x01\x02", central + 4)
    assert zipfile.ZipFile(io.BytesIO(bytes(content))).getinfo(SHEET).file_size == 1000
    return bytes(content)


def zip_of(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return buffer.getvalue()
