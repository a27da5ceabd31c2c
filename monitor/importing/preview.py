"""What the core team sees before confirming: totals, and the plans that are new, removed or changed."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import attrgetter

from django.db import connection

from monitor.models import HousingPlan, MonitorImport, Municipality, PlanStatus, PriceSegment

from .parsed import PLAN_FIELDS, SEGMENTS, ParsedImport, PlanRow, collector_paused

FIELD_LABELS = {
    "name": "plannaam",
    "municipality_id": "gemeente",
    "location_id": "locatie",
    "status": "status",
    "status_label": "status zoals aangeleverd",
    "plan_type": "plantype",
    "completion_year": "oplevering_jaar",
    "homes": "woningen",
    "circular": "circulair",
    "conceptual": "conceptueel",
    "flexible": "flexwonen",
    "target_group": "doelgroep",
}
STATUS_LABELS = dict(PlanStatus.choices)
SEGMENT_LABELS = {**dict(PriceSegment.choices), "onbekend": "Segment onbekend"}
_segment_values = attrgetter(*SEGMENTS)


@dataclass
class Change:
    plan_id: str
    name: str
    fields: list[tuple[str, object, object]] = field(default_factory=list)


@dataclass
class MonitorPreview:
    parsed: ParsedImport
    previous: MonitorImport | None
    region: Counter
    by_subregion: list[tuple[str, Counter]]
    by_municipality: list[tuple[str, Counter]]
    by_status: list[tuple[str, int, int]]
    by_segment: list[tuple[str, int]]
    new: list[PlanRow]
    removed: list[tuple[str, str]]
    changed: list[Change]


def build_preview(parsed: ParsedImport, *, previous: MonitorImport | None) -> MonitorPreview:
    municipalities = {m.pk: m for m in Municipality.objects.select_related("subregion")}
    region, by_subregion, by_municipality, plans_by_status = _totals(parsed.plans, municipalities)
    segments = _segment_totals(parsed.plans, homes=region["homes"])
    with collector_paused():
        new, removed, changed = _differences(parsed.plans, previous, municipalities)
    return MonitorPreview(
        parsed=parsed,
        previous=previous,
        region=region,
        by_subregion=sorted(by_subregion.items()),
        by_municipality=sorted(by_municipality.items()),
        by_status=[(label, plans_by_status[value], region[value]) for value, label in PlanStatus.choices],
        by_segment=[(SEGMENT_LABELS[name], segments[name]) for name in SEGMENT_LABELS],
        new=new,
        removed=removed,
        changed=changed,
    )


def _totals(plans, municipalities):
    """Plans, homes and homes per status for the region, per subregion and per municipality (Counters), and
    the number of plans per status."""
    homes_by_key: Counter = Counter()  # (municipality, status) → homes
    plans_by_key: Counter = Counter()
    for plan in plans:
        key = (plan.municipality_id, plan.status)
        homes_by_key[key] += plan.homes
        plans_by_key[key] += 1
    region, by_subregion, by_municipality = Counter(), defaultdict(Counter), defaultdict(Counter)
    plans_by_status = Counter()
    for (municipality_id, status), homes in homes_by_key.items():
        municipality = municipalities[municipality_id]
        plans = plans_by_key[(municipality_id, status)]
        plans_by_status[status] += plans
        for counter in (
            region,
            by_subregion[municipality.subregion.name],
            by_municipality[municipality.name],
        ):
            counter.update({"plans": plans, "homes": homes, status: homes})
    return region, by_subregion, by_municipality, plans_by_status


def _segment_totals(plans, *, homes: int) -> dict[str, int]:
    """Homes per price segment over all plans, and "onbekend": the homes of no segment."""
    totals = list(map(sum, zip(*map(_segment_values, plans), strict=True))) or [0] * len(SEGMENTS)
    segments = dict(zip(SEGMENTS, totals, strict=True))
    segments["onbekend"] = homes - sum(totals)
    return segments


def _differences(plans, previous, municipalities):
    if previous is None:
        return list(plans), [], []
    before = {row[0]: tuple(row[1:]) for row in _plan_values(previous)}
    new, changed = [], []
    for plan in plans:
        old = before.pop(plan.plan_id, None)
        if old is None:
            new.append(plan)
            continue
        values = plan.values()
        if old != values:
            fields = [
                (
                    FIELD_LABELS.get(name, name),
                    _display(name, a, municipalities),
                    _display(name, b, municipalities),
                )
                for name, a, b in zip(PLAN_FIELDS, old, values, strict=True)
                if a != b
            ]
            changed.append(Change(plan.plan_id, plan.name, fields))
    removed = sorted((plan_id, old[0]) for plan_id, old in before.items())
    return new, removed, changed


def _plan_values(monitor_import: MonitorImport) -> list[tuple]:
    """The previous import's plans as plain tuples, straight from the cursor (no per-row model overhead)."""
    sql, params = (
        HousingPlan.objects.filter(monitor_import=monitor_import)
        .values_list("plan_id", *PLAN_FIELDS)
        .order_by()
        .query.sql_with_params()
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _display(name: str, value: object, municipalities: dict) -> object:
    if name == "municipality_id" and value in municipalities:
        return municipalities[value].name
    if name == "status":
        return STATUS_LABELS.get(value, value)
    return "—" if value in (None, "") else value
