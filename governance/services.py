"""Workflows of the governance cycle. The core team prepares meetings, opens escalations, puts them on the
agenda and records decisions and follow-up; an owner ticks off their own follow-up. Every function is atomic,
checks who acts once, and refuses to change adopted minutes."""

import datetime
import hashlib
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Max, Q
from django.utils import timezone

from accounts.access import require_core_team
from accounts.models import User
from agreements.models import Agreement, Period, Pillar, TrafficLight
from tempotafels.models import Tempotafel

from .models import AgendaItem, Body, BodyMember, Decision, Escalation, FollowUp, Meeting, MeetingDocument
from .uploads import check_document_upload

CORE_TEAM_ONLY = "Alleen het Ambtelijk Kernteam bereidt vergaderingen voor en legt besluiten vast."
ALREADY_SETTLED = "Over deze escalatie is al besloten of zij is ingetrokken."


def _save(obj: models.Model) -> None:
    obj.full_clean()
    obj.save()


def escalatable_agreements(period: Period | None):
    """Agreements whose latest light up to ``period`` is red or flagged for the board's attention."""
    return Agreement.objects.with_latest_status(period).filter(
        Q(latest_colour=TrafficLight.ROOD) | Q(latest_needs_attention=True)
    )


# Meetings ----------------------------------------------------------------------------------------------


@transaction.atomic
def schedule_meeting(*, by: User, body: Body, invitees: Iterable[User] = (), **fields) -> Meeting:
    """A meeting of ``body``: date and time, place or link, title, invitees."""
    require_core_team(by, CORE_TEAM_ONLY)
    meeting = Meeting(body=body, created_by=by, **fields)
    _save(meeting)
    meeting.invitees.set(invitees)
    return meeting


@transaction.atomic
def update_meeting(*, meeting: Meeting, by: User, expected_version: int, invitees=None, **fields) -> Meeting:
    require_core_team(by, CORE_TEAM_ONLY)
    meeting.ensure_open()
    meeting.claim(expected_version)
    for name, value in fields.items():
        setattr(meeting, name, value)
    _save(meeting)
    if invitees is not None:
        meeting.invitees.set(invitees)
    return meeting


@transaction.atomic
def record_attendance(
    *,
    meeting: Meeting,
    by: User,
    expected_version: int,
    present: Iterable[BodyMember],
    other_attendees: str = "",
) -> Meeting:
    require_core_team(by, CORE_TEAM_ONLY)
    meeting.ensure_open()
    present = list(present)
    if any(member.body_id != meeting.body_id for member in present):
        raise ValidationError({"present": "Kies alleen leden van dit overleg."})
    meeting.claim(expected_version)
    meeting.other_attendees = other_attendees.strip()
    _save(meeting)
    meeting.present.set(present)
    return meeting


@transaction.atomic
def adopt_minutes(*, meeting: Meeting, by: User, expected_version: int) -> Meeting:
    """The besluitenlijst is vastgesteld: from now on its decisions never change."""
    require_core_team(by, CORE_TEAM_ONLY)
    meeting.ensure_open()
    if not Decision.objects.filter(agenda_item__meeting=meeting).exists():
        raise ValidationError(
            "Er zijn nog geen besluiten vastgelegd; een lege besluitenlijst wordt niet vastgesteld."
        )
    meeting.claim(expected_version)
    meeting.minutes_adopted_at, meeting.minutes_adopted_by = timezone.now(), by
    _save(meeting)
    return meeting


@transaction.atomic
def add_agenda_item(
    *,
    meeting: Meeting,
    by: User,
    title: str,
    description: str = "",
    is_shared: bool = False,
    escalation: Escalation | None = None,
) -> AgendaItem:
    require_core_team(by, CORE_TEAM_ONLY)
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)  # one number per item
    meeting.ensure_open()
    number = (meeting.items.aggregate(n=Max("number"))["n"] or 0) + 1
    item = AgendaItem(
        meeting=meeting,
        number=number,
        title=title,
        description=description,
        is_shared=is_shared,
        escalation=escalation,
    )
    _save(item)
    return item


