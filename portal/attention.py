"""What needs a user's attention now: one builder per concern, each drawn by its own partial.

``sections_for(user, period)`` asks every builder in ``BUILDERS`` in turn; a builder returns ``None`` when its
concern has nothing for this user (another role, nothing to do). A new concern (for example the open
follow-up of governance decisions) is one builder here plus one partial ``templates/portal/_<name>.html``.
Every builder costs a fixed number of queries, whatever the amount of data.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from accounts.models import Membership, Role, User
from agreements.models import Agreement, AgreementStatus, Period
from governance.models import FollowUp
from programme.models import CapacityRequest
from reports.factsheets.completion import CompletionRow, completion_rows
from reports.models import Factsheet, ProgressReport
from tempotafels.models import Action, Meeting, Tempotafel


@dataclass(frozen=True)
class Section:
    name: str  # the partial templates/portal/_<name>.html draws ``data``
    data: Any

    @property
    def template(self) -> str:
        return f"portal/_{self.name}.html"


@dataclass(frozen=True)
class PillarRow:
    """One pillar's factsheet with whom it waits for, by name."""

    row: CompletionRow
    holders: tuple[str, ...]  # the names of whoever is at turn (tempomakers or ambassadors)


def _holders(pillar_ids) -> dict[tuple[int, str], list[str]]:
    """Names of the tempomakers and ambassadors per (pillar, role): one query."""
    names = defaultdict(list)
    memberships = Membership.objects.filter(
        pillar_id__in=pillar_ids, role__in=[Role.TEMPOMAKER, Role.AMBASSADEUR], user__is_active=True
    ).select_related("user")
    for membership in memberships:
        names[membership.pillar_id, membership.role].append(str(membership.user))
    return names


def _pillar_rows(period: Period, pillar_ids=None) -> list[PillarRow]:
    rows = completion_rows(period, pillar_ids=pillar_ids)
    names = _holders([row.pillar.pk for row in rows])
    return [PillarRow(row, tuple(sorted(names.get((row.pillar.pk, row.turn_role), [])))) for row in rows]


# Core team ---------------------------------------------------------------------------------------------


def half_year(user: User, period: Period | None) -> Section | None:
    """The core team's view of the half year: every pillar's factsheet, whose turn, ready to publish?"""
    if not user.is_kernteam or period is None:
        return None
    rows = _pillar_rows(period)
    unassessed = list(
        Agreement.objects.with_status(period)
        .filter(current_colour__isnull=True)
        .select_related("pillar")
        .only("number", "title", "is_illustrative", "pillar__number", "pillar__name")
    )
    missing = [r for r in rows if r.row.factsheet.state != Factsheet.State.FINAL]
    data = {"period": period, "rows": rows, "missing": missing, "unassessed": unassessed}
    return Section("half_year", data)


def attention_agreements(user: User, period: Period | None) -> Section | None:
    """Red agreements and those flagged for the Bestuurlijk Overleg / NIER in the current half year."""
    if not user.is_kernteam or period is None:
        return None
    statuses = (
        AgreementStatus.objects.for_period(period)
        .needing_attention()
        .select_related("agreement")
        .order_by("agreement__number")
    )
    return Section("attention_agreements", {"period": period, "statuses": list(statuses)})


def tafel_work(user: User, period: Period | None) -> Section | None:
    """Overdue Tempotafel actions and the next meetings of every tafel the core team keeps."""
    if not user.is_kernteam:
        return None
    overdue = Action.objects.overdue().for_user(user).select_related("tempotafel", "owner")
    meetings = Meeting.objects.upcoming().for_user(user).select_related("tempotafel")[:5]
    return Section("tafel_work", {"overdue": list(overdue), "meetings": list(meetings)})


# Tempomaker and ambassador -----------------------------------------------------------------------------


def own_factsheets(user: User, period: Period | None) -> Section | None:
    """The tempomaker's pillar(s): the factsheet and its state, and the traffic lights still to set."""
    pillar_ids = user.tempomaker_pillar_ids
    if not pillar_ids or period is None:
        return None
    lights = (
        Agreement.objects.filter(pillar_id__in=pillar_ids)
        .with_status(period)
        .filter(current_colour__isnull=True)
        .only("number", "title", "is_illustrative", "pillar_id")
    )
    data = {"period": period, "rows": _pillar_rows(period, pillar_ids), "lights": list(lights)}
    return Section("own_factsheets", data)


def awaiting_approval(user: User, period: Period | None) -> Section | None:
    """The ambassador's pillar(s): what waits for approval, else whose turn it is."""
    pillar_ids = user.ambassador_pillar_ids
    if not pillar_ids or period is None:
        return None
    rows = _pillar_rows(period, pillar_ids)
    return Section("awaiting_approval", {"period": period, "rows": rows})


def own_tafels(user: User, period: Period | None) -> Section | None:
    """The Tempotafels this user is a tempomaker of: open actions and the next meeting."""
    tafels = list(Tempotafel.objects.active().filter(tempomakers__user=user).with_overview().distinct())
    if not tafels:
        return None
    actions = (
        Action.objects.open()
        .filter(tempotafel__in=[t.pk for t in tafels])
        .select_related("tempotafel", "owner")
    )
    return Section("own_tafels", {"tafels": tafels, "actions": list(actions)})


def governance_follow_up(user: User, period: Period | None) -> Section | None:
    """Open follow-up actions of board decisions that this user owns."""
    follow_ups = list(
        FollowUp.objects.owned_by(user).open().select_related("owner", "decision__agenda_item__meeting__body")
    )
    return Section("governance_follow_up", {"follow_ups": follow_ups}) if follow_ups else None


def capacity_requests(user: User, period: Period | None) -> Section | None:
    """The core team: requests for the flexibele schil that wait for a decision. Anyone else: their own
    requests that are still open, with their state."""
    requests = CapacityRequest.objects.for_user(user).select_related("organisation")
    if user.is_kernteam:
        requests = requests.filter(state=CapacityRequest.State.AANGEVRAAGD)
    else:
        requests = requests.open()
    found = list(requests[:10])
    return Section("capacity_requests", {"requests": found, "deciding": user.is_kernteam}) if found else None


# Board and partners ------------------------------------------------------------------------------------


def latest_report(user: User, period: Period | None) -> Section | None:
    """The latest published report (one click to its PDF) and what it asks of the board."""
    if not user.roles & {Role.BESTUUR, Role.PARTNER}:
        return None
    report = (
        ProgressReport.objects.filter(published_at__isnull=False)
        .select_related("period")
        .without_files()
        .defer("snapshot")
        .first()
    )
    flagged = []
    if report is not None:
        flagged = list(
            AgreementStatus.objects.filter(period=report.period, needs_attention=True)
            .select_related("agreement")
            .order_by("agreement__number")
        )
    return Section("latest_report", {"report": report, "flagged": flagged})


BUILDERS: list[Callable[[User, Period | None], Section | None]] = [
    own_factsheets,
    awaiting_approval,
    half_year,
    attention_agreements,
    tafel_work,
    own_tafels,
    governance_follow_up,
    capacity_requests,
    latest_report,
]


def sections_for(user: User, period: Period | None) -> list[Section]:
    return [section for build in BUILDERS if (section := build(user, period)) is not None]
