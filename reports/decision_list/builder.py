"""A meeting's besluitenlijst as plain data: one builder for the PDF and the Excel file, built from the items
the user may read (a NIER member's list holds only the items shared with them)."""

from dataclasses import dataclass
from datetime import date, datetime

from django.template.loader import render_to_string
from django.utils import timezone

from governance.models import Meeting

from ..pdf import render_pdf

EXCEL_HEADERS = ["Agendapunt", "Onderwerp", "Besluit", "Verantwoordelijk", "Corrigeert", "Opvolgactie"]
EXCEL_HEADERS += ["Eigenaar", "Uiterlijk op", "Status"]


@dataclass(frozen=True)
class FollowUpLine:
    description: str
    owner: str
    due_on: date
    state: str


@dataclass(frozen=True)
class DecisionLine:
    item_number: int
    item_title: str
    text: str
    responsible: str
    corrects: str  # "" or the meeting and text of the decision it corrects
    follow_ups: tuple[FollowUpLine, ...]


@dataclass(frozen=True)
class DecisionList:
    title: str
    body: str
    starts_at: datetime
    place: str
    adopted_on: date | None
    present: tuple[str, ...]
    items_without_decision: tuple[str, ...]
    lines: tuple[DecisionLine, ...]
    is_illustrative: bool = False  # an invented (demo) meeting: the PDF says so on every page

    @property
    def filename(self) -> str:
        return f"besluitenlijst-{self.body.lower().replace(' ', '-')}-{self.starts_at:%Y-%m-%d}"


def _line(item, decision) -> DecisionLine:
    corrects = decision.corrects
    follow_ups = tuple(
        FollowUpLine(f.description, f.owner_label, f.due_on, f.state_label) for f in decision.follow_ups.all()
    )
    return DecisionLine(
        item_number=item.number,
        item_title=item.title,
        text=decision.text,
        responsible=decision.responsible,
        corrects=f"{corrects.agenda_item.meeting.display_title}: {corrects.text}" if corrects else "",
        follow_ups=follow_ups,
    )


def build_decision_list(meeting: Meeting) -> DecisionList:
    """``meeting`` comes from ``governance.views.access.meetings_with_items(user)`` (items and decisions
    prefetched through the user's scope), with ``present__user`` prefetched."""
    items = meeting.visible_items
    return DecisionList(
        title=f"Besluitenlijst {meeting.display_title}",
        body=meeting.body.name,
        starts_at=timezone.localtime(meeting.starts_at),
        place=meeting.place,
        adopted_on=timezone.localtime(meeting.minutes_adopted_at).date() if meeting.is_adopted else None,
        present=tuple(m.label for m in meeting.present.all()) + tuple(meeting.attendee_names),
        items_without_decision=tuple(str(item) for item in items if not item.decisions.all()),
        lines=tuple(_line(item, decision) for item in items for decision in item.decisions.all()),
        is_illustrative=meeting.is_illustrative,
    )


def render_decision_list_pdf(data: DecisionList) -> bytes:
    html = render_to_string("reports/decision_list_pdf.html", {"data": data})
    return render_pdf(html, title=data.title)


def decision_list_rows(data: DecisionList) -> list[list]:
    """One row per follow-up action (a decision without follow-up gets one row of its own)."""
    rows = []
    for line in data.lines:
        first = [line.item_number, line.item_title, line.text, line.responsible, line.corrects]
        for follow_up in line.follow_ups or (None,):
            action = (
                [follow_up.description, follow_up.owner, follow_up.due_on, follow_up.state]
                if follow_up
                else []
            )
            rows.append(first + (action or ["", "", None, ""]))
    return rows
