"""The number of queries of every dashboard page does not grow with plans, locations or imports."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from monitor.indicators import compute_indicators
from monitor.models import HousingPlan, Indicator, Location, MonitorImport, Municipality, PlanStatus
from tests.monitor.factories import MonitorImportFactory

pytestmark = pytest.mark.django_db
STATUSES = [PlanStatus.HARD, PlanStatus.ZACHT, PlanStatus.IN_AANBOUW, PlanStatus.OPGELEVERD]


def grow(*, plans: int, locations: int, kernteam) -> None:
    """Bulk-create locations and plans in a new current import (the old one superseded), with indicators."""
    municipalities = list(Municipality.objects.all())
    start = Location.objects.count()
    Location.objects.bulk_create(
        Location(
            name=f"Groeilocatie {start + i}",
            municipality=municipalities[i % len(municipalities)],
            latitude=Decimal("51.85000"),
            longitude=Decimal("5.85000"),
            planned_homes=100,
        )
        for i in range(locations)
    )
    all_locations = list(Location.objects.all())
    MonitorImport.objects.filter(state=MonitorImport.State.COMMITTED).update(
        state=MonitorImport.State.SUPERSEDED
    )
    current = MonitorImportFactory(
        peildatum=datetime.date(2022, 1, 1) + datetime.timedelta(days=start), uploaded_by=kernteam
    )
    HousingPlan.objects.bulk_create(
        (
            HousingPlan(
                monitor_import=current,
                plan_id=f"G{i}",
                name=f"Plan {i}",
                municipality=municipalities[i % len(municipalities)],
                location=all_locations[i % len(all_locations)] if i % 3 else None,
                status=STATUSES[i % 4],
                completion_year=2020 + i % 15,
                homes=10,
                sociale_huur=3,
                circular=2,
                target_group="ouderen" if i % 5 == 0 else "",
            )
            for i in range(plans)
        ),
        batch_size=2000,
    )
    compute_indicators(current)


def page_queries(client, urls) -> list[int]:
    counts = []
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        counts.append(len(queries))
    return counts


def test_dashboard_queries_do_not_grow_with_the_data(client, known_monitor, kernteam):
    urls = [
        "/monitor/dashboard/",
        "/monitor/dashboard/subregio/nijmegen-en-omgeving/",
        "/monitor/dashboard/gemeente/GM0268/",
        f"/monitor/dashboard/locatie/{known_monitor['station'].pk}/",
        "/monitor/dashboard/?download=csv&chart=doelmatrix",
    ]
    client.force_login(kernteam)
    grow(plans=2_000, locations=20, kernteam=kernteam)
    client.get(urls[0])  # the settings row is created on first use
    small = page_queries(client, urls)
    grow(plans=20_000, locations=200, kernteam=kernteam)
    assert HousingPlan.objects.filter(monitor_import__state="committed").count() == 20_000
    assert Indicator.objects.filter(level="locatie", monitor_import__state="committed").count() > 200
    large = page_queries(client, urls)
    assert small == large
    assert max(large) <= 20, large
