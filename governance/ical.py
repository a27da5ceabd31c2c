"""Meetings of the bodies as iCalendar (RFC 5545): one feed per body and one per user for the bodies they sit in
or are invited to. The event, the file and the response are tempotafels' (``tempotafels.ical``); here only what a
body's meeting says: its title, and the agenda items the feed's user may see."""

import datetime
from collections.abc import Callable, Iterable

from tempotafels.ical import calendar_file, meeting_event

from .models import Meeting


def meeting_calendar(
    meetings: Iterable[Meeting],
    *,
    name: str,
    url_for: Callable[[Meeting], str],
    host: str,
    stamp: datetime.datetime,
) -> bytes:
    events = (
        meeting_event(
            meeting,
            uid=f"bestuur-vergadering-{meeting.pk}@{host}",
            summary=meeting.display_title,
            description=_agenda(meeting),
            url=url_for(meeting),
            stamp=stamp,
        )
        for meeting in meetings
    )
    return calendar_file(events, name=name)


def _agenda(meeting: Meeting) -> str:
    agenda = "\n".join(str(item) for item in meeting.visible_items)  # prefetched through the user's scope
    return f"Agenda:\n{agenda}" if agenda else "Agenda volgt."
