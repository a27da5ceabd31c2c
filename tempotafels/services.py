"""Workflows of a Tempotafel: start, appoint tempomakers, write the approach, record meetings, keep the action
list, end. Every function is atomic, checks who acts, and refuses to touch an ended tafel."""

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction

from accounts.access import require_core_team
from accounts.models import User

from .models import Action, Appointment, Meeting, Tempomaker, Tempotafel, check_team

APPROACH_FIELDS = (
    "approach_wat",
    "approach_wie",
    "approach_wie_doet_wat",
    "approach_waarmee",
    "approach_waar",
)
MEETING_M2M = ("participants", "organisations")
CORE_TEAM_ONLY = "Alleen het Ambtelijk Kernteam start, wijzigt en beëindigt tempotafels."


def _require_editor(user: User, tafel: Tempotafel) -> None:
    if not tafel.has_editor(user):
        raise PermissionDenied("U mag deze tempotafel niet bewerken.")
    tafel.ensure_editable()


def _save(obj: models.Model, by: User) -> None:
    obj.full_clean()
    obj._history_user = by
    obj.save()


def _replace_team(tafel: Tempotafel, team: list[Appointment]) -> list[Tempomaker]:
    check_team(team)
    tafel.tempomakers.all().delete()
    return Tempomaker.objects.bulk_create(
        Tempomaker(tempotafel=tafel, user=a.user, kind=a.kind, organisation=a.organisation) for a in team
    )


@transaction.atomic
def start_tempotafel(
    *,
    by: User,
    name: str,
    guiding_question: str,
    started_on: datetime.date,
    pillars: Iterable,
    team: list[Appointment],
    agreements: Iterable = (),
    locations: Iterable = (),
) -> Tempotafel:
    """The core team starts a tafel with its guiding question, links and 2–3 tempomakers, all at once."""
    require_core_team(by, CORE_TEAM_ONLY)
    check_team(team)
    tafel = Tempotafel(name=name, guiding_question=guiding_question, started_on=started_on)
    _save(tafel, by)
    tafel.pillars.set(pillars)
    tafel.agreements.set(agreements)
    tafel.locations.set(locations)
    _replace_team(tafel, team)
    return tafel


@transaction.atomic
def update_tempotafel(*, tafel: Tempotafel, by: User, expected_version: int, **changes: Any) -> Tempotafel:
    """Name, guiding question, start date and the pillars, agreements and locations it works on."""
    require_core_team(by, CORE_TEAM_ONLY)
    tafel.ensure_editable()
    tafel.claim(expected_version)
    relations = {key: changes.pop(key) for key in ("pillars", "agreements", "locations") if key in changes}
    for field, value in changes.items():
        setattr(tafel, field, value)
    _save(tafel, by)
    for field, value in relations.items():
        getattr(tafel, field).set(value)
    return tafel


@transaction.atomic
def appoint_tempomakers(*, tafel: Tempotafel, by: User, team: list[Appointment]) -> list[Tempomaker]:
    """Replace the tafel's tempomakers by ``team`` (2–3, exactly one ambtelijk from the core team)."""
    require_core_team(by, CORE_TEAM_ONLY)
    tafel = Tempotafel.objects.select_for_update().get(pk=tafel.pk)  # one appointment round at a time
    tafel.ensure_editable()
    return _replace_team(tafel, team)


@transaction.atomic
def update_approach(*, tafel: Tempotafel, by: User, expected_version: int, **approach: str) -> Tempotafel:
    """The tempomakers write the tafel's tailored approach on the five W's."""
    _require_editor(by, tafel)
    unknown = set(approach) - set(APPROACH_FIELDS)
    if unknown:
        raise ValueError(f"Onbekende velden: {sorted(unknown)}")
    tafel.claim(expected_version)
    for field, value in approach.items():
        setattr(tafel, field, value)
    _save(tafel, by)
    return tafel


@transaction.atomic
def end_tempotafel(*, tafel: Tempotafel, by: User, ended_on: datetime.date, reason: str) -> Tempotafel:
    """The core team ends a tafel whose work is done or embedded elsewhere. From then on it is read-only."""
    require_core_team(by, CORE_TEAM_ONLY)
    tafel.ensure_editable()
    if not reason.strip():
        raise ValidationError({"end_reason": "Geef de reden van beëindiging."})
    if ended_on < tafel.started_on:
        raise ValidationError({"ended_on": "De einddatum ligt vóór de startdatum van de tempotafel."})
    tafel.ended_on, tafel.end_reason = ended_on, reason.strip()
    tafel.version += 1
    _save(tafel, by)
    return tafel


def _apply_meeting(meeting: Meeting, by: User, fields: dict[str, Any]) -> Meeting:
    relations = {key: fields.pop(key) for key in MEETING_M2M if key in fields}
    for field, value in fields.items():
        setattr(meeting, field, value)
    _save(meeting, by)
    for field, value in relations.items():
        getattr(meeting, field).set(value)
    return meeting


@transaction.atomic
def record_meeting(*, tafel: Tempotafel, by: User, **fields: Any) -> Meeting:
    """A tafel meeting, Versnellingstafel or Tussensprint, with participants, notes and decisions."""
    _require_editor(by, tafel)
    return _apply_meeting(Meeting(tempotafel=tafel, created_by=by), by, fields)


@transaction.atomic
def update_meeting(*, meeting: Meeting, by: User, expected_version: int, **fields: Any) -> Meeting:
    _require_editor(by, meeting.tempotafel)
    meeting.claim(expected_version)
    return _apply_meeting(meeting, by, fields)


@transaction.atomic
def add_action(
    *,
    tafel: Tempotafel,
    by: User,
    description: str,
    due_on: datetime.date,
    owner: User | None = None,
    owner_name: str = "",
    meeting: Meeting | None = None,
) -> Action:
    _require_editor(by, tafel)
    action = Action(
        tempotafel=tafel,
        meeting=meeting,
        description=description,
        owner=owner,
        owner_name=owner_name,
        due_on=due_on,
    )
    _save(action, by)
    return action


@transaction.atomic
def update_action(*, action: Action, by: User, expected_version: int, **fields: Any) -> Action:
    _require_editor(by, action.tempotafel)
    action.claim(expected_version)
    for field, value in fields.items():
        setattr(action, field, value)
    _save(action, by)
    return action


@transaction.atomic
def mark_action_done(*, action: Action, by: User, expected_version: int, done: bool = True) -> Action:
    """Tick an action off (or open it again); ``done_at`` records when."""
    _require_editor(by, action.tempotafel)
    action.claim(expected_version)
    action.mark_done(done)
    _save(action, by)
    return action
