"""Indicators per committed import and scope, computed once (at commit) and stored as ``Indicator`` rows.

The ``figures`` keys are documented on :class:`monitor.models.Indicator`; that docstring is the contract with
the dashboard and the reports.
"""

from collections import Counter, defaultdict
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Case, CharField, Count, IntegerField, Sum, Value, When
from django.db.models.functions import Coalesce

from .importing.parsed import AFFORDABLE_SEGMENTS, PHASES, SEGMENTS
from .models import (
    PHASE_LAST_YEARS,
    HousingPlan,
    Indicator,
    Location,
    MonitorImport,
    Municipality,
    PlanPhase,
    PlanStatus,
    Subregion,
)

SUMMED = ("homes", *SEGMENTS, "circular", "conceptual", "flexible")
SCOPE_FIELDS = {
    Indicator.Level.SUBREGIO: "subregion_id",
    Indicator.Level.GEMEENTE: "municipality_id",
    Indicator.Level.LOCATIE: "location_id",
}
PHASE = Case(
    When(completion_year__isnull=True, then=Value(PlanPhase.UNKNOWN.value)),
    *(When(completion_year__lte=last, then=Value(phase.value)) for phase, last in PHASE_LAST_YEARS),
    default=Value(PlanPhase.FROM_2030.value),
    output_field=CharField(),
)


class Tally:
    """Sums for one scope; ``figures()`` turns them into the documented dict."""

    def __init__(self):
        self.plans = 0
        self.sums: Counter = Counter()
        self.by_status: Counter = Counter()
        self.by_phase = {PlanStatus.HARD: Counter(), PlanStatus.ZACHT: Counter()}
        self.soft_affordable = 0
        self.soft_with_segment = 0  # soft homes whose price segment is known
        self.target_groups: Counter = Counter()

    def add(self, row: dict) -> None:
        self.plans += row["plans"]
        self.sums.update({name: row[name] for name in SUMMED})
        self.by_status[row["status"]] += row["homes"]
        if row["status"] in self.by_phase:
            self.by_phase[row["status"]][row["phase"]] += row["homes"]
        if row["status"] == PlanStatus.ZACHT:
            self.soft_affordable += sum(row[name] for name in AFFORDABLE_SEGMENTS)
            self.soft_with_segment += sum(row[name] for name in SEGMENTS)
        if row["target_group"]:
            self.target_groups[row["target_group"]] += row["homes"]

    def figures(self) -> dict:
        homes, soft = self.sums["homes"], self.by_status[PlanStatus.ZACHT]
        segments = {name: self.sums[name] for name in SEGMENTS}
        segments["onbekend"] = homes - sum(segments.values())
        figures = {
            "plans": self.plans,
            "homes": homes,
            "hard": self.by_status[PlanStatus.HARD],
            "soft": soft,
            "in_aanbouw": self.by_status[PlanStatus.IN_AANBOUW],
            "opgeleverd": self.by_status[PlanStatus.OPGELEVERD],
            "hard_by_phase": {phase: self.by_phase[PlanStatus.HARD][phase] for phase in PHASES},
            "soft_by_phase": {phase: self.by_phase[PlanStatus.ZACHT][phase] for phase in PHASES},
            "segments": segments,
            "soft_affordable": self.soft_affordable,
            # unknown (None), not 0 %, when no soft home has a known segment (the provincial layout)
            "affordable_soft_share": _share(self.soft_affordable, soft) if self.soft_with_segment else None,
            "target_groups": dict(sorted(self.target_groups.items())),
        }
        for name in ("circular", "conceptual", "flexible"):
            figures[name] = self.sums[name]
            figures[f"{name}_share"] = _share(self.sums[name], homes)
        return figures


def _share(part: int, whole: int) -> float | None:
    """Percentage with one decimal, rounded half up; None when there is nothing to divide by."""
    if not whole:
        return None
    return float((Decimal(100 * part) / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def plan_sums(monitor_import: MonitorImport):
    """One row per municipality, location, status, phase and target group, with counts and sums."""
    return (
        HousingPlan.objects.filter(monitor_import=monitor_import)
        .annotate(phase=PHASE)
        .values("municipality_id", "location_id", "status", "phase", "target_group")
        .annotate(
            plans=Count("id"),
            **{name: Coalesce(Sum(name), 0, output_field=IntegerField()) for name in SUMMED},
        )
        .order_by()
    )


def compute_indicators(monitor_import: MonitorImport) -> list[Indicator]:
    """(Re)write the import's indicators for the region, every subregion, municipality and location."""
    subregion_of = dict(Municipality.objects.values_list("id", "subregion_id"))
    tallies = _tallies(monitor_import, subregion_of)
    Level = Indicator.Level
    scopes = [(Level.REGIO, None)]
    scopes += [(Level.SUBREGIO, pk) for pk in Subregion.objects.values_list("id", flat=True)]
    scopes += [(Level.GEMEENTE, pk) for pk in subregion_of]
    if monitor_import.layout == MonitorImport.Layout.PLANS:  # an aggregate source knows no locations
        scopes += [(Level.LOCATIE, pk) for pk in Location.objects.values_list("id", flat=True)]
    indicators = [
        Indicator(
            monitor_import=monitor_import,
            level=level,
            figures=tallies[(level, pk)].figures(),
            **({SCOPE_FIELDS[level]: pk} if level in SCOPE_FIELDS else {}),
        )
        for level, pk in scopes
    ]
    Indicator.objects.filter(monitor_import=monitor_import).delete()
    return Indicator.objects.bulk_create(indicators)


def _tallies(monitor_import: MonitorImport, subregion_of: dict[int, int]) -> dict[tuple, Tally]:
    """A tally per scope (level, pk) that has plans; other scopes get an empty one when asked."""
    tallies: dict[tuple, Tally] = defaultdict(Tally)
    for row in plan_sums(monitor_import):
        scopes = [
            (Indicator.Level.REGIO, None),
            (Indicator.Level.SUBREGIO, subregion_of[row["municipality_id"]]),
            (Indicator.Level.GEMEENTE, row["municipality_id"]),
        ]
        if row["location_id"]:
            scopes.append((Indicator.Level.LOCATIE, row["location_id"]))
        for scope in scopes:
            tallies[scope].add(row)
    return tallies
