"""Checks on the uploaded bytes before any parser sees them.

Only a real .xlsx (an Office Open XML zip without macros) within the configured size limits passes: the
content decides, never the file name. Every XML part is streamed once to count its real uncompressed size
(a zip bomb is caught before parsing, even when the zip directory lies) and to refuse document type
declarations anywhere in an XML part (entity expansion attacks such as "billion laughs").
"""

import io
import re
import zipfile

import openpyxl
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .problems import ImportRefused

if not openpyxl.DEFUSEDXML:  # openpyxl reads XML through defusedxml only when it is installed
    raise ImproperlyConfigured("defusedxml moet geïnstalleerd zijn: openpyxl leest anders XML onveilig.")

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
MACRO_PARTS = ("vbaproject.bin", "vbadata.xml")
NOT_XLSX = "Dit is geen Excel-bestand (.xlsx). Sla het bestand in Excel op als 'Excel-werkmap (.xlsx)'."


def check_upload(content: bytes) -> None:
    """Raise :class:`ImportRefused` with a Dutch message unless ``content`` is a safe .xlsx."""
    limit = settings.MONITOR_MAX_UPLOAD_BYTES
    if len(content) > limit:
        raise ImportRefused(
            f"Het bestand is te groot ({len(content) / 1024 / 1024:.1f} MB); "
            f"de grens is {limit / 1024 / 1024:.0f} MB."
        )
    if not content:
        raise ImportRefused("Het bestand is leeg.")
    if content.startswith(OLE2_MAGIC):
        raise ImportRefused(
            "Dit is een oud Excel-bestand (.xls) of een versleuteld bestand. "
            "Sla het op als 'Excel-werkmap (.xlsx)' en upload het opnieuw."
        )
    if not content.startswith(ZIP_MAGIC):
        raise ImportRefused(NOT_XLSX)
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        names = {info.filename.lower() for info in archive.infolist()}
        _check_parts(archive, names)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise ImportRefused(f"Het bestand is beschadigd of geen geldige Excel-werkmap ({exc}).") from exc


def _check_parts(archive: zipfile.ZipFile, names: set[str]) -> None:
    if "[content_types].xml" not in names or "xl/workbook.xml" not in names:
        raise ImportRefused(NOT_XLSX)
    if any(name.endswith(MACRO_PARTS) for name in names):
        raise ImportRefused(
            "Dit bestand bevat macro's (.xlsm). Macro's worden niet geaccepteerd: "
            "sla het op als 'Excel-werkmap (.xlsx)' zonder macro's."
        )
    budget = settings.MONITOR_MAX_UNCOMPRESSED_BYTES
    declared = sum(info.file_size for info in archive.infolist())
    if declared > budget:
        raise _bomb(declared, budget)
    total = 0
    for info in archive.infolist():
        if info.is_dir():
            continue
        is_xml = info.filename.lower().endswith((".xml", ".rels"))
        with archive.open(info) as part:
            tail = b""
            while chunk := part.read(1 << 20):
                total += len(chunk)
                if total > budget:
                    raise _bomb(total, budget)
                if is_xml and DTD.search(tail + chunk):
                    raise ImportRefused(
                        "Het bestand bevat een XML-documenttypedefinitie (DOCTYPE/ENTITY). Zulke bestanden "
                        "worden geweigerd, omdat ze misbruikt kunnen worden. Sla het opnieuw op in Excel."
                    )
                tail = chunk[-16:]


def _bomb(size: int, budget: int) -> ImportRefused:
    return ImportRefused(
        f"Het bestand is uitgepakt te groot (meer dan {budget / 1024 / 1024:.0f} MB, "
        f"gevonden: {size / 1024 / 1024:.0f} MB of meer). Mogelijk een 'zip bomb'; het is niet gelezen."
    )
