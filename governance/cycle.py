"""The half-year cycle as a planning: from the period's factsheet deadline the app proposes when the kernteam
bundles the report, the Directeurenoverleg discusses it and the Bestuurlijk Overleg adopts it, and shows where
the period stands. A scheduled DO or BO meeting in the window replaces the proposed date."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from agreements.models import Period

from .models import Body, Meeting

BUNDLE_AFTER = datetime.timedelta(days=14)
DO_AFTER = datetime.timedelta(days=28)
BO_AFTER = datetime.timedelta(days=42)
WINDOW = datetime.timedelta(days=120)


@dataclass(frozen=True)
class CycleStep:
    label: str
    day: datetime.date
    meeting: Meeting | None  # the scheduled meeting that holds this step, if any
    state: str  # "voorbij", "nu", "gepland"

    @property
    def state_label(self) -> str:
        return {"voorbij": "Datum verstreken", "nu": "Nu aan de beurt", "gepland": "Gepland"}[self.state]

    @property
    def is_proposed(self) -> bool:
        return self.meeting is None


def _first_meeting(meetings: list[Meeting], kind: str, after: datetime.date) -> Meeting | None:
    return next((m for m in meetings if m.body.kind == kind and m.starts_at.date() >= after), None)


def plan_cycle(period: Period | None, *, today: datetime.date) -> list[CycleStep] | None:
    """The four steps of ``period``'s cycle, or None when the period has no deadline (nothing to plan from)."""
    if period is None or period.deadline is None:
        return None
    deadline = period.deadline
    meetings = list(
        Meeting.objects.deciding()
        .filter(starts_at__date__gte=deadline, starts_at__date__lte=deadline + WINDOW)
        .select_related("body")
        .order_by("starts_at")
    )
    do_meeting = _first_meeting(meetings, Body.Kind.DO, deadline + BUNDLE_AFTER)
    do_day = do_meeting.starts_at.date() if do_meeting else deadline + DO_AFTER
    bo_meeting = _first_meeting(meetings, Body.Kind.BO, do_day)
    bo_day = bo_meeting.starts_at.date() if bo_meeting else deadline + BO_AFTER
    rows = [
        ("Factsheets definitief (deadline)", deadline, None),
        ("Kernteam bundelt de voortgangsrapportage", deadline + BUNDLE_AFTER, None),
        ("Directeurenoverleg bespreekt de rapportage", do_day, do_meeting),
        ("Bestuurlijk Overleg bespreekt en stelt vast", bo_day, bo_meeting),
    ]
    current = next((i for i, (_, day, _) in enumerate(rows) if day >= today), len(rows))
    states = ["voorbij" if i < current else "nu" if i == current else "gepland" for i in range(len(rows))]
    return [
        CycleStep(label, day, meeting, state)
        for (label, day, meeting), state in zip(rows, states, strict=True)
    ]


def report_window(period: Period) -> tuple[datetime.datetime, datetime.datetime]:
    """The meetings whose decisions the report of ``period`` lists ("since the previous report"): from the
    previous period's deadline up to and including this period's deadline (a half year without a deadline
    counts from its first day to its last)."""
    previous = period.previous()
    start = (previous.deadline if previous and previous.deadline else period.start) + datetime.timedelta(
        days=1
    )
    end = (period.deadline or period.end) + datetime.timedelta(days=1)
    zone = timezone.get_current_timezone()
    return (
        datetime.datetime.combine(start, datetime.time(), tzinfo=zone),
        datetime.datetime.combine(end, datetime.time(), tzinfo=zone),
    )
