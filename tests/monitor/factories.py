"""Factories for the monitor: imports, housing plans, indicators and targets, with Dutch data."""

import datetime
import hashlib
from collections import Counter, defaultdict
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from monitor.models import HousingPlan, Indicator, MonitorImport, PlanStatus, Target, YearlyCompletion
from tests.factories import MunicipalityFactory, UserFactory

# The deal's targets as in fixtures/targets.json (the dashboard reads them from the database).
DEAL_TARGETS = [
    ("homes-2025", "Gerealiseerde woningen in de regio 2020-2025", "20000", None, "woningen", 2025),
    ("plan-stock-2030", "Planvoorraad tot 2030 ten opzichte van de woningbehoefte", "130", None, "%", 2030),
    ("affordable-share", "Aandeel betaalbaar in de zachte plancapaciteit", "50", None, "%", None),
    ("circular-share", "Aandeel circulair in nieuwe plannen", "25", None, "%", None),
    (
        "need-per-year",
        "Regionale woningbehoefte per jaar (Companen 2019)",
        "3400",
        "3900",
        "woningen per jaar",
        None,
    ),
]


class TargetFactory(DjangoModelFactory):
    class Meta:
        model = Target
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"doel-{n}")
    name = "Doel van de Woondeal"
    value = Decimal("100")
    unit = "woningen"
    source = "Woondeal regio Arnhem-Nijmegen (2020)"
    confidence = Target.Confidence.HOOG


def deal_targets() -> list[Target]:
    return [
        TargetFactory(code=code, name=name, value=Decimal(value), value_max=value_max and Decimal(value_max),
                      unit=unit, horizon_year=year)
        for code, name, value, value_max, unit, year in DEAL_TARGETS
    ]  # fmt: skip


class MonitorImportFactory(DjangoModelFactory):
    class Meta:
        model = MonitorImport

    filename = factory.Sequence(lambda n: f"monitor-{n}.xlsx")
    content = b"PK"
    sha256 = factory.Sequence(lambda n: hashlib.sha256(str(n).encode()).hexdigest())
    layout = MonitorImport.Layout.PLANS
    peildatum = datetime.date(2021, 4, 1)
    state = MonitorImport.State.COMMITTED
    uploaded_by = factory.SubFactory(UserFactory, kernteam=True)


class HousingPlanFactory(DjangoModelFactory):
    class Meta:
        model = HousingPlan

    monitor_import = factory.SubFactory(MonitorImportFactory)
    plan_id = factory.Sequence(lambda n: f"P{n:05d}")
    name = factory.Sequence(lambda n: f"Plan De Hoven {n}")
    municipality = factory.SubFactory(MunicipalityFactory)
    status = PlanStatus.HARD
    homes = 100


class YearlyCompletionFactory(DjangoModelFactory):
    class Meta:
        model = YearlyCompletion

    municipality = factory.SubFactory(MunicipalityFactory)
    year = 2020
    homes = 100


def _phase(year):
    if year is None:
        return "onbekend"
    return "2020-2024" if year <= 2024 else ("2025-2029" if year <= 2029 else "2030+")


def _figures(plans) -> dict:
    """Figures of a list of plans, summed plainly in Python (the test's own arithmetic)."""
    status = Counter()
    phases = {"hard": Counter(), "zacht": Counter()}
    segments = Counter()
    groups = Counter()
    names = ("sociale_huur", "middenhuur", "dure_huur", "betaalbare_koop", "dure_koop")
    soft_affordable = 0
    for plan in plans:
        status[plan.status] += plan.homes
        if plan.status in phases:
            phases[plan.status][_phase(plan.completion_year)] += plan.homes
        for name in names:
            segments[name] += getattr(plan, name)
        segments["onbekend"] += plan.homes - sum(getattr(plan, name) for name in names)
        if plan.status == "zacht":
            soft_affordable += plan.sociale_huur + plan.middenhuur + plan.betaalbare_koop
        if plan.target_group:
            groups[plan.target_group] += plan.homes
    homes = sum(p.homes for p in plans)

    def share(part, whole):
        return round(100 * part / whole, 1) if whole else None

    return {
        "plans": len(plans), "homes": homes, "hard": status["hard"], "soft": status["zacht"],
        "in_aanbouw": status["in_aanbouw"], "opgeleverd": status["opgeleverd"],
        "hard_by_phase": dict(phases["hard"]), "soft_by_phase": dict(phases["zacht"]),
        "segments": dict(segments), "soft_affordable": soft_affordable,
        "affordable_soft_share": share(soft_affordable, status["zacht"]),
        "target_groups": dict(groups),
        **{name: sum(getattr(p, name) for p in plans) for name in ("circular", "conceptual", "flexible")},
        **{f"{name}_share": share(sum(getattr(p, name) for p in plans), homes) for name in ("circular", "conceptual", "flexible")},
    }  # fmt: skip


def write_indicators(monitor_import: MonitorImport) -> list[Indicator]:
    """Indicator rows for an import whose plans the test created (stand-in until the import computes them)."""
    plans = list(monitor_import.plans.select_related("municipality"))
    scopes = defaultdict(list)
    for plan in plans:
        scopes[("regio", None)].append(plan)
        scopes[("subregio", plan.municipality.subregion_id)].append(plan)
        scopes[("gemeente", plan.municipality_id)].append(plan)
        if plan.location_id:
            scopes[("locatie", plan.location_id)].append(plan)
    fk = {"regio": None, "subregio": "subregion_id", "gemeente": "municipality_id", "locatie": "location_id"}
    rows = [
        Indicator(monitor_import=monitor_import, level=level, figures=_figures(members),
                  **({fk[level]: pk} if fk[level] else {}))
        for (level, pk), members in scopes.items()
    ]  # fmt: skip
    return Indicator.objects.bulk_create(rows)
