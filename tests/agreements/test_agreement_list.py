"""The agreement list: filters, search, sorting, and export of exactly the filtered rows."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from agreements.models import Organisation
from tests.agreements.factories import AgreementStatusFactory, periods
from tests.factories import AgreementFactory, PillarFactory, TempotafelFactory

pytestmark = pytest.mark.django_db
LIST = reverse("agreements:list")


@pytest.fixture
def deal(other_pillar, pillar):
    """Pillar 2: 13 rood (flagged), 14 geel, 15 groen, 16 rood last half year only, 17 never assessed;
    pillar 3: 30 rood."""
    previous, current = periods(2)
    corporatie = Organisation.objects.create(name="Portaal", kind="corporatie")
    gemeente = Organisation.objects.create(name="Gemeente Nijmegen", kind="gemeente")
    agreements = {
        13: AgreementFactory(number=13, pillar=other_pillar, title="Middenhuur", scale="lokaal"),
        14: AgreementFactory(
            number=14, pillar=other_pillar, title="Sociale huur", lead_organisation=corporatie
        ),
        15: AgreementFactory(number=15, pillar=other_pillar, title="Flexwonen"),
        16: AgreementFactory(number=16, pillar=other_pillar, title="Jongeren"),
        17: AgreementFactory(number=17, pillar=other_pillar, title="Starters"),
        30: AgreementFactory(number=30, pillar=pillar, title="Circulair bouwen"),
    }
    agreements[15].organisations.add(corporatie, gemeente)
    colours = {13: "rood", 14: "geel", 15: "groen", 30: "rood"}
    for number, colour in colours.items():
        AgreementStatusFactory(
            agreement=agreements[number],
            period=current,
            colour=colour,
            needs_attention=number == 13,
            phase="afgerond" if number == 15 else "in_uitvoering",
        )
        AgreementStatusFactory(agreement=agreements[number], period=previous, colour="groen")
    AgreementStatusFactory(agreement=agreements[16], period=previous, colour="rood")
    tafel = TempotafelFactory(name="Tempotafel Middenhuur")
    tafel.agreements.add(agreements[13], agreements[14])
    return {"corporatie": corporatie, "tafel": tafel}


def numbers(client, **query) -> list[int]:
    response = client.get(LIST, query)
    assert response.status_code == 200
    return [row.record.number for row in response.context["table"].paginated_rows]


def test_filters_narrow_the_list(client, partner, deal, other_pillar):
    client.force_login(partner)
    assert numbers(client) == [13, 14, 15, 16, 17, 30]
    assert numbers(client, pillar=other_pillar.pk, light="rood_of_geel") == [13, 14, 16]
    assert numbers(client, light="geen") == [17]
    assert numbers(client, light="rood") == [13, 16, 30]
    assert numbers(client, assessed="nee") == [16, 17]
    assert numbers(client, attention="ja") == [13]
    assert numbers(client, scale="lokaal") == [13]
    assert numbers(client, organisation=deal["corporatie"].pk) == [14, 15]
    assert numbers(client, tempotafel=deal["tafel"].pk) == [13, 14]
    assert numbers(client, phase="afgerond") == [15]
    assert numbers(client, q="13") == [13]
    assert numbers(client, q="huur") == [13, 14]


def test_a_light_from_an_earlier_half_year_says_so(client, partner, deal):
    client.force_login(partner)
    page = client.get(LIST, {"q": "Jongeren"}).content.decode()
    assert (
        'aandacht nodig</span> <span class="muted light-note">(overgenomen uit 1e halfjaar 2021)</span>'
        in page
    )
    page = client.get(LIST, {"q": "Middenhuur"}).content.decode()
    assert "overgenomen uit" not in page


def test_the_list_sorts_by_column(client, partner, deal):
    client.force_login(partner)
    assert numbers(client, sort="-number") == [30, 17, 16, 15, 14, 13]
    assert numbers(client, sort="latest_colour") == [17, 15, 14, 13, 16, 30]  # by severity
    assert numbers(client, sort="-latest_colour") == [30, 16, 13, 14, 15, 17]
    assert numbers(client, sort="-pillar") == [30, 17, 16, 15, 14, 13]


def test_an_invalid_filter_value_shows_a_message_and_no_error(client, partner, deal):
    client.force_login(partner)
    response = client.get(LIST, {"light": "paars", "pillar": "999"})
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()


def test_the_export_holds_the_filtered_rows_in_excel_and_csv(client, bestuur, deal, other_pillar):
    client.force_login(bestuur)
    page = client.get(LIST, {"pillar": other_pillar.pk, "light": "rood_of_geel"}).content.decode()
    assert f"pillar={other_pillar.pk}&amp;light=rood_of_geel&amp;format=xlsx" in page
    response = client.get(
        reverse("agreements:export"), {"pillar": other_pillar.pk, "light": "rood_of_geel", "format": "xlsx"}
    )
    assert response["Content-Disposition"] == 'attachment; filename="afspraken.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Nr.", "Pijler", "Titel")
    assert [(r[0], r[7], r[8]) for r in rows[1:]] == [
        (13, "Rood: knelpunt, bestuurlijke aandacht nodig", "2e halfjaar 2021"),
        (14, "Geel: aandacht / vertraging", "2e halfjaar 2021"),
        (16, "Rood: knelpunt, bestuurlijke aandacht nodig", "1e halfjaar 2021"),
    ]
    response = client.get(reverse("agreements:export"), {"light": "geen", "format": "csv"})
    lines = response.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].startswith("17;2;Starters;") and "Nog niet beoordeeld" in lines[1]


def test_the_export_neutralises_formulas(client, bestuur, db):
    periods(1)
    AgreementFactory(number=1, pillar=PillarFactory(number=1), title='=HYPERLINK("http://x","klik")')
    client.force_login(bestuur)
    response = client.get(reverse("agreements:export"), {"format": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][2] == '\'=HYPERLINK("http://x","klik")'
