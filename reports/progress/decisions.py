"""The report's section "Besluiten en opvolging": the decisions of the Directeurenoverleg and the Bestuurlijk
Overleg since the previous report, each with the state of its follow-up (governance owns the decisions; the
window is ``governance.cycle.report_window``). Three queries, whatever the number of decisions."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Prefetch
from django.utils import timezone

from agreements.models import Period
from governance.cycle import report_window
from governance.models import Decision, FollowUp


@dataclass(frozen=True)
class FollowUpState:
    description: str
    owner: str
    due_on: date
    state: str  # Open / Te laat / Gedaan


@dataclass(frozen=True)
class ReportDecision:
    meeting: str
    held_on: date
    adopted: bool  # False: the besluitenlijst is still a concept
    subject: str  # the agenda item
    agreement_number: int | None  # when the item is an escalation of an agreement
    text: str
    responsible: str
    corrects: str  # "" or the meeting of the decision it corrects
    follow_ups: tuple[FollowUpState, ...]


@dataclass(frozen=True)
class DecisionsSection:
    since: date
    until: date
    decisions: tuple[ReportDecision, ...]

    @property
    def open_follow_ups(self) -> int:
        return sum(1 for d in self.decisions for f in d.follow_ups if f.state != "Gedaan")

    @property
    def overdue_follow_ups(self) -> int:
        return sum(1 for d in self.decisions for f in d.follow_ups if f.state == "Te laat")


def _decision(decision: Decision) -> ReportDecision:
    item = decision.agenda_item
    meeting = item.meeting
    escalation = item.escalation
    return ReportDecision(
        meeting=meeting.display_title,
        held_on=timezone.localtime(meeting.starts_at).date(),
        adopted=meeting.is_adopted,
        subject=item.title,
        agreement_number=escalation.agreement.number if escalation and escalation.agreement_id else None,
        text=decision.text,
        responsible=decision.responsible,
        corrects=decision.corrects.agenda_item.meeting.display_title if decision.corrects_id else "",
        follow_ups=tuple(
            FollowUpState(f.description, f.owner_label, f.due_on, f.state_label)
            for f in decision.follow_ups.all()
        ),
    )


def build_decisions_section(period: Period) -> DecisionsSection:
    start, end = report_window(period)
    decisions = (
        Decision.objects.of_deciding_bodies()
        .taken_between(start, end)
        .select_related(
            "agenda_item__meeting__body",
            "agenda_item__escalation__agreement",
            "corrects__agenda_item__meeting__body",
        )
        .prefetch_related(Prefetch("follow_ups", queryset=FollowUp.objects.select_related("owner")))
    )
    return DecisionsSection(
        since=timezone.localtime(start).date(),
        until=timezone.localtime(end).date() - timedelta(days=1),
        decisions=tuple(_decision(d) for d in decisions),
    )
