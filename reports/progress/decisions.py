"""The report's section "Besluiten en opvolging": the decisions of the Directeurenoverleg and the Bestuurlijk
Overleg since the previous report, each with the state of its follow-up (governance owns the decisions; the
window is ``governance.cycle.report_window``).

The report is published (also on the public site), so it holds no internal texts and no personal names: it lists
the decisions on agenda items the meeting shared (``AgendaItem.is_shared``: with NIER and guests, and so with the
public) and only counts the decisions on confidential items; who is responsible is a body or an organisation
(``Decision.responsible`` accepts nothing else), and a follow-up action is shown without its owner. Six queries,
whatever the number of decisions."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone

from agreements.models import Period
from governance.cycle import report_window
from governance.models import Decision
from governance.models.decisions import responsible_choices


@dataclass(frozen=True)
class FollowUpState:
    description: str
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
    responsible: str  # a body or an organisation, or ""
    corrects: str  # "" or the meeting of the decision it corrects
    is_illustrative: bool  # demo data
    follow_ups: tuple[FollowUpState, ...]


@dataclass(frozen=True)
class DecisionsSection:
    since: date
    until: date
    decisions: tuple[ReportDecision, ...]  # on shared agenda items
    confidential: int = 0  # decisions on agenda items the meeting did not share

    @property
    def open_follow_ups(self) -> int:
        return sum(1 for d in self.decisions for f in d.follow_ups if f.state != "Gedaan")

    @property
    def overdue_follow_ups(self) -> int:
        return sum(1 for d in self.decisions for f in d.follow_ups if f.state == "Te laat")

    @property
    def is_empty(self) -> bool:
        return not self.decisions and not self.confidential


def _decision(decision: Decision, roles: set[str]) -> ReportDecision:
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
        responsible=decision.responsible if decision.responsible in roles else "",
        corrects=decision.corrects.agenda_item.meeting.display_title if decision.corrects_id else "",
        is_illustrative=decision.is_illustrative,
        follow_ups=tuple(
            FollowUpState(f.description, f.due_on, f.state_label) for f in decision.follow_ups.all()
        ),
    )


def build_decisions_section(period: Period) -> DecisionsSection:
    start, end = report_window(period)
    taken = Decision.objects.of_deciding_bodies().taken_between(start, end)
    decisions = (
        taken.filter(agenda_item__is_shared=True)
        .select_related(
            "agenda_item__meeting__body",
            "agenda_item__escalation__agreement",
            "corrects__agenda_item__meeting__body",
        )
        .prefetch_related("follow_ups")
    )
    roles = {name for _, group in responsible_choices() for name, _ in group}  # older rows may hold a name
    return DecisionsSection(
        since=timezone.localtime(start).date(),
        until=timezone.localtime(end).date() - timedelta(days=1),
        decisions=tuple(_decision(d, roles) for d in decisions),
        confidential=taken.filter(agenda_item__is_shared=False).count(),
    )
