"""The besluitenlijst of a meeting as a tagged PDF and as Excel (formula-like text stays text), scoped like the
meeting itself."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from pypdf import PdfReader

from governance import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def decided(kernteam, wethouder, bo_meeting, provincie):
    secret = services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Grondposities")
    shared = services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Inbreng NIER", is_shared=True)
    services.record_decision(
        agenda_item=secret,
        by=kernteam,
        text='=HYPERLINK("http://kwaad.example") <b>vet</b>',
        responsible="Provincie Gelderland",
        follow_ups=[{"description": "Taxatie", "owner": wethouder, "due_on": datetime.date(2030, 1, 1)}],
    )
    services.record_decision(agenda_item=shared, by=kernteam, text="Het NIER denkt mee over flexwonen.")
    return bo_meeting


def test_the_pdf_is_tagged_dutch_and_escapes_user_text(client, wethouder, decided):
    client.force_login(wethouder)
    response = client.get(reverse("reports:decision_list_pdf", args=[decided.pk]))
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "<b>vet</b>" in text and "Taxatie" in text and "Het NIER denkt mee" in text
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert reader.metadata.title.startswith("Besluitenlijst")


def test_the_excel_file_keeps_formulas_as_text(client, wethouder, decided):
    client.force_login(wethouder)
    response = client.get(reverse("reports:decision_list_xlsx", args=[decided.pk]))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Agendapunt", "Onderwerp", "Besluit")
    assert rows[1][2].startswith("'=HYPERLINK") and rows[1][5] == "Taxatie" and rows[1][8] == "Open"
    assert rows[2][2] == "Het NIER denkt mee over flexwonen." and len(rows) == 3


def test_a_nier_member_gets_only_the_shared_decisions_and_others_nothing(
    client, nier_lid, directeur, decided
):
    client.force_login(nier_lid)
    sheet = openpyxl.load_workbook(
        io.BytesIO(client.get(reverse("reports:decision_list_xlsx", args=[decided.pk])).content)
    ).active
    assert [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "Het NIER denkt mee over flexwonen."
    ]
    client.force_login(directeur)
    assert client.get(reverse("reports:decision_list_pdf", args=[decided.pk])).status_code == 404


def test_the_pdf_of_an_invented_meeting_says_demo_on_every_page(client, wethouder, decided):
    client.force_login(wethouder)
    real = client.get(reverse("reports:decision_list_pdf", args=[decided.pk]))
    assert "Demo-gegevens" not in "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(real.content)).pages
    )
    type(decided).objects.filter(pk=decided.pk).update(is_illustrative=True)
    demo = client.get(reverse("reports:decision_list_pdf", args=[decided.pk]))
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(demo.content)).pages]
    assert "Deze besluitenlijst is gemaakt uit de demogegevens" in " ".join(pages[0].split())
    assert all("Demo-gegevens, geen feiten" in " ".join(text.split()) for text in pages)
