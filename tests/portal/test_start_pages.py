"""Each role's start page says what needs them now ("wat vraagt mijn aandacht"), with links to act on it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.models import Period, TrafficLight
from reports.models import Factsheet
from tests.factories import AgreementFactory, AgreementStatusFactory, PillarFactory, UserFactory
from tests.portal.publication import published_report
from tests.reports.factories import FactsheetFactory
from tests.tempotafels.factories import ActionFactory

pytestmark = pytest.mark.django_db


def page(client, user) -> str:
    client.force_login(user)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    return response.content.decode()


def queries(client, user) -> int:
    client.force_login(user)
    with CaptureQueriesContext(connection) as context:
        assert client.get(reverse("home")).status_code == 200
    return len(context)


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(reverse("home"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_the_core_team_sees_each_pillar_with_whose_turn_it_is(
    client, kernteam, tempomaker, ambassadeur, pillar, other_pillar, period, agreements
):
    FactsheetFactory(pillar=other_pillar, period=period, submitted=True)
    html = page(client, kernteam)
    assert "Factsheets 2e halfjaar 2021" in html
    assert f"Aan zet: de tempomakers: invullen en indienen ({tempomaker})." in html
    assert "Aan zet: de ambassadeur: goedkeuren of terugsturen." in html  # pillar 2 has no ambassador yet
    assert reverse("reports:factsheet_detail", args=[period.code, 2]) in html


def test_the_core_team_sees_what_blocks_publication_and_links_each_missing_pillar(
    client, kernteam, pillar, other_pillar, period, agreements
):
    FactsheetFactory(pillar=pillar, period=period, final=True)
    FactsheetFactory(pillar=other_pillar, period=period, approved=True)
    html = page(client, kernteam)
    ready = html[html.index("Klaar om te publiceren?") :]
    assert "Nog niet" in ready
    assert reverse("reports:factsheet_detail", args=[period.code, 2]) in ready
    assert "het kernteam: definitief maken" in ready
    assert reverse("reports:factsheet_detail", args=[period.code, 3]) not in ready.split("Naar de")[0]
    Factsheet.objects.filter(pillar=other_pillar).update(state=Factsheet.State.FINAL)
    assert "Ja: alle factsheets zijn definitief." in page(client, kernteam)


def test_the_core_team_sees_unassessed_red_and_flagged_agreements_and_overdue_actions(
    client, kernteam, pillar, period, agreements, tafel
):
    AgreementStatusFactory(agreement=AgreementFactory(number=40, pillar=pillar), period=period, colour="rood")
    agreements[0].statuses.filter(period=period).update(needs_attention=True)
    html = page(client, kernteam)
    assert "Nog niet beoordeelde afspraken (1)" in html
    assert f"{reverse('agreements:status_edit', args=[23])}?next=%2F" in html
    assert "Rode en gemarkeerde afspraken (2)" in html
    assert "vraagt aandacht van het Bestuurlijk Overleg / NIER" in html
    assert "Tempotafels: acties over tijd (1)" in html
    assert "Tenderleidraad circulair opstellen" in html
    assert "Versnellen pilotlocaties" in html


def test_a_tempomaker_sees_their_factsheet_the_lights_to_set_and_their_tafel(
    client, tempomaker, pillar, period, agreements, tafel
):
    FactsheetFactory(pillar=pillar, period=period, outcome="", next_actions="")
    html = page(client, tempomaker)
    assert "Te doen: factsheets 2e halfjaar 2021" in html
    assert "3 van 5 teksten ingevuld, 2 van 3 stoplichten gezet." in html
    assert "Uw beurt: invullen en indienen." in html
    assert "Stoplichten nog te zetten (1)" in html
    assert f"{reverse('agreements:status_edit', args=[23])}?next=%2F" in html
    assert "Uw Tempotafels" in html and "Open acties: 2, waarvan <strong>1 over tijd</strong>" in html
    assert "Klaar om te publiceren?" not in html  # the core team's concern


def test_an_ambassador_sees_what_waits_for_approval(client, ambassadeur, pillar, period):
    FactsheetFactory(pillar=pillar, period=period, submitted=True)
    html = page(client, ambassadeur)
    assert "Ter goedkeuring: factsheets 2e halfjaar 2021" in html
    assert "Wacht op uw goedkeuring." in html
    assert "Uw beurt" not in html


def test_the_board_gets_the_latest_report_in_one_click_and_what_it_is_asked(
    client, bestuur, partner, pillar, previous_period, period, agreements
):
    assert "Er is nog geen voortgangsrapportage gepubliceerd." in page(client, bestuur)
    agreements[2].statuses.filter(period=previous_period).update(needs_attention=True)
    published_report(previous_period, attention="Besluit over het fonds circulaire bouwmaterialen.")
    for reader in (bestuur, partner):
        html = page(client, reader)
        assert reverse("reports:pdf", args=[previous_period.code]) in html
        assert "Besluit over het fonds circulaire bouwmaterialen." in html
        assert "Afspraak 23: Regionaal fonds voor circulaire bouwmaterialen" in html
        assert "Te doen: factsheets" not in html


def test_without_an_open_period_nobody_is_asked_for_factsheets(client, tempomaker, period):
    Period.objects.update(state=Period.State.CLOSED)
    html = page(client, tempomaker)
    assert "Er is geen open rapportageperiode." in html
    assert "Te doen: factsheets" not in html
    assert "Er vraagt nu niets uw aandacht" in html


def test_reference_data_stays_reachable_from_the_menu(client, partner, pillar, agreements):
    html = page(client, partner)
    assert reverse("portal:reference") in html
    client.force_login(partner)
    reference = client.get(reverse("portal:reference")).content.decode()
    assert "3. Groen en circulair" in reference and "Gemeenten en locaties" in reference


def _more_data(period, tafel, count):
    pillars = [PillarFactory(number=10 + n + count) for n in range(2)]
    for n in range(count):
        agreement = AgreementFactory(number=100 + count * 10 + n, pillar=pillars[n % 2])
        if n % 2:
            AgreementStatusFactory(agreement=agreement, period=period, colour=TrafficLight.ROOD)
        ActionFactory(tempotafel=tafel, overdue=True)
    FactsheetFactory(pillar=pillars[0], period=period)


def test_start_pages_cost_the_same_queries_for_more_data(
    client, kernteam, tempomaker, ambassadeur, bestuur, period, agreements, tafel
):
    published_report(period.previous())
    users = [kernteam, tempomaker, ambassadeur, bestuur]
    small = [queries(client, user) for user in users]
    _more_data(period, tafel, 6)
    UserFactory(role="tempomaker", pillar=agreements[0].pillar)
    assert [queries(client, user) for user in users] == small
