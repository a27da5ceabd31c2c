"""The iCalendar feeds (one per body, one per user) parse back with the icalendar library."""

import pytest
from django.urls import reverse
from icalendar import Calendar

from governance import services

pytestmark = pytest.mark.django_db


def events(response) -> list:
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content).walk("VEVENT")


def test_the_body_feed_holds_its_meetings_with_utc_times_and_the_visible_agenda(
    client, kernteam, wethouder, bo_meeting, do_meeting
):
    services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Escalatie; afspraak 17, flexwonen")
    client.force_login(wethouder)
    [event] = events(client.get(reverse("governance:body_calendar", args=["bo"])))
    assert event.decoded("dtstart") == bo_meeting.starts_at
    assert event.decoded("dtend") == bo_meeting.ends_at
    assert "1. Escalatie; afspraak 17, flexwonen" in str(event["description"])
    assert str(event["location"]) == "Stadhuis Arnhem"
    assert str(event["uid"]).startswith(f"bestuur-vergadering-{bo_meeting.pk}@")


def test_a_users_feed_holds_only_their_bodies(client, directeur, bo_meeting, do_meeting):
    client.force_login(directeur)
    [event] = events(client.get(reverse("governance:my_calendar")))
    assert event.decoded("dtstart") == do_meeting.starts_at


def test_a_nier_member_gets_no_hidden_agenda_items_in_the_feed(client, kernteam, nier_lid, bo_meeting):
    services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Vertrouwelijk punt")
    services.add_agenda_item(meeting=bo_meeting, by=kernteam, title="Gedeeld punt", is_shared=True)
    client.force_login(nier_lid)
    [event] = events(client.get(reverse("governance:body_calendar", args=["bo"])))
    assert "Gedeeld punt" in str(event["description"]) and "Vertrouwelijk" not in str(event["description"])
