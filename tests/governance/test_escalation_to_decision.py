"""The core team escalates a red agreement, puts it on the BO agenda, records the decision and its follow-up;
the owner ticks it off. Bad input gets a Dutch message and writes nothing."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from governance import services
from governance.models import AgendaItem, Decision, Escalation, FollowUp

pytestmark = pytest.mark.django_db


def test_the_core_team_walks_from_escalation_to_follow_up(
    client, kernteam, wethouder, red_agreement, bo_meeting, provincie
):
    client.force_login(kernteam)
    response = client.post(
        reverse("governance:escalation_create"),
        {
            "agreement": red_agreement.pk,
            "stuck": "De vergunning loopt vast.",
            "request": "Besluit over de grond.",
        },
    )
    escalation = Escalation.objects.get()
    assert response.url == escalation.get_absolute_url()
    assert escalation.agreement == red_agreement and escalation.state == Escalation.State.OPEN

    response = client.post(
        reverse("governance:escalation_schedule", args=[escalation.pk]), {"meeting": bo_meeting.pk}
    )
    item = AgendaItem.objects.get()
    assert response.url == bo_meeting.get_absolute_url()
    assert item.meeting == bo_meeting and item.number == 1 and item.escalation == escalation
    escalation.refresh_from_db()
    assert escalation.state == Escalation.State.SCHEDULED

    due = timezone.localdate() + datetime.timedelta(days=60)
    client.post(
        reverse("governance:decision_create", args=[item.pk]),
        {
            "text": "De provincie stelt grond beschikbaar.",
            "responsible": "Provincie Gelderland",
            "description": "Grondpositie uitwerken",
            "owner": wethouder.pk,
            "due_on": due.isoformat(),
        },
    )
    decision = Decision.objects.get()
    follow_up = FollowUp.objects.get()
    assert decision.agenda_item == item and follow_up.decision == decision and follow_up.owner == wethouder
    escalation.refresh_from_db()
    assert escalation.state == Escalation.State.DECIDED

    client.force_login(wethouder)
    page = client.get(reverse("governance:index"))
    assert "Grondpositie uitwerken" in page.content.decode()
    client.post(
        reverse("governance:follow_up_done", args=[follow_up.pk]),
        {"done": "on", "expected_version": follow_up.version, "next": "/bestuur/"},
    )
    follow_up.refresh_from_db()
    assert follow_up.done and follow_up.done_at is not None


def test_a_green_agreement_cannot_be_escalated_and_nothing_is_written(client, kernteam, green_agreement):
    client.force_login(kernteam)
    response = client.post(
        reverse("governance:escalation_create"),
        {"agreement": green_agreement.pk, "stuck": "Niets", "request": "Niets"},
    )
    assert response.status_code == 200
    assert "kan niet worden geëscaleerd" in response.content.decode()
    assert not Escalation.objects.exists()


def test_the_service_refuses_an_agreement_that_is_not_red_or_flagged(kernteam, period, green_agreement):
    with pytest.raises(Exception, match="staat niet op rood"):
        services.open_escalation(
            by=kernteam, period=period, stuck="x", request="y", agreement=green_agreement
        )
    assert not Escalation.objects.exists()


def test_an_escalation_without_texts_is_refused_in_dutch(client, kernteam, red_agreement):
    client.force_login(kernteam)
    response = client.post(reverse("governance:escalation_create"), {"agreement": red_agreement.pk})
    body = response.content.decode()
    assert "Beschrijf wat er vastloopt." in body and "Beschrijf wat u van het bestuur vraagt." in body
    assert not Escalation.objects.exists()


def test_a_decision_without_text_writes_nothing(client, kernteam, bo_meeting):
    item = services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Voortgangsrapportage")
    client.force_login(kernteam)
    response = client.post(
        reverse("governance:decision_create", args=[item.pk]),
        {"text": "  ", "description": "Iets doen", "owner_name": "Regio", "due_on": "2030-01-01"},
    )
    assert "Vul de tekst van het besluit in." in response.content.decode()
    assert not Decision.objects.exists() and not FollowUp.objects.exists()


def test_a_meeting_without_date_gets_a_dutch_message(client, kernteam, bodies):
    client.force_login(kernteam)
    response = client.post(reverse("governance:meeting_create", args=["bo"]), {"place": "Arnhem"})
    assert "Vul de datum en het begintijdstip van de vergadering in." in response.content.decode()
    assert not bodies["bo"].meetings.exists()


def test_a_follow_up_without_owner_is_refused(client, kernteam, bo_meeting):
    item = services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Punt")
    client.force_login(kernteam)
    client.post(
        reverse("governance:decision_create", args=[item.pk]),
        {"text": "Besloten.", "description": "Uitwerken", "due_on": "2030-01-01"},
    )
    assert not Decision.objects.exists()


def test_the_owner_of_someone_elses_follow_up_cannot_tick_it_off(
    client, kernteam, wethouder, directeur, bo_meeting
):
    item = services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Punt")
    decision = services.record_decision(agenda_item=item, by=kernteam, text="Besloten.")
    follow_up = services.add_follow_up(
        decision=decision,
        by=kernteam,
        description="Uitwerken",
        owner=wethouder,
        due_on=datetime.date(2030, 1, 1),
    )
    client.force_login(directeur)
    response = client.post(
        reverse("governance:follow_up_done", args=[follow_up.pk]), {"done": "on", "expected_version": 1}
    )
    assert response.status_code == 404
    follow_up.refresh_from_db()
    assert not follow_up.done


def test_a_stale_tick_is_refused_not_overwritten(client, kernteam, wethouder, bo_meeting):
    item = services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Punt")
    decision = services.record_decision(agenda_item=item, by=kernteam, text="Besloten.")
    follow_up = services.add_follow_up(
        decision=decision,
        by=kernteam,
        description="Uitwerken",
        owner=wethouder,
        due_on=datetime.date(2030, 1, 1),
    )
    services.mark_follow_up_done(follow_up=follow_up, by=kernteam, expected_version=1)
    client.force_login(wethouder)
    response = client.post(
        reverse("governance:follow_up_done", args=[follow_up.pk]), {"expected_version": 1}, follow=True
    )
    assert "Iemand anders heeft dit intussen gewijzigd" in response.content.decode()
    follow_up.refresh_from_db()
    assert follow_up.done


def test_an_agreement_out_of_reach_gets_a_dutch_message(client, kernteam, red_agreement):
    client.force_login(kernteam)
    response = client.post(
        reverse("governance:escalation_create"), {"agreement": 9999, "stuck": "Vast", "request": "Gevraagd"}
    )
    assert "of u mag haar niet zien" in response.content.decode()
    assert not Escalation.objects.exists()


def test_an_adopted_meeting_is_not_changed(client, kernteam, bo_meeting):
    item = services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Punt")
    services.record_decision(agenda_item=item, by=kernteam, text="Besloten.")
    services.adopt_minutes(meeting=bo_meeting, by=kernteam, expected_version=bo_meeting.version)
    with pytest.raises(ValidationError, match="vastgesteld"):
        services.update_meeting(
            meeting=bo_meeting, by=kernteam, expected_version=bo_meeting.version, place="Elders"
        )
    with pytest.raises(ValidationError, match="vastgesteld"):
        services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Nog een punt")
    bo_meeting.refresh_from_db()
    assert bo_meeting.place == "Stadhuis Arnhem" and bo_meeting.items.count() == 1
