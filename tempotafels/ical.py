"""Meetings as iCalendar (RFC 5545), written with the ``icalendar`` library: a tafel's meetings here; governance
builds its feeds (one per body, one per user) on the same event, file and response.

Times are written in UTC (``Z``), so no VTIMEZONE block is needed; the library escapes text and folds lines at
75 octets without splitting a character."""

import datetime
from collections.abc import Callable, Iterable

from django.http import HttpResponse
from icalendar import Calendar, Event

from .models import Meeting, Tempotafel

PRODID = "-//Woondeal Monitor//Vergaderingen//NL"


def meeting_event(
    meeting, *, uid: str, summary: str, description: str, url: str, stamp: datetime.datetime
) -> Event:
    """One meeting (a tafel's or a body's: it has ``starts_at``, ``ends_at``, ``version``, ``place`` and
    ``online_url``); every change raises ``version``, which calendar clients read as the SEQUENCE."""
    where = ", ".join(part for part in (meeting.place, meeting.online_url) if part)
    return Event.new(
        uid=uid,
        stamp=stamp.astimezone(datetime.UTC),
        start=meeting.starts_at.astimezone(datetime.UTC),
        end=meeting.ends_at.astimezone(datetime.UTC),
        sequence=meeting.version,
        summary=summary,
        description=description,
        location=where or None,
        url=url,
    )


def calendar_file(events: Iterable[Event], *, name: str) -> bytes:
    """A published calendar named ``name`` with ``events``, as the bytes of an .ics file."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(event)
    return calendar.to_ical()


def calendar_response(content: bytes, *, filename: str) -> HttpResponse:
    """The .ics file as a download named ``filename``.ics."""
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response


def tafel_calendar(
    tafel: Tempotafel,
    meetings: Iterable[Meeting],
    *,
    url_for: Callable[[Meeting], str],
    host: str,
    stamp: datetime.datetime,
) -> bytes:
    """Every meeting of one tafel: its kind, tafel and title as the summary; the guiding question and the
    decisions as the description."""
    events = (
        meeting_event(
            meeting,
            uid=f"bijeenkomst-{meeting.pk}@{host}",
            summary=f"{meeting.get_kind_display()} {tafel.name}: {meeting.title}",
            description=_description(tafel, meeting),
            url=url_for(meeting),
            stamp=stamp,
        )
        for meeting in meetings
    )
    return calendar_file(events, name=f"Tempotafel {tafel.name}")


def _description(tafel: Tempotafel, meeting: Meeting) -> str:
    decisions = meeting.decisions and "Besluiten:\n" + meeting.decisions
    return "\n\n".join(part for part in (tafel.guiding_question, decisions) if part)
