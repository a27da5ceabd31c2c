"""Checks on a meeting document before it is stored: the same rules as the monitor import (the content decides,
never the name; a size limit; no active content). Accepted: PDF and .xlsx."""

from agreements.uploads import UploadRefused, check_size, check_xlsx_upload

PDF_MAGIC = b"%PDF-"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Names of PDF actions that run or launch something when the file is opened. A PDF may hide a name inside a
# compressed object stream, so this is a first line, not the only one: documents are always downloaded as
# attachments, never shown inline.
ACTIVE_PDF = (b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile", b"/RichMedia")
NOT_ACCEPTED = "Alleen PDF-bestanden en Excel-werkmappen (.xlsx) kunnen als vergaderstuk worden toegevoegd."


def check_document_upload(content: bytes) -> str:
    """The content type of an acceptable document; raise :class:`UploadRefused` (Dutch) otherwise."""
    if not content:
        raise UploadRefused("Het bestand is leeg.")
    check_size(len(content))
    if content.startswith(PDF_MAGIC):
        if any(name in content for name in ACTIVE_PDF):
            raise UploadRefused(
                "Dit PDF-bestand bevat actieve inhoud (scripts, ingesloten bestanden of koppelingen die iets "
                "starten). Sla het opnieuw op als gewone PDF, bijvoorbeeld via 'Afdrukken als PDF'."
            )
        return "application/pdf"
    if content.startswith(b"PK\x03\x04"):
        check_xlsx_upload(content)
        return XLSX
    raise UploadRefused(NOT_ACCEPTED)


__all__ = ["UploadRefused", "check_document_upload"]
