"""Meeting documents: the report and factsheets are linked; uploads are checked like every upload and kept
in the database; members download them as attachments, guests do not."""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import SecurityEvent
from governance.models import MeetingDocument

pytestmark = pytest.mark.django_db


def xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Planning"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def post(client, meeting, name: str, content: bytes, title="Grondposities"):
    return client.post(
        reverse("governance:document_add", args=[meeting.pk]),
        {"kind": "file", "title": title, "file": SimpleUploadedFile(name, content)},
    )


def test_a_pdf_is_kept_and_downloaded_as_an_attachment_by_members_only(
    client, kernteam, wethouder, nier_lid, bo_meeting
):
    client.force_login(kernteam)
    pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"
    assert post(client, bo_meeting, "notitie.pdf", pdf).status_code == 302
    document = MeetingDocument.objects.get()
    assert bytes(document.content) == pdf and len(document.sha256) == 64
    client.force_login(wethouder)
    response = client.get(reverse("governance:document_download", args=[document.pk]))
    assert response.content == pdf and response["Content-Disposition"].startswith("attachment;")
    download = SecurityEvent.objects.get(kind=SecurityEvent.Kind.EXPORT)  # written to the audit trail
    assert (download.user, download.path) == (
        wethouder,
        reverse("governance:document_download", args=[document.pk]),
    )
    client.force_login(nier_lid)
    assert client.get(reverse("governance:document_download", args=[document.pk])).status_code == 404


def test_an_xlsx_passes_the_import_checks(client, kernteam, bo_meeting):
    client.force_login(kernteam)
    assert post(client, bo_meeting, "planning.xlsx", xlsx()).status_code == 302
    assert MeetingDocument.objects.get().content_type.endswith("spreadsheetml.sheet")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("virus.exe", b"MZ\x90\x00", "Alleen PDF-bestanden en Excel-werkmappen"),
        (
            "script.pdf",
            b"%PDF-1.7 << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>",
            "actieve inhoud",
        ),
        ("oud.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "Alleen PDF-bestanden"),
        ("kapot.xlsx", b"PK\x03\x04kapot", "beschadigd"),
    ],
)
def test_a_refused_upload_gets_a_dutch_message_and_writes_nothing(
    client, kernteam, bo_meeting, name, content, message
):
    client.force_login(kernteam)
    response = post(client, bo_meeting, name, content)
    assert response.status_code == 200 and message in response.content.decode()
    assert not MeetingDocument.objects.exists()


def test_the_report_is_linked_not_copied(client, kernteam, bo_meeting, period):
    client.force_login(kernteam)
    client.post(
        reverse("governance:document_add", args=[bo_meeting.pk]), {"kind": "report", "period": period.pk}
    )
    document = MeetingDocument.objects.get()
    assert document.content is None and document.title == f"Voortgangsrapportage {period.label}"
    page = client.get(bo_meeting.get_absolute_url()).content.decode()
    assert reverse("reports:detail", args=[period.code]) in page
