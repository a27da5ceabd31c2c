"""Tempomakers write the approach, record meetings with participants and decisions, and keep the action
list; a concurrent change is refused instead of silently overwritten."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from tempotafels.models import Action, Meeting
from tests.tempotafels.factories import MeetingFactory

pytestmark = pytest.mark.django_db


def test_a_tempomaker_records_a_meeting_with_participants_and_decisions(
    client, privaat, kernteam, tafel, neprom
):
    client.force_login(privaat)
    response = client.post(
        reverse("tempotafels:meeting_create", args=[tafel.pk]),
        {
            "kind": "versnellingstafel",
            "title": "Versnellingstafel circulair",
            "starts_at": "2021-02-04T09:00",
            "ends_at": "2021-02-04T13:00",
            "online_url": "https://teams.example.org/123",
            "participants": [privaat.pk, kernteam.pk],
            "organisations": [neprom.pk],
            "guest_names": "Anne de Vries\nKoen Bakker",
            "notes": "Vier deelsessies.",
            "decisions": "Meetmethode vaststellen.",
        },
    )
    meeting = Meeting.objects.get(title="Versnellingstafel circulair")
    assert response.url == meeting.get_absolute_url()
    assert meeting.created_by == privaat and meeting.kind == Meeting.Kind.VERSNELLINGSTAFEL
    assert timezone.localtime(meeting.starts_at).hour == 9
    html = client.get(meeting.get_absolute_url()).content.decode()
    for text in ["Ruud Janssen", "Anne de Vries", "Koen Bakker", "NEPROM", "Meetmethode vaststellen."]:
        assert text in html


def test_a_meeting_must_end_after_it_starts(client, privaat, tafel):
    client.force_login(privaat)
    data = {
        "kind": "tafel",
        "title": "Omgekeerd",
        "starts_at": "2021-02-04T13:00",
        "ends_at": "2021-02-04T09:00",
    }
    response = client.post(reverse("tempotafels:meeting_create", args=[tafel.pk]), data)
    assert "Het einde van de bijeenkomst moet na het begin liggen." in response.content.decode()
    assert not Meeting.objects.exists()


def test_an_action_needs_an_owner_and_belongs_to_its_meeting(client, privaat, tafel, meeting):
    client.force_login(privaat)
    url = reverse("tempotafels:action_create", args=[tafel.pk])
    response = client.post(
        url, {"description": "Notitie schrijven", "due_on": "2021-05-01", "meeting": meeting.pk}
    )
    assert "Kies een eigenaar of vul de naam van de eigenaar in." in response.content.decode()
    response = client.post(
        url,
        {
            "description": "Notitie schrijven",
            "due_on": "2021-05-01",
            "meeting": meeting.pk,
            "owner": privaat.pk,
        },
    )
    assert response.url == meeting.get_absolute_url()
    other = MeetingFactory()
    response = client.post(
        url, {"description": "Elders", "due_on": "2021-05-01", "meeting": other.pk, "owner_name": "Anne"}
    )
    assert response.status_code == 200 and not Action.objects.filter(description="Elders").exists()


def test_marking_an_action_done_records_when_and_can_be_undone(client, privaat, tafel, action):
    client.force_login(privaat)
    url = reverse("tempotafels:action_done", args=[action.pk])
    client.post(url, {"expected_version": 1, "done": "on", "next": "https://elders.example.org/"})
    action.refresh_from_db()
    assert action.done and action.done_at is not None and action.version == 2
    assert action.history.first().history_user == privaat
    response = client.post(url, {"expected_version": 2})
    action.refresh_from_db()
    assert not action.done and action.done_at is None
    assert response.url == action.meeting.get_absolute_url(), "an outside 'next' is ignored"


def test_a_stale_form_does_not_overwrite_a_newer_change(client, privaat, kernteam, tafel, action):
    client.force_login(kernteam)
    client.post(
        reverse("tempotafels:approach", args=[tafel.pk]),
        {"expected_version": 1, "approach_wat": "Versie van het Kernteam"},
    )
    client.force_login(privaat)
    response = client.post(
        reverse("tempotafels:approach", args=[tafel.pk]),
        {"expected_version": 1, "approach_wat": "Oude versie"},
    )
    assert "Iemand anders heeft dit intussen gewijzigd" in response.content.decode()
    tafel.refresh_from_db()
    assert tafel.approach_wat == "Versie van het Kernteam" and tafel.version == 2

    client.post(reverse("tempotafels:action_done", args=[action.pk]), {"expected_version": 1, "done": "on"})
    response = client.post(reverse("tempotafels:action_done", args=[action.pk]), {"expected_version": 1})
    assert any("Iemand anders" in str(m) for m in get_messages(response.wsgi_request))
    action.refresh_from_db()
    assert action.done
    response = client.post(reverse("tempotafels:action_done", args=[action.pk]), {})
    assert any("onvolledig verstuurd" in str(m) for m in get_messages(response.wsgi_request))


def test_the_agenda_lists_upcoming_meetings_only(client, partner, tafel):
    now = timezone.now()
    MeetingFactory(tempotafel=tafel, title="Was vorige week")
    MeetingFactory(
        tempotafel=tafel,
        title="Volgende week",
        starts_at=now + datetime.timedelta(days=7),
        ends_at=now + datetime.timedelta(days=7, hours=2),
    )
    client.force_login(partner)
    html = client.get(reverse("tempotafels:agenda")).content.decode()
    assert "Volgende week" in html and "Was vorige week" not in html
    assert reverse("tempotafels:calendar", args=[tafel.pk]) in html


def test_user_text_is_escaped(client, partner, tafel):
    MeetingFactory(tempotafel=tafel, title="<script>alert(1)</script>", notes="<b>vet</b>")
    client.force_login(partner)
    html = client.get(tafel.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
