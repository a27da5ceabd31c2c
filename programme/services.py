"""Workflows of the programme's means: record and correct commitments, record spending, the lifecycle of a
request for the flexibele schil, and the location programme's elaborations and milestones. Each function is
keyword-only, atomic, checks who acts once, and refuses with a Dutch ``ValidationError``."""

import datetime
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone

from accounts.access import has_role, require_core_team
from accounts.models import User
from agreements.models import Period
from agreements.versioning import CONFLICT_MESSAGE
from monitor.models import Location

from .models import BudgetLine, CapacityRequest, Commitment, LocationElaboration, Milestone, Spending

CORE_TEAM_ONLY = "Alleen het Ambtelijk Kernteam beheert het werkbudget en het locatieprogramma."
State = CapacityRequest.State
# action → (states it may start from, the state it leads to)
TRANSITIONS = {
    "toekennen": ((State.AANGEVRAAGD,), State.TOEGEKEND),
    "afwijzen": ((State.AANGEVRAAGD,), State.AFGEWEZEN),
    "starten": ((State.TOEGEKEND,), State.LOPEND),
    "afronden": ((State.LOPEND,), State.AFGEROND),
}


def _save(obj: models.Model, by: User | None = None) -> models.Model:
    obj.full_clean()
    if by is not None:
        obj._history_user = by
    obj.save()
    return obj


# Werkbudget -----------------------------------------------------------------------------------------


@transaction.atomic
def record_commitment(
    *,
    by: User,
    budget_line: BudgetLine,
    supplier: str,
    purpose: str,
    amount: Decimal,
    committed_on: datetime.date,
    agreement=None,
    tempotafel=None,
) -> Commitment:
    require_core_team(by, CORE_TEAM_ONLY)
    commitment = Commitment(
        budget_line=budget_line,
        supplier=supplier,
        purpose=purpose,
        amount=amount,
        committed_on=committed_on,
        agreement=agreement,
        tempotafel=tempotafel,
        created_by=by,
    )
    return _save(commitment)


@transaction.atomic
def correct_commitment(*, by: User, commitment: Commitment, amount: Decimal, reason: str) -> Commitment:
    """A correction is a new commitment on the same line that refers to the original (which stays as it was)."""
    require_core_team(by, CORE_TEAM_ONLY)
    if commitment.corrects_id:
        raise ValidationError("Corrigeer de oorspronkelijke verplichting, niet een correctie.")
    correction = Commitment(
        budget_line=commitment.budget_line,
        supplier=commitment.supplier,
        purpose=f"Correctie: {commitment.purpose}"[:300],
        amount=amount,
        committed_on=timezone.localdate(),
        agreement=commitment.agreement,
        tempotafel=commitment.tempotafel,
        corrects=commitment,
        correction_reason=reason,
        created_by=by,
    )
    return _save(correction)


@transaction.atomic
def record_spending(
    *, by: User, commitment: Commitment, period: Period, amount: Decimal, reason: str = ""
) -> Spending:
    require_core_team(by, CORE_TEAM_ONLY)
    if not period.is_open:
        raise ValidationError({"period": f"Het {period.label} is gesloten; bestedingen liggen daarin vast."})
    spending = Spending(
        commitment=commitment, period=period, amount=amount, correction_reason=reason, created_by=by
    )
    return _save(spending)


# Flexibele schil --------------------------------------------------------------------------------------


@transaction.atomic
def submit_request(*, by: User, **fields) -> CapacityRequest:
    if not has_role(by):
        raise PermissionDenied("U kunt geen capaciteit aanvragen.")
    request = CapacityRequest(requested_by=by, state=State.AANGEVRAAGD, **fields)
    return _save(request, by)


def _move(request: CapacityRequest, action: str, *, by: User, expected_version: int) -> None:
    sources, target = TRANSITIONS[action]
    if request.state not in sources:
        raise ValidationError(
            f"Een aanvraag met status ‘{request.get_state_display()}’ kan niet {action_label(action)} worden.",
            code="transition",
        )
    request.claim(expected_version)
    request.state = target


def action_label(action: str) -> str:
    return {
        "toekennen": "toegekend",
        "afwijzen": "afgewezen",
        "starten": "gestart",
        "afronden": "afgerond",
    }[action]


@transaction.atomic
def decide_request(
    *,
    by: User,
    request: CapacityRequest,
    action: str,
    expected_version: int,
    reason: str = "",
    budget_line: BudgetLine | None = None,
) -> CapacityRequest:
    """Grant (its cost becomes a commitment on ``budget_line``), reject (with a reason), start or finish."""
    require_core_team(by, CORE_TEAM_ONLY)
    if action not in TRANSITIONS:
        raise ValidationError("Onbekende stap voor een aanvraag.")
    if action == "afwijzen" and not reason.strip():
        raise ValidationError({"reason": "Geef aan waarom de aanvraag wordt afgewezen."})
    if action == "toekennen" and request.estimated_cost > 0 and budget_line is None:
        raise ValidationError({"budget_line": "Kies de budgetregel waarop de kosten komen."})
    _move(request, action, by=by, expected_version=expected_version)
    if action in ("toekennen", "afwijzen"):
        request.decided_by, request.decided_at, request.decision_reason = by, timezone.now(), reason
    if action == "toekennen" and request.estimated_cost > 0:
        request.commitment = record_commitment(
            by=by,
            budget_line=budget_line,
            supplier=str(request.organisation),
            purpose=f"Flexibele schil: {request.get_kind_display()}, {request.project}"[:300],
            amount=request.estimated_cost,
            committed_on=timezone.localdate(),
        )
    return _save(request, by)


# Location programme -------------------------------------------------------------------------------------


@transaction.atomic
def save_elaboration(
    *,
    by: User,
    location: Location,
    period: Period,
    expected_version: int | None,
    parties=(),
    **fields,
) -> LocationElaboration:
    """Create or update the elaboration of ``location`` in ``period`` (an open period only)."""
    require_core_team(by, CORE_TEAM_ONLY)
    if not period.is_open:
        raise ValidationError(f"Het {period.label} is gesloten; de uitwerking daarvan ligt vast.")
    elaboration = LocationElaboration.objects.filter(location=location, period=period).first()
    if elaboration is None:
        if expected_version:
            raise ValidationError(CONFLICT_MESSAGE, code="conflict")
        elaboration = LocationElaboration(location=location, period=period)
    else:
        elaboration.claim(expected_version or 0)
    for name, value in fields.items():
        setattr(elaboration, name, value)
    _save(elaboration, by)
    elaboration.parties.set(parties)
    return elaboration


@transaction.atomic
def update_milestone(*, by: User, milestone: Milestone, expected_version: int, **fields) -> Milestone:
    require_core_team(by, CORE_TEAM_ONLY)
    milestone.claim(expected_version)
    for name, value in fields.items():
        setattr(milestone, name, value)
    return _save(milestone, by)
