"""iCalendar (RFC 5545) for a tafel's meetings, written by hand: no calendar library is installed.

Times are written in UTC (``Z``), so no VTIMEZONE block is needed; text is escaped (section 3.3.11), lines end
in CRLF and are folded at 75 octets without splitting a UTF-8 character (section 3.1)."""

import datetime
from collections.abc import Callable, Iterable

from .models import Meeting, Tempotafel

CRLF = "\r\n"
MAX_OCTETS = 75
PRODID = "-//Woondeal regio Arnhem-Nijmegen//Woondeal Monitor//NL"


def escape_text(value: str) -> str:
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets; continuation lines start with one space."""
    chunks, current, size = [], "", 0
    for char in line:
        width = len(char.encode())
        limit = MAX_OCTETS if not chunks else MAX_OCTETS - 1  # the leading space counts
        if size + width > limit:
            chunks.append(current)
            current, size = "", 0
        current += char
        size += width
    chunks.append(current)
    return (CRLF + " ").join(chunks)


def utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _event(meeting: Meeting, *, url: str, host: str, stamp: datetime.datetime) -> list[str]:
    where = ", ".join(part for part in (meeting.place, meeting.online_url) if part)
    description = "\n\n".join(
        part
        for part in (
            meeting.tempotafel.guiding_question,
            meeting.decisions and "Besluiten:\n" + meeting.decisions,
        )
        if part
    )
    lines = [
        "BEGIN:VEVENT",
        f"UID:bijeenkomst-{meeting.pk}@{host}",
        f"DTSTAMP:{utc(stamp)}",
        f"DTSTART:{utc(meeting.starts_at)}",
        f"DTEND:{utc(meeting.ends_at)}",
        f"SEQUENCE:{meeting.version}",
        "SUMMARY:" + escape_text(f"{meeting.get_kind_display()} {meeting.tempotafel.name}: {meeting.title}"),
        "DESCRIPTION:" + escape_text(description),
        f"URL:{url}",
    ]
    if where:
        lines.append("LOCATION:" + escape_text(where))
    return [*lines, "END:VEVENT"]


def calendar(
    tafel: Tempotafel,
    meetings: Iterable[Meeting],
    *,
    url_for: Callable[[Meeting], str],
    host: str,
    stamp: datetime.datetime,
) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + escape_text(f"Tempotafel {tafel.name}"),
    ]
    for meeting in meetings:
        lines += _event(meeting, url=url_for(meeting), host=host, stamp=stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
