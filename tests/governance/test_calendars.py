"""The iCalendar feeds (one per body, one per user) parse back with the icalendar library. A calendar client
cannot log in: a feed is read through the user's secret address (a token in the URL), holds exactly what that
user's pages show, and nothing is readable without a valid token; renewing the address ends the old one."""

import pytest
from django.urls import reverse
from icalendar import Calendar

from accounts.models import Role
from governance import services
from governance.models import CalendarToken
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def events(response) -> list:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content).walk("VEVENT")


def body_feed(user, kind="bo") -> str:
    return reverse("governance:body_calendar", args=[CalendarToken.objects.renew(user).token, kind])


def my_feed(user) -> str:
    return reverse("governance:my_calendar", args=[CalendarToken.objects.renew(user).token])


def test_the_body_feed_holds_its_meetings_with_utc_times_and_the_visible_agenda(
    client, kernteam, wethouder, bo_meeting, do_meeting
):
    services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Escalatie; afspraak 17, flexwonen")
    [event] = events(client.get(body_feed(wethouder)))  # no login: the calendar client has only the address
    assert event.decoded("dtstart") == bo_meeting.starts_at
    assert event.decoded("dtend") == bo_meeting.ends_at
    assert "1. Escalatie; afspraak 17, flexwonen" in str(event["description"])
    assert str(event["location"]) == "Stadhuis Arnhem"
    assert str(event["uid"]).startswith(f"bestuur-vergadering-{bo_meeting.pk}@")


def test_a_users_feed_holds_only_their_bodies(client, directeur, bo_meeting, do_meeting):
    [event] = events(client.get(my_feed(directeur)))
    assert event.decoded("dtstart") == do_meeting.starts_at


def test_a_nier_member_gets_no_hidden_agenda_items_in_the_feed(client, kernteam, nier_lid, bo_meeting):
    services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Vertrouwelijk punt")
    services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Gedeeld punt", is_shared=True)
    [event] = events(client.get(body_feed(nier_lid)))
    assert "Gedeeld punt" in str(event["description"]) and "Vertrouwelijk" not in str(event["description"])


def test_no_feed_without_a_valid_token(client, wethouder, bo_meeting):
    real = CalendarToken.objects.renew(wethouder).token
    for token in ("", "x", real[:-1], real.upper() if real.upper() != real else real.lower()):
        for url in (f"/bestuur/agenda/{token}/mijn-vergaderingen.ics", f"/bestuur/agenda/{token}/bo.ics"):
            response = client.get(url)
            assert response.status_code == 404, url
            assert b"BEGIN:VCALENDAR" not in response.content
    client.force_login(wethouder)  # a session is no token either
    assert client.get("/bestuur/agenda/x/mijn-vergaderingen.ics").status_code == 404


def test_renewing_the_address_ends_the_old_one(client, wethouder, bo_meeting):
    old = body_feed(wethouder)
    client.force_login(wethouder)
    response = client.post(reverse("governance:calendar_renew"), follow=True)
    assert "Het oude adres werkt niet meer." in response.content.decode()
    new = reverse("governance:body_calendar", args=[CalendarToken.objects.get(user=wethouder).token, "bo"])
    client.logout()
    assert new != old and client.get(old).status_code == 404
    assert len(events(client.get(new))) == 1


def test_an_inactive_users_address_stops_working(client, wethouder, bo_meeting):
    url = body_feed(wethouder)
    wethouder.is_active = False
    wethouder.save()
    assert client.get(url).status_code == 404


def test_a_tempomaker_outside_the_bodies_gets_no_meetings_until_invited(client, kernteam, pillar, bo_meeting):
    tempomaker = UserFactory(username="tempomaker", role=Role.TEMPOMAKER, pillar=pillar)
    assert events(client.get(body_feed(tempomaker))) == []
    assert events(client.get(my_feed(tempomaker))) == []
    services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Inbreng tafel", is_shared=True)
    services.update_meeting(
        meeting=bo_meeting, by=kernteam, expected_version=bo_meeting.version, invitees=[tempomaker]
    )
    [event] = events(client.get(my_feed(tempomaker)))
    assert "Inbreng tafel" in str(event["description"])


def test_the_address_page_shows_the_addresses_and_creates_one_on_request(client, wethouder):
    url = reverse("governance:calendar_links")
    assert client.get(url).status_code == 302  # the page itself needs a login
    client.force_login(wethouder)
    assert "Agenda-adres aanmaken" in client.get(url).content.decode()
    assert not CalendarToken.objects.exists()  # a GET writes nothing
    assert client.get(reverse("governance:calendar_renew")).status_code == 405
    body = client.post(reverse("governance:calendar_renew"), follow=True).content.decode()
    token = CalendarToken.objects.get(user=wethouder).token
    assert f"/bestuur/agenda/{token}/mijn-vergaderingen.ics" in body and "Agenda-adres vernieuwen" in body
