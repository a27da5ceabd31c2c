"""Hostile or wrong files are refused with a Dutch message, and nothing is written."""

import io
import struct
import zipfile

import openpyxl
import pytest
from django.urls import reverse
from django.utils.html import escape

from jobs.models import Job
from monitor.models import HousingPlan, MonitorImport
from tests.jobs.follow import started_job
from tests.monitor.conftest import plan, xlsx

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


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return buffer.getvalue()


HOSTILE = {
    "geen zip": (lambda: b"\x00\x01 dit is geen spreadsheet" * 10, "geen Excel-bestand"),
    "csv met .xlsx-naam": (lambda: b"plan_id;plannaam;gemeente\nP1;Plan;Arnhem\n", "geen Excel-bestand"),
    "html met .xlsx-naam": (
        lambda: b"<html><body><table><tr><td>plan_id</td></tr></table></body></html>",
        "geen Excel-bestand",
    ),
    "oud .xls": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "oud Excel-bestand (.xls)"),
    "xlsm met macro's": (lambda: rezip(xlsx([plan()]), add={"xl/vbaProject.bin": b"\x00macro"}), "macro's"),
    "zip bomb": (zip_bomb, "uitgepakt te groot"),
    "zip bomb met liegende grootte": (lying_zip_bomb, "uitgepakt te groot"),
    "entity-aanval in sharedStrings": (lambda: with_entity_attack("xl/sharedStrings.xml"), "DOCTYPE"),
    "entity-aanval in werkblad": (lambda: with_entity_attack("xl/worksheets/sheet1.xml"), "DOCTYPE"),
    "geen kopregel": (
        lambda: xlsx([["P1", "Plan", "Arnhem", None, "hard", None, None, 5]], header=None),
        "geen kopregel",
    ),
    "zip zonder werkmap": (
        lambda: _zip({"word/document.xml": b"<w:document/>", "[Content_Types].xml": b"<Types/>"}),
        "geen Excel-bestand",
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_upload_is_refused_and_nothing_is_written(name, client, kernteam, region, settings):
    settings.UPLOAD_MAX_UNCOMPRESSED_BYTES = 10 * 1024 * 1024
    make, expected = HOSTILE[name]
    content = make()
    assert len(content) < 200_000, "a hostile file here is small"
    client.force_login(kernteam)
    upload = io.BytesIO(content)
    upload.name = "plannen.xlsx"
    response = client.post(reverse("monitor:import_upload"), {"file": upload, "peildatum": "2021-04-01"})
    job = started_job(response)  # read on the worker, refused there with its Dutch reason
    assert job.state == Job.State.FAILED
    error = job.error
    assert expected in error and escape(error) in client.get(response["Location"]).content.decode()
    assert "Het bestand" in error or "Dit " in error or "Tabblad" in error  # Dutch, addressed to the user
    assert MonitorImport.objects.count() == 0
    assert HousingPlan.objects.count() == 0


def test_oversized_upload_is_refused(client, kernteam, region, settings):
    content = xlsx([plan(plan_id=f"P{i}") for i in range(50)])
    settings.UPLOAD_MAX_BYTES = len(content) - 1
    client.force_login(kernteam)
    upload = io.BytesIO(content)
    upload.name = "plannen.xlsx"
    response = client.post(reverse("monitor:import_upload"), {"file": upload, "peildatum": "2021-04-01"})
    assert "te groot" in response.context["form"].errors["file"][0]
    assert MonitorImport.objects.count() == 0


def test_openpyxl_reads_xml_through_defusedxml():
    assert openpyxl.DEFUSEDXML is True
