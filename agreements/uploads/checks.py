"""Checks on uploaded spreadsheet bytes before any parser sees them (monitor imports, the agreement register).

Only a real .xlsx (an Office Open XML zip without macros) within the configured size limits passes: the
content decides, never the file name. Every XML part is streamed once to count its real uncompressed size
(a zip bomb is caught before parsing, even when the zip directory lies), to refuse document type
declarations anywhere in an XML part (entity expansion attacks such as "billion laughs"), and to find the
largest cell reference and sheet dimension: a reader allocates rows × columns of a sheet's used area, so one
cell at XFD1048576 in a 5 KB file would make it allocate 512 GiB.
"""

import io
import re
import struct
import zipfile
import zlib

import openpyxl
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from ..formatting import format_number
from .refusal import UploadRefused

if not openpyxl.DEFUSEDXML:  # openpyxl reads XML through defusedxml only when it is installed
    raise ImproperlyConfigured("defusedxml moet geïnstalleerd zijn: openpyxl leest anders XML onveilig.")

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
# A cell or row reference (r="XFD1048576", r="12") or a range (ref="A1:M384", the sheet's dimension), in any
# XML part: a worksheet may live at any path the workbook's relationships name.
REFERENCE = re.compile(rb"""r(?:ef)?\s*=\s*["']\$?([A-Za-z]*)\$?(\d+)(?::\$?([A-Za-z]*)\$?(\d+))?["']""")
TAIL = 4096  # bytes of the previous chunk scanned again: a reference split by a chunk boundary is seen whole
MACRO_PARTS = ("vbaproject.bin", "vbadata.xml")
CHUNK = 1 << 20
MB = 1024 * 1024  # sizes in messages
NOT_XLSX = "Dit is geen Excel-bestand (.xlsx). Sla het bestand in Excel op als 'Excel-werkmap (.xlsx)'."


def check_size(size: int) -> None:
    """The one size rule for every upload: refuse more than ``UPLOAD_MAX_BYTES``."""
    limit = settings.UPLOAD_MAX_BYTES
    if size > limit:
        raise UploadRefused(
            f"Het bestand is te groot ({format_number(size / MB, decimals=1)} MB); "
            f"de grens is {format_number(limit / MB)} MB."
        )


def check_xlsx_upload(content: bytes) -> None:
    """Raise :class:`UploadRefused` with a Dutch message unless ``content`` is a safe .xlsx."""
    check_size(len(content))
    if not content:
        raise UploadRefused("Het bestand is leeg.")
    if content.startswith(OLE2_MAGIC):
        raise UploadRefused(
            "Dit is een oud Excel-bestand (.xls) of een versleuteld bestand. "
            "Sla het op als 'Excel-werkmap (.xlsx)' en upload het opnieuw."
        )
    if not content.startswith(ZIP_MAGIC):
        raise UploadRefused(NOT_XLSX)
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        names = {info.filename.lower() for info in archive.infolist()}
        _check_parts(archive, names)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        ValueError,
        NotImplementedError,
        zlib.error,
    ) as exc:
        raise UploadRefused(f"Het bestand is beschadigd of geen geldige Excel-werkmap ({exc}).") from exc


def _check_parts(archive: zipfile.ZipFile, names: set[str]) -> None:
    if "[content_types].xml" not in names or "xl/workbook.xml" not in names:
        raise UploadRefused(NOT_XLSX)
    if any(name.endswith(MACRO_PARTS) for name in names):
        raise UploadRefused(
            "Dit bestand bevat macro's (.xlsm). Macro's worden niet geaccepteerd: "
            "sla het op als 'Excel-werkmap (.xlsx)' zonder macro's."
        )
    budget = settings.UPLOAD_MAX_UNCOMPRESSED_BYTES
    declared = sum(info.file_size for info in archive.infolist())
    if declared > budget:
        raise _bomb(declared, budget)
    total = 0
    for info in archive.infolist():
        if info.is_dir():
            continue
        is_xml = info.filename.lower().endswith((".xml", ".rels"))
        tail = b""
        for chunk in _inflate(archive, info, budget - total):
            total += len(chunk)
            if is_xml:
                _check_xml(tail + chunk)
            tail = chunk[-TAIL:]