@transaction.atomic
def update_agenda_item(
    *,
    item: AgendaItem,
    by: User,
    expected_version: int,
    title: str,
    description: str = "",
    is_shared: bool = False,
) -> AgendaItem:
    """The core team edits an agenda item until the minutes are adopted; of two simultaneous edits the second is
    refused (``ValidationError`` with code ``conflict``), never silently overwritten."""
    require_core_team(by, CORE_TEAM_ONLY)
    item.meeting.ensure_open()
    item.claim(expected_version)
    item.title, item.description, item.is_shared = title.strip(), description.strip(), is_shared
    _save(item)
    return item


def _document(meeting: Meeting, by: User, **fields) -> MeetingDocument:
    require_core_team(by, CORE_TEAM_ONLY)
    meeting.ensure_open()
    document = MeetingDocument(meeting=meeting, uploaded_by=by, **fields)
    _save(document)
    return document


@transaction.atomic
def attach_file(*, meeting: Meeting, by: User, title: str, file_name: str, content: bytes) -> MeetingDocument:
    """An uploaded document, checked like every upload; its bytes are kept in the database."""
    content_type = check_document_upload(content)
    return _document(
        meeting,
        by,
        kind=MeetingDocument.Kind.FILE,
        title=title,
        file_name=file_name[-200:],
        content_type=content_type,
        content=content,
        sha256=hashlib.sha256(content).hexdigest(),
        size=len(content),
    )


@transaction.atomic
def attach_report(
    *, meeting: Meeting, by: User, period: Period, pillar: Pillar | None = None
) -> MeetingDocument:
    """The period's progress report, or the factsheet of ``pillar``, linked (never copied)."""
    if pillar is None:
        return _document(
            meeting,
            by,
            kind=MeetingDocument.Kind.REPORT,
            period=period,
            title=f"Voortgangsrapportage {period.label}",
        )
    title = f"Factsheet pijler {pillar.number}, {period.label}"
    return _document(
        meeting, by, kind=MeetingDocument.Kind.FACTSHEET, period=period, pillar=pillar, title=title
    )


# Escalations, decisions, follow-up ---------------------------------------------------------------------


@transaction.atomic
def open_escalation(
    *,
    by: User,
    period: Period,
    stuck: str,
    request: str,
    needed_by: datetime.date | None = None,
    agreement: Agreement | None = None,
    tempotafel: Tempotafel | None = None,
    pillar: Pillar | None = None,
) -> Escalation:
    """The core team asks the board to act on a red or flagged agreement, a Tempotafel or a factsheet."""
    require_core_team(by, CORE_TEAM_ONLY)
    if agreement is not None and not escalatable_agreements(period).filter(pk=agreement.pk).exists():
        raise ValidationError(
            {
                "agreement": f"Afspraak {agreement.number} staat niet op rood en vraagt geen aandacht van het BO/NIER."
            }
        )
    if tempotafel is not None and not Tempotafel.objects.for_user(by).filter(pk=tempotafel.pk).exists():
        raise ValidationError({"tempotafel": "Deze tempotafel bestaat niet of u mag haar niet zien."})
    escalation = Escalation(
        period=period,
        agreement=agreement,
        tempotafel=tempotafel,
        pillar=pillar,
        stuck=stuck.strip(),
        request=request.strip(),
        needed_by=needed_by,
        opened_by=by,
    )
    _save(escalation)
    return escalation


@transaction.atomic
def put_on_agenda(
    *, escalation: Escalation, meeting: Meeting, by: User, is_shared: bool = False
) -> AgendaItem:
    """The escalation becomes an agenda item of a DO or BO meeting."""
    require_core_team(by, CORE_TEAM_ONLY)
    if not meeting.body.decides:
        raise ValidationError(
            {"meeting": "Escalaties gaan naar het Directeurenoverleg of het Bestuurlijk Overleg."}
        )
    # claim the open row first: a withdrawal at the same moment waits for this one and then finds a new version
    if not Escalation.objects.filter(pk=escalation.pk).open().claim(None, state=Escalation.State.SCHEDULED):
        raise ValidationError(ALREADY_SETTLED)
    escalation.refresh_from_db(fields=["state", "version"])
    if meeting.items.filter(escalation=escalation).exists():
        raise ValidationError({"meeting": "Deze escalatie staat al op de agenda van die vergadering."})
    item = add_agenda_item(
        meeting=meeting,
        by=by,
        title=f"Escalatie {escalation.subject}"[:250],
        description=f"Wat loopt vast: {escalation.stuck}\n\nGevraagd: {escalation.request}",
        is_shared=is_shared,
        escalation=escalation,
    )
    return item


