"""A tafel's meetings as an iCalendar file (RFC 5545): read back line by line, unfolded and unescaped."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tempotafels.models import Meeting
from tests.tempotafels.factories import MeetingFactory

pytestmark = pytest.mark.django_db
AMSTERDAM = timezone.get_fixed_timezone(60)  # CET in winter


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def parse(body: bytes) -> list[dict[str, str]]:
    """Check the physical lines, unfold them, and return one dict of properties per VEVENT."""
    text = body.decode("utf-8")
    assert text.endswith("\r\n")
    physical = text.split("\r\n")[:-1]
    assert all("\n" not in line and "\r" not in line for line in physical)
    assert all(len(line.encode()) <= 75 for line in physical), "lines are folded at 75 octets"
    logical: list[str] = []
    for line in physical:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    assert logical[0] == "BEGIN:VCALENDAR" and logical[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in logical and any(line.startswith("PRODID:") for line in logical)
    events, current = [], None
    for line in logical:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = re.split(r"(?<!\\)(:)", line, maxsplit=1)
            current[name] = value
    return events


def test_the_calendar_holds_every_meeting_with_escaped_text_and_utc_times(client, privaat, tafel):
    title = "Tussensprint; circulair, biobased & \\ groen: " + "één meetmethode voor alle plannen " * 3
    meeting = MeetingFactory(
        tempotafel=tafel,
        kind=Meeting.Kind.TUSSENSPRINT,
        title=title,
        starts_at=datetime.datetime(2021, 3, 18, 16, 0, tzinfo=AMSTERDAM),
        ends_at=datetime.datetime(2021, 3, 18, 17, 0, tzinfo=AMSTERDAM),
        place="Provinciehuis, zaal 2; Arnhem",
        decisions="Regel één\nRegel twee",
    )
    MeetingFactory(tempotafel=tafel, title="Tweede bijeenkomst")
    client.force_login(privaat)
    response = client.get(reverse("tempotafels:calendar", args=[tafel.pk]))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="tempotafel-circulair-bouwen.ics"'
    events = parse(response.content)
    assert len(events) == 2 and len({e["UID"] for e in events}) == 2
    event = next(e for e in events if "Tussensprint;" in unescape(e["SUMMARY"]))
    assert unescape(event["SUMMARY"]) == f"Tussensprint Circulair bouwen: {title}"
    assert "\\;" in event["SUMMARY"] and "\\," in event["SUMMARY"] and "\\\\" in event["SUMMARY"]
    assert (event["DTSTART"], event["DTEND"]) == ("20210318T150000Z", "20210318T160000Z")
    assert unescape(event["LOCATION"]) == "Provinciehuis, zaal 2; Arnhem"
    assert unescape(event["DESCRIPTION"]).endswith("Besluiten:\nRegel één\nRegel twee")
    assert event["URL"] == f"http://testserver{meeting.get_absolute_url()}"
    assert re.fullmatch(r"\d{8}T\d{6}Z", event["DTSTAMP"])


def test_folding_never_splits_a_character(client, privaat, tafel):
    """Lines are folded at 75 octets, and a fold never falls inside a multi-byte character: every physical line
    is valid UTF-8 on its own, and unfolding gives the text back."""
    MeetingFactory(tempotafel=tafel, title="ë" * 100)
    client.force_login(privaat)
    body = client.get(reverse("tempotafels:calendar", args=[tafel.pk])).content
    physical = body.split(b"\r\n")
    assert len(physical) > 5 and all(len(line) <= 75 for line in physical)
    for line in physical:
        line.decode("utf-8")  # raises UnicodeDecodeError if a fold split a character
    [event] = parse(body)
    assert unescape(event["SUMMARY"]).endswith(": " + "ë" * 100)
