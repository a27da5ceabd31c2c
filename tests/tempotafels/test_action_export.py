"""A tafel's action list as an Excel file, read back with openpyxl; text that looks like a formula stays text."""

import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.tempotafels.factories import ActionFactory

pytestmark = pytest.mark.django_db


def test_the_action_list_downloads_as_excel(client, partner, tafel, meeting, privaat):
    ActionFactory(
        tempotafel=tafel,
        meeting=meeting,
        description='=HYPERLINK("http://evil")',
        owner=privaat,
        owner_name="",
    )
    ActionFactory(
        tempotafel=tafel, description="Pilotlocaties voordragen", overdue=True, owner_name="+31 6 1234"
    )
    ActionFactory(
        tempotafel=tafel, description="Meetmethode delen", finished=True, due_on=datetime.date(2021, 1, 20)
    )
    client.force_login(partner)
    response = client.get(reverse("tempotafels:action_export", args=[tafel.pk]))
    assert response["Content-Disposition"] == 'attachment; filename="acties-circulair-bouwen.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.title == "Acties"
    assert rows[0] == ("Actie", "Eigenaar", "Uiterlijk op", "Status", "Gedaan op", "Bijeenkomst")
    by_description = {row[0]: row for row in rows[1:]}
    injected = by_description['\'=HYPERLINK("http://evil")']
    assert injected[1] == "Ruud Janssen" and injected[3] == "Open" and injected[5] == meeting.title
    assert by_description["Pilotlocaties voordragen"][1:4:2] == ("'+31 6 1234", "Te laat")
    done = by_description["Meetmethode delen"]
    assert (
        done[2] == datetime.datetime(2021, 1, 20)
        and done[3] == "Gedaan"
        and isinstance(done[4], datetime.datetime)
    )
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