@transaction.atomic
def withdraw_escalation(
    *, escalation: Escalation, by: User, expected_version: int, reason: str
) -> Escalation:
    """The core team withdraws an open escalation, with its reason. The escalation and its reason are kept; it
    leaves the agenda of every meeting whose minutes are still open and where nothing was decided on it, and
    the report's "afspraken die extra aandacht vragen" (only open escalations are listed there)."""
    require_core_team(by, CORE_TEAM_ONLY)
    if not reason.strip():
        raise ValidationError({"reason": "Geef de reden waarom de escalatie wordt ingetrokken."})
    if not escalation.is_open:
        raise ValidationError(ALREADY_SETTLED)
    escalation.claim(expected_version)
    escalation.state = Escalation.State.WITHDRAWN
    escalation.withdrawn_reason, escalation.withdrawn_by = reason.strip(), by
    escalation.withdrawn_at = timezone.now()
    _save(escalation)
    AgendaItem.objects.filter(
        escalation=escalation, meeting__minutes_adopted_at__isnull=True, decisions__isnull=True
    ).delete()
    return escalation


@transaction.atomic
def record_decision(
    *,
    agenda_item: AgendaItem,
    by: User,
    text: str,
    responsible: str = "",
    corrects: Decision | None = None,
    follow_ups: Iterable[dict] = (),
) -> Decision:
    """A decision on an agenda item, with its follow-up actions (``add_follow_up`` keywords); on an escalation's
    item it settles the escalation."""
    require_core_team(by, CORE_TEAM_ONLY)
    agenda_item.meeting.ensure_open()
    if not text.strip():
        raise ValidationError({"text": "Vul de tekst van het besluit in."})
    if corrects is not None and corrects.agenda_item.meeting_id == agenda_item.meeting_id:
        raise ValidationError(
            {"corrects": "Een correctie komt in een latere vergadering; pas hier het besluit zelf aan."}
        )
    decision = Decision(
        agenda_item=agenda_item,
        text=text.strip(),
        responsible=responsible.strip(),
        corrects=corrects,
        recorded_by=by,
    )
    _save(decision)
    if agenda_item.escalation_id:
        Escalation.objects.filter(pk=agenda_item.escalation_id).claim(None, state=Escalation.State.DECIDED)
    for follow_up in follow_ups:
        add_follow_up(decision=decision, by=by, **follow_up)
    return decision


@transaction.atomic
def add_follow_up(
    *,
    decision: Decision,
    by: User,
    description: str,
    due_on: datetime.date,
    owner: User | None = None,
    owner_name: str = "",
) -> FollowUp:
    require_core_team(by, CORE_TEAM_ONLY)
    follow_up = FollowUp(
        decision=decision,
        description=description.strip(),
        due_on=due_on,
        owner=owner,
        owner_name=owner_name.strip(),
    )
    _save(follow_up)
    return follow_up


@transaction.atomic
def mark_follow_up_done(
    *, follow_up: FollowUp, by: User, expected_version: int, done: bool = True
) -> FollowUp:
    """The owner (or the core team) ticks a follow-up action off, or opens it again."""
    if not FollowUp.objects.editable_by(by).filter(pk=follow_up.pk).exists():
        raise PermissionDenied("Alleen de eigenaar of het Ambtelijk Kernteam vinkt deze actie af.")
    follow_up.claim(expected_version)
    follow_up.mark_done(done)
    _save(follow_up)
    return follow_up
