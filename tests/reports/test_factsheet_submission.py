"""Submitting shows what the ambassador would get and asks for confirmation; the core team may finish a
pillar's factsheet on its behalf, with a logged reason; every step says what happens next."""

import pytest
from django.core import mail
from django.urls import reverse

from reports.models import Factsheet, FactsheetTransition
from tests.reports.factories import FactsheetFactory

pytestmark = pytest.mark.django_db
State = Factsheet.State


def url(name, period, number=3):
    return reverse(f"reports:{name}", args=[period.code, number])


def test_the_confirmation_page_lists_empty_texts_and_agreements_without_a_light(
    client, tempomaker, pillar, period, agreements
):
    factsheet = FactsheetFactory(pillar=pillar, period=period, outcome="", next_actions="")
    client.force_login(tempomaker)
    html = client.get(url("factsheet_submit", period)).content.decode()
    assert "De factsheet is nog niet compleet" in html
    assert "Teksten ingevuld: <strong>3 van 5</strong>" in html
    assert "Stoplichten gezet: <strong>2 van 3</strong>" in html
    assert "Afspraak 23: Regionaal fonds voor circulaire bouwmaterialen" in html
    assert "Ik dien de factsheet in, ook al is hij nog niet compleet" in html
    factsheet.refresh_from_db()
    assert factsheet.state == State.CONCEPT  # looking submits nothing


def test_an_incomplete_factsheet_is_submitted_only_by_explicit_choice(
    client, tempomaker, ambassadeur, pillar, period, agreements, django_capture_on_commit_callbacks
):
    factsheet = FactsheetFactory(pillar=pillar, period=period, outcome="")
    client.force_login(tempomaker)
    response = client.post(url("factsheet_submit", period), {"version": factsheet.version})
    assert response.status_code == 200
    assert "De factsheet is niet ingediend" in response.content.decode()
    factsheet.refresh_from_db()
    assert factsheet.state == State.CONCEPT and mail.outbox == []

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("factsheet_submit", period),
            {"version": factsheet.version, "submit_incomplete": "on"},
            follow=True,
        )
    assert (
        "De ambassadeur krijgt een e-mail en keurt hem goed of stuurt hem terug" in response.content.decode()
    )
    factsheet.refresh_from_db()
    assert factsheet.state == State.SUBMITTED
    assert [m.to for m in mail.outbox] == [["ambassadeur@example.org"]]


def test_a_complete_factsheet_needs_only_the_confirmation(client, tempomaker, pillar, period, agreements):
    agreements[2].statuses.create(period=period, colour="groen")
    factsheet = FactsheetFactory(pillar=pillar, period=period)
    client.force_login(tempomaker)
    html = client.get(url("factsheet_submit", period)).content.decode()
    assert "De factsheet is compleet" in html and "submit_incomplete" not in html
    client.post(url("factsheet_submit", period), {"version": factsheet.version})
    factsheet.refresh_from_db()
    assert factsheet.state == State.SUBMITTED


def test_without_a_summary_the_page_sends_the_tempomaker_back_to_the_form(
    client, tempomaker, pillar, period, agreements
):
    FactsheetFactory(pillar=pillar, period=period, summary="")
    client.force_login(tempomaker)
    html = client.get(url("factsheet_submit", period)).content.decode()
    assert "Vul eerst de samenvatting in" in html
    assert "Ja, indienen" not in html


def test_a_stale_confirmation_does_not_submit_over_a_newer_version(
    client, tempomaker, pillar, period, agreements
):
    factsheet = FactsheetFactory(pillar=pillar, period=period)
    client.force_login(tempomaker)
    Factsheet.objects.filter(pk=factsheet.pk).update(version=factsheet.version + 1)
    response = client.post(
        url("factsheet_submit", period), {"version": factsheet.version, "submit_incomplete": "on"}
    )
    assert "Iemand anders heeft deze factsheet intussen gewijzigd" in response.content.decode()
    factsheet.refresh_from_db()
    assert factsheet.state == State.CONCEPT


@pytest.mark.parametrize("role,expected", [("ambassadeur", 404), ("other_tempomaker", 404), ("bestuur", 404)])
def test_only_the_pillars_editors_reach_the_confirmation(request, client, pillar, period, role, expected):
    FactsheetFactory(pillar=pillar, period=period)
    client.force_login(request.getfixturevalue(role))
    assert client.get(url("factsheet_submit", period)).status_code == expected


def test_a_submitted_factsheet_cannot_be_submitted_again(client, tempomaker, pillar, period):
    FactsheetFactory(pillar=pillar, period=period, submitted=True)
    client.force_login(tempomaker)
    response = client.get(url("factsheet_submit", period), follow=True)
    assert "kan nu niet worden ingediend (status: Ingediend)" in response.content.decode()


# The core team on the pillar's behalf -----------------------------------------------------------------


@pytest.mark.parametrize("started", [True, False])
def test_the_core_team_finalises_on_the_pillars_behalf_with_a_logged_reason(
    client, kernteam, tempomaker, pillar, period, agreements, started, django_capture_on_commit_callbacks
):
    if started:
        FactsheetFactory(pillar=pillar, period=period, submitted=True)
    client.force_login(kernteam)
    assert "Namens de pijler definitief maken" in client.get(url("factsheet_detail", period)).content.decode()
    data = {"action": "finalise_on_behalf", "version": 1}
    response = client.post(url("factsheet_transition", period), data, follow=True)
    assert "Geef bij ‘Reden’ aan waarom" in response.content.decode()
    assert not Factsheet.objects.filter(state=State.FINAL).exists()

    reason = "De ambassadeur is tot na de deadline afwezig; het BO van 3 februari wacht."
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("factsheet_transition", period), {**data, "comment": reason}, follow=True)
    assert "namens de pijler definitief gemaakt" in response.content.decode()
    factsheet = Factsheet.objects.get(pillar=pillar, period=period)
    assert factsheet.state == State.FINAL
    step = FactsheetTransition.objects.get(factsheet=factsheet, to_state=State.FINAL)
    assert (step.by, step.comment) == (kernteam, reason)
    assert [m.to for m in mail.outbox] == [["tempomaker@example.org"]]
    assert reason in mail.outbox[0].body


def test_only_the_core_team_may_finalise_on_behalf(client, tempomaker, pillar, period):
    factsheet = FactsheetFactory(pillar=pillar, period=period, submitted=True)
    client.force_login(tempomaker)
    data = {"action": "finalise_on_behalf", "version": factsheet.version, "comment": "Ik doe het zelf wel."}
    assert client.post(url("factsheet_transition", period), data).status_code == 403
    factsheet.refresh_from_db()
    assert factsheet.state == State.SUBMITTED
