"""Meetings as iCalendar (RFC 5545), written with the ``icalendar`` library: one feed per body and one per user
for the bodies they sit in or are invited to. Times are stored in UTC and written as such."""

import datetime
from collections.abc import Callable, Iterable

from icalendar import Calendar, Event

from .models import Meeting

PRODID = "-//Woondeal Monitor//Bestuurlijke cyclus//NL"


def _event(meeting: Meeting, *, url: str, host: str, stamp: datetime.datetime) -> Event:
    event = Event()
    event.add("uid", f"bestuur-vergadering-{meeting.pk}@{host}")
    event.add("dtstamp", stamp)
    event.add("dtstart", meeting.starts_at)
    event.add("dtend", meeting.ends_at)
    event.add("sequence", meeting.version)
    event.add("summary", meeting.display_title)
    where = ", ".join(part for part in (meeting.place, meeting.online_url) if part)
    if where:
        event.add("location", where)
    agenda = "\n".join(str(item) for item in meeting.visible_items)  # prefetched through the user's scope
    event.add("description", f"Agenda:\n{agenda}" if agenda else "Agenda volgt.")
    event.add("url", url)
    return event


def meeting_calendar(
    meetings: Iterable[Meeting],
    *,
    name: str,
    url_for: Callable[[Meeting], str],
    host: str,
    stamp: datetime.datetime,
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for meeting in meetings:
        calendar.add_component(_event(meeting, url=url_for(meeting), host=host, stamp=stamp))
    return calendar.to_ical()
