"""Meetings at a given hour in Amsterdam (winter time), days from today."""

import datetime

from django.utils import timezone

from governance.models import Body, Meeting

AMSTERDAM = datetime.timezone(datetime.timedelta(hours=1))


def at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=AMSTERDAM)


def meeting_of(body: Body, days_ahead: int, **fields) -> Meeting:
    day = timezone.localdate() + datetime.timedelta(days=days_ahead)
    return Meeting.objects.create(
        body=body, starts_at=at(day), ends_at=at(day, 12), place="Stadhuis Arnhem", **fields
    )
