"""The core team ends a tafel with a reason; from then on the tafel, its meetings and its actions are
read-only everywhere, and it stays readable with its history."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.urls import reverse

from tempotafels import services
from tempotafels.models import Tempotafel

pytestmark = pytest.mark.django_db
ENDED = "is beëindigd op 01-07-2021 en kan niet meer worden gewijzigd"


@pytest.fixture
def ended(tafel, kernteam, meeting, action):
    services.end_tempotafel(
        tafel=tafel,
        by=kernteam,
        ended_on=datetime.date(2021, 7, 1),
        reason="Geborgd in de provinciale aanpak.",
    )
    tafel.refresh_from_db()
    return tafel


def test_the_core_team_ends_a_tafel_with_a_reason(client, kernteam, tafel):
    client.force_login(kernteam)
    url = reverse("tempotafels:end", args=[tafel.pk])
    response = client.post(url, {"ended_on": "2021-07-01", "reason": ""})
    assert "Dit veld is verplicht" in response.content.decode()
    response = client.post(url, {"ended_on": "2021-07-01", "reason": "Geborgd in de provinciale aanpak."})
    assert response.status_code == 302
    tafel.refresh_from_db()
    assert tafel.ended_on == datetime.date(2021, 7, 1) and not tafel.is_active


def test_an_end_before_the_start_is_refused(client, kernteam, tafel):
    client.force_login(kernteam)
    response = client.post(
        reverse("tempotafels:end", args=[tafel.pk]), {"ended_on": "2019-01-01", "reason": "Klaar."}
    )
    assert "De einddatum ligt vóór de startdatum" in response.content.decode()
    assert Tempotafel.objects.get(pk=tafel.pk).is_active


@pytest.mark.parametrize("user", ["kernteam", "privaat"])
def test_every_edit_page_of_an_ended_tafel_sends_back_with_the_reason(
    client, request, ended, meeting, action, user
):
    client.force_login(request.getfixturevalue(user))
    urls = [
        reverse("tempotafels:approach", args=[ended.pk]),
        reverse("tempotafels:meeting_create", args=[ended.pk]),
        reverse("tempotafels:action_create", args=[ended.pk]),
        reverse("tempotafels:meeting_update", args=[meeting.pk]),
        reverse("tempotafels:action_update", args=[action.pk]),
    ]
    if user == "kernteam":
        urls += [reverse(f"tempotafels:{name}", args=[ended.pk]) for name in ("update", "team", "end")]
    for url in urls:
        response = client.post(url, {"approach_wat": "Nieuw", "title": "Nieuw", "description": "Nieuw"})
        assert response.status_code == 302 and response.url == ended.get_absolute_url(), url
        assert any(ENDED in str(m) for m in get_messages(response.wsgi_request)), url
    response = client.post(
        reverse("tempotafels:action_done", args=[action.pk]),
        {"expected_version": action.version, "done": "on"},
    )
    assert response.status_code == 302
    action.refresh_from_db()
    assert not action.done
    assert ended.meetings.count() == 1 and ended.actions.count() == 1


def test_the_services_refuse_an_ended_tafel_in_dutch(ended, kernteam, meeting, action):
    calls = [
        lambda: services.update_approach(
            tafel=ended, by=kernteam, expected_version=ended.version, approach_wat="x"
        ),
        lambda: services.record_meeting(tafel=ended, by=kernteam, title="x"),
        lambda: services.add_action(
            tafel=ended, by=kernteam, description="x", due_on=datetime.date(2021, 8, 1), owner_name="x"
        ),
        lambda: services.mark_action_done(action=action, by=kernteam, expected_version=action.version),
        lambda: services.end_tempotafel(
            tafel=ended, by=kernteam, ended_on=datetime.date(2021, 8, 1), reason="x"
        ),
    ]
    for call in calls:
        with pytest.raises(ValidationError, match=ENDED):
            call()


def test_an_ended_tafel_stays_readable_with_its_history(client, partner, ended, meeting):
    client.force_login(partner)
    html = client.get(ended.get_absolute_url()).content.decode()
    assert "Beëindigd op 1 juli 2021" in html and "Geborgd in de provinciale aanpak." in html
    assert meeting.title in html
    assert "Bijeenkomst vastleggen" not in html and "Afvinken" not in html
    history = client.get(reverse("tempotafels:history", args=[ended.pk])).content.decode()
    assert "Gewijzigd: beëindigd op, reden van beëindiging" in history
    overview = client.get(reverse("tempotafels:list")).content.decode()
    assert "Beëindigde tempotafels" in overview and "Beëindigd op 1-7-2021" in overview
