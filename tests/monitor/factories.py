"""Factories for the monitor: imports, housing plans, indicators and targets, with Dutch data."""

import datetime
import hashlib
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from monitor.models import HousingPlan, MonitorImport, PlanStatus, Target, YearlyCompletion
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
        TargetFactory(
            code=code,
            name=name,
            value=Decimal(value),
            value_max=value_max and Decimal(value_max),
            unit=unit,
            horizon_year=year,
        )
        for code, name, value, value_max, unit, year in DEAL_TARGETS
    ]


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
