"""The core team's period overview: counts per colour per pillar, not assessed, colour changes, flagged."""

import pytest
from django.urls import reverse

from tests.agreements.factories import AgreementStatusFactory, periods
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db
URL = reverse("agreements:overview")


@pytest.fixture
def half_years(pillar, other_pillar):
    previous, current = periods(2)
    a13, a14, a15 = (AgreementFactory(number=n, pillar=other_pillar) for n in (13, 14, 15))
    a30 = AgreementFactory(number=30, pillar=pillar)
    for agreement, before, now, flagged in [(a13, "groen", "rood", True), (a14, "geel", "geel", False)]:
        AgreementStatusFactory(agreement=agreement, period=previous, colour=before)
        AgreementStatusFactory(agreement=agreement, period=current, colour=now, needs_attention=flagged)
    AgreementStatusFactory(agreement=a30, period=current, colour="groen")
    AgreementStatusFactory(agreement=a15, period=previous, colour="rood")
    return previous, current


def test_the_overview_counts_and_lists_per_pillar(client, kernteam, half_years, other_pillar):
    client.force_login(kernteam)
    response = client.get(URL)
    overview = response.context["overview"]
    rows = {row.pillar.number: (row.cells, row.not_assessed, row.total) for row in overview.pillars}
    # Lights of the period as every page counts them: 15 was not re-assessed and keeps its red light,
    # counted as carried over; it is still listed as not assessed in this half year.
    assert rows == {2: ([0, 1, 2, 0], 0, 3), 3: ([1, 0, 0, 0], 0, 1)}
    assert overview.totals == [1, 1, 2, 0, 4] and overview.carried_over == 1
    assert [a.number for a in overview.not_assessed] == [15]
    assert [(a.number, a.previous_colour, a.current_colour) for a in overview.colour_changes] == [
        (13, "groen", "rood")
    ]
    assert [a.number for a in overview.flagged] == [13]
    page = response.content.decode()
    assert "Kleurwijzigingen sinds vorig halfjaar (1)" in page
    assert 'aria-current="page">Periodeoverzicht' in page
    assert f'href="{reverse("agreements:status_edit", args=[15])}?next=/afspraken/overzicht/"' in page


def test_an_earlier_period_can_be_chosen_and_is_read_only(client, kernteam, half_years):
    previous, _ = half_years
    client.force_login(kernteam)
    response = client.get(URL, {"periode": previous.code})
    assert response.context["overview"].period == previous
    assert "Deze periode is gesloten en alleen te lezen." in response.content.decode()
    assert "invullen</a>" not in response.content.decode()
    assert client.get(URL, {"periode": "1999-h1"}).status_code == 404


def test_the_menu_shows_the_overview_only_to_the_core_team(client, kernteam, tempomaker):
    client.force_login(tempomaker)
    assert "Periodeoverzicht" not in client.get(reverse("agreements:list")).content.decode()
    client.force_login(kernteam)
    assert "Periodeoverzicht" in client.get(reverse("agreements:list")).content.decode()


def test_without_any_period_the_pages_say_so(client, kernteam, pillar):
    AgreementFactory(number=30, pillar=pillar)
    client.force_login(kernteam)
    assert "Er zijn nog geen periodes." in client.get(URL).content.decode()
    assert "Er is geen open periode" in client.get(reverse("agreements:list")).content.decode()
    detail = client.get(reverse("agreements:detail", args=[30])).content.decode()
    assert "Er is geen open periode; statussen kunnen nu niet worden gewijzigd." in detail
    assert client.get(reverse("agreements:status_edit", args=[30])).status_code == 403