def _check_xml(text: bytes) -> None:
    if DTD.search(text):
        raise UploadRefused(
            "Het bestand bevat een XML-documenttypedefinitie (DOCTYPE/ENTITY). Zulke bestanden "
            "worden geweigerd, omdat ze misbruikt kunnen worden. Sla het opnieuw op in Excel."
        )
    max_rows, max_columns = settings.UPLOAD_MAX_ROWS, settings.UPLOAD_MAX_COLUMNS
    width = 1 + (max_columns > 26) + (max_columns > 702)  # letters of the last column allowed: Z, ZZ, ZZZ
    for start in _long_references(text, len(str(max_rows)), width):
        if not (found := REFERENCE.match(text, start)):
            continue
        for column, row in (found.group(1, 2), found.group(3, 4)):
            if row and (int(row) > max_rows or column_number(column) > max_columns):
                where = f"cel {column.decode()}{row.decode()}" if column else f"rij {format_number(int(row))}"
                raise UploadRefused(
                    f"Het bestand kan niet veilig worden gelezen: een werkblad verwijst naar {where}, voorbij "
                    f"de grens van {format_number(max_rows)} rijen en {format_number(max_columns)} kolommen. "
                    "Verwijder lege of overbodige rijen en kolommen (ook opgemaakte lege cellen) en sla het bestand "
                    "opnieuw op."
                )


def _long_references(text: bytes, digits: int, letters: int):
    """Where an r= or ref= attribute starts whose value holds a run of at least ``digits`` digits or
    ``letters`` letters: the few references that can pass a limit. Scanning for these alone keeps the check
    at ~15 ms per MB of XML (parsing every reference took five times as long)."""
    pattern = rb"""r(?:ef)?\s*=\s*["'][^"']{0,40}?(?:[A-Za-z]{%d}|\d{%d})""" % (letters, digits)
    for candidate in re.finditer(pattern, text):
        start = candidate.start()
        if start == 0 or text[start - 1 : start].isspace():  # an attribute r= or ref=, not sqref=
            yield start


def column_number(letters: bytes) -> int:
    """b"A" → 1, b"XFD" → 16384; b"" → 0."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int):
    """The member's real bytes, inflated from its raw data with our own zlib object: the sizes in the zip
    directory are not trusted (a parser further on might inflate past them), and inflating stops past
    ``budget``."""
    archive.fp.seek(info.header_offset)
    header = archive.fp.read(30)
    if header[:4] != ZIP_MAGIC:
        raise zipfile.BadZipFile(f"geen lokale kop voor {info.filename}")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    archive.fp.seek(info.header_offset + 30 + name_length + extra_length)
    raw = archive.fp.read(info.compress_size)
    if info.compress_type == zipfile.ZIP_STORED:
        chunks = (raw[i : i + CHUNK] for i in range(0, len(raw), CHUNK))
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        chunks = _inflated_chunks(raw)
    else:
        raise UploadRefused(
            f"Onbekende compressie in het bestand ({info.filename}); sla het opnieuw op in Excel."
        )
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > budget:
            raise _bomb(size, budget)
        yield chunk


def _inflated_chunks(raw: bytes):
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    data = raw
    while data and not inflater.eof:
        chunk = inflater.decompress(data, CHUNK)
        data = inflater.unconsumed_tail
        if chunk:
            yield chunk
    if not inflater.eof and (rest := inflater.flush()):
        yield rest


def _bomb(size: int, budget: int) -> UploadRefused:
    return UploadRefused(
        f"Het bestand is uitgepakt te groot (meer dan {format_number(budget / MB, decimals=0)} MB, "
        f"gevonden: {format_number(size / MB, decimals=0)} MB of meer). Mogelijk een 'zip bomb'; het is niet gelezen."
    )
