"""The core team's completion overview, the deadline form, and the start page's "what is due" panel."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.models import AgreementStatus, Period
from reports.models import Factsheet
from tests.factories import AgreementFactory, PillarFactory
from tests.reports.factories import FactsheetFactory


@pytest.fixture
def six_pillars(pillar, other_pillar):
    return {p.number: p for p in [PillarFactory(number=n) for n in (1, 4, 5, 6)] + [pillar, other_pillar]}


def add_agreements(pillars, period, start, per_pillar):
    agreements = [
        AgreementFactory.build(
            number=start + i * per_pillar + j, pillar=p, title=f"Afspraak {start + i * per_pillar + j}"
        )
        for i, p in enumerate(pillars.values())
        for j in range(per_pillar)
    ]
    created = type(agreements[0]).objects.bulk_create(agreements)
    AgreementStatus.objects.bulk_create(
        [AgreementStatus(agreement=a, period=period, colour="groen") for a in created]
    )


def queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_the_overview_shows_the_state_of_all_six_pillars(client, kernteam, six_pillars, period, agreements):
    FactsheetFactory(pillar=six_pillars[1], period=period, submitted=True)
    FactsheetFactory(pillar=six_pillars[2], period=period, returned=True)
    FactsheetFactory(pillar=six_pillars[3], period=period, summary="", partners="")
    FactsheetFactory(pillar=six_pillars[4], period=period, approved=True)
    FactsheetFactory(pillar=six_pillars[5], period=period, final=True)
    client.force_login(kernteam)
    content = client.get(reverse("reports:factsheet_overview")).content.decode()
    for label in ["Ingediend", "Teruggestuurd", "Concept", "Goedgekeurd", "Definitief", "Niet begonnen"]:
        assert f"<td>{label}</td>" in content
    assert "3 van 5" in content  # pillar 3: three texts filled
    assert "2 van 3" in content  # pillar 3: two of its three agreements assessed
    assert "Pijler 4 definitief maken" in content
    assert "Herinnering sturen aan pijler 6" in content
    assert "Herinnering sturen aan pijler 5" not in content  # final: nothing to remind


def test_the_overview_query_count_does_not_grow_with_the_data(client, kernteam, six_pillars, period):
    client.force_login(kernteam)
    add_agreements(six_pillars, period, 1, 2)
    small = queries(client, reverse("reports:factsheet_overview"))
    add_agreements(six_pillars, period, 100, 10)
    for p in six_pillars.values():
        FactsheetFactory(pillar=p, period=period)
    assert queries(client, reverse("reports:factsheet_overview")) == small


def test_the_detail_page_query_count_does_not_grow_with_the_agreements(client, tempomaker, pillar, period):
    client.force_login(tempomaker)
    FactsheetFactory(pillar=pillar, period=period)
    add_agreements({3: pillar}, period, 1, 2)
    url = reverse("reports:factsheet_detail", args=[period.code, 3])
    small = queries(client, url)
    add_agreements({3: pillar}, period, 100, 30)
    assert queries(client, url) == small


def test_the_core_team_sets_the_deadline_of_the_current_half_year(client, kernteam, period):
    client.force_login(kernteam)
    response = client.post(
        reverse("reports:period_deadline", args=[period.code]), {"deadline": "2022-01-31"}, follow=True
    )
    assert "De deadline van het 2e halfjaar 2021 is opgeslagen." in response.content.decode()
    period.refresh_from_db()
    assert period.deadline == datetime.date(2022, 1, 31)
    response = client.post(
        reverse("reports:period_deadline", args=[period.code]), {"deadline": "31 jan"}, follow=True
    )
    assert "Deadline: vul een geldige datum in" in response.content.decode()


def test_a_closed_periods_deadline_stays(client, kernteam, previous_period, period):
    client.force_login(kernteam)
    response = client.post(
        reverse("reports:period_deadline", args=[previous_period.code]),
        {"deadline": "2030-01-01"},
        follow=True,
    )
    assert "gesloten" in response.content.decode()
    previous_period.refresh_from_db()
    assert previous_period.deadline == datetime.date(2021, 7, 15)


def test_the_core_team_finalises_from_the_overview(client, kernteam, pillar, period):
    factsheet = FactsheetFactory(pillar=pillar, period=period, approved=True)
    client.force_login(kernteam)
    next_url = reverse("reports:factsheet_overview") + f"?periode={period.code}"
    response = client.post(
        reverse("reports:factsheet_transition", args=[period.code, 3]),
        {"action": "finalise", "version": factsheet.version, "next": next_url},
    )
    assert response.url == next_url
    factsheet.refresh_from_db()
    assert factsheet.state == Factsheet.State.FINAL


# Start page --------------------------------------------------------------------------------------


def test_the_start_page_tells_a_tempomaker_what_is_due(client, tempomaker, pillar, period, agreements):
    FactsheetFactory(pillar=pillar, period=period, outcome="", next_actions="")
    client.force_login(tempomaker)
    content = client.get(reverse("home")).content.decode()
    assert "Te doen: factsheets 2e halfjaar 2021" in content
    assert "Deadline: <strong>15 januari 2022</strong>" in content
    assert "3 van 5 teksten ingevuld, 2 van 3 stoplichten gezet." in content
    assert "Uw beurt: invullen en indienen." in content
    assert reverse("reports:factsheet_detail", args=[period.code, 3]) in content


def test_the_start_page_tells_an_ambassador_what_waits_for_approval(client, ambassadeur, pillar, period):
    FactsheetFactory(pillar=pillar, period=period, submitted=True)
    client.force_login(ambassadeur)
    content = client.get(reverse("home")).content.decode()
    assert "Wacht op uw goedkeuring." in content
    assert "Uw beurt" not in content


def test_the_start_page_has_no_due_panel_for_the_board_and_when_no_period_is_open(
    client, bestuur, tempomaker, period
):
    client.force_login(bestuur)
    assert "Te doen: factsheets" not in client.get(reverse("home")).content.decode()
    Period.objects.update(state=Period.State.CLOSED)
    client.force_login(tempomaker)
    assert "Te doen: factsheets" not in client.get(reverse("home")).content.decode()


def test_the_due_panel_costs_the_same_queries_for_more_data(client, tempomaker, six_pillars, period):
    client.force_login(tempomaker)
    add_agreements(six_pillars, period, 1, 1)
    small = queries(client, reverse("home"))
    add_agreements(six_pillars, period, 100, 10)
    FactsheetFactory(pillar=six_pillars[3], period=period)
    assert queries(client, reverse("home")) == small
