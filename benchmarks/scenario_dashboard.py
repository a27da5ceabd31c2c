"""Dashboard pages at 20,000 plans, 200 locations and 20 periods, served by the Django test client.

Reported per page as median milliseconds, with as baseline a plain 69-row template page (the 69 agreements
with their traffic light in a plain template loop inside the base layout) measured in the same run.
Target: every dashboard page under 5x that baseline.

The current import holds the 20,000 plans; the 19 earlier (superseded) imports hold only their indicators,
which is all the dashboard reads of them (the timeline).
"""

import random
import warnings
from decimal import Decimal

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.template import engines
from django.urls import include, path

from benchmarks.harness import median_seconds, peak_memory

PLANS = 20_000
LOCATIONS = 200
PERIODS = 20
REPEAT = 15
STATUSES = ["hard", "zacht", "in_aanbouw", "opgeleverd"]
SUBREGIONS = ["Arnhem en omgeving", "De Liemers", "Nijmegen en omgeving"]

BASELINE_TEMPLATE = """{% extends "base.html" %}{% load traffic_lights %}{% block title %}Afspraken{% endblock %}{% block content %}
<h1>Afspraken</h1><table class="table"><caption>Afspraken</caption>
<thead><tr><th scope="col">Nr.</th><th scope="col">Pijler</th><th scope="col">Afspraak</th><th scope="col">Stoplicht</th></tr></thead>
<tbody>{% for a in agreements %}<tr><th scope="row">{{ a.number }}</th><td>{{ a.pillar.number }}</td>
<td><a href="{% url 'agreements:detail' a.number %}">{{ a.title }}</a></td>
<td>{% traffic_light a.statuses.all|first %}</td></tr>{% endfor %}
</tbody></table>{% endblock %}"""


def baseline_view(request: HttpRequest) -> HttpResponse:
    from django.db.models import Prefetch

    from agreements.models import Agreement, AgreementStatus, Period

    statuses = AgreementStatus.objects.filter(period=Period.objects.current())
    agreements = Agreement.objects.select_related("pillar").prefetch_related(Prefetch("statuses", statuses))
    template = engines["django"].from_string(BASELINE_TEMPLATE)
    return HttpResponse(template.render({"agreements": agreements}, request))


# While the scenario runs this module is the URLconf: the app's URLs plus the baseline page.
urlpatterns = [path("benchmark/basislijn/", baseline_view), path("", include("woondeal.urls"))]


@transaction.atomic
def build_data(rng: random.Random):
    from agreements.models import Agreement, AgreementStatus, Period, Pillar
    from benchmarks.report_world import core_team_user
    from monitor.models import HousingPlan, Location, MonitorImport, Municipality, Subregion

    user = core_team_user("bench-kernteam")
    subregions = [Subregion.objects.create(name=name, slug=f"sub-{i}") for i, name in enumerate(SUBREGIONS)]
    municipalities = [
        Municipality.objects.create(
            cbs_code=f"GM{100 + i:04d}",
            name=f"Gemeente {i}",
            province="Gelderland",
            subregion=subregions[i % 3],
            latitude=Decimal("51.9"),
            longitude=Decimal("5.9"),
        )
        for i in range(18)
    ]
    locations = Location.objects.bulk_create(
        Location(
            name=f"Locatie {i}",
            municipality=municipalities[i % 18],
            planned_homes=500,
            latitude=Decimal(f"51.{8000 + i}"),
            longitude=Decimal(f"5.{8000 + i}"),
        )
        for i in range(LOCATIONS)
    )
    periods = [
        Period.objects.create(year=2016 + i // 2, half=i % 2 + 1, state="closed") for i in range(PERIODS)
    ]
    Period.objects.filter(pk=periods[-1].pk).update(state="open")
    pillars = [Pillar.objects.create(number=n, name=f"Pijler {n}") for n in range(1, 7)]
    agreements = Agreement.objects.bulk_create(
        Agreement(number=n, pillar=pillars[min((n - 1) // 12, 5)], title=f"Afspraak {n} over wonen")
        for n in range(1, 70)
    )
    AgreementStatus.objects.bulk_create(
        AgreementStatus(agreement=a, period=p, colour=rng.choice(["groen", "geel", "rood"]))
        for a in agreements
        for p in periods
    )
    for location in locations[:50]:
        location.agreements.add(agreements[location.pk % 69])
    imports = [
        MonitorImport.objects.create(
            filename=f"monitor-{p.code}.xlsx",
            content=b"PK",
            sha256=f"{i:064d}",
            layout="plans",
            peildatum=p.end,
            period=p,
            state="superseded",
            uploaded_by=user,
        )
        for i, p in enumerate(periods)
    ]
    current = imports[-1]
    MonitorImport.objects.filter(pk=current.pk).update(state="committed")
    HousingPlan.objects.bulk_create(
        (
            HousingPlan(
                monitor_import=current,
                plan_id=f"P{i}",
                name=f"Plan {i}",
                municipality=municipalities[i % 18],
                location=locations[i % LOCATIONS] if i % 3 else None,
                status=STATUSES[i % 4],
                completion_year=2020 + i % 15,
                homes=rng.randint(1, 60),
                sociale_huur=1,
                circular=1,
            )
            for i in range(PLANS)
        ),
        batch_size=5000,
    )
    write_indicators(imports)
    return user, subregions[0], municipalities[0], locations[1]


def write_indicators(imports) -> None:
    """Indicators of the current import by the import's own code; the earlier imports get scaled copies."""
    from monitor.indicators import compute_indicators
    from monitor.models import Indicator

    current = imports[-1]
    compute_indicators(current)
    rows = list(Indicator.objects.filter(monitor_import=current))
    copies = []
    for i, monitor_import in enumerate(imports[:-1]):
        factor = 0.6 + i / 50
        for row in rows:
            figures = {k: int(v * factor) if isinstance(v, int) else v for k, v in row.figures.items()}
            copies.append(
                Indicator(
                    monitor_import=monitor_import,
                    level=row.level,
                    subregion_id=row.subregion_id,
                    municipality_id=row.municipality_id,
                    location_id=row.location_id,
                    figures=figures,
                )
            )
    Indicator.objects.bulk_create(copies, batch_size=2000)


def run() -> list[dict]:
    from django.conf import settings
    from django.test import Client
    from django.test.utils import override_settings

    warnings.filterwarnings("ignore", message="No directory at")  # STATIC_ROOT: the test client uses finders
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(
        ROOT_URLCONF=__name__, SECURE_SSL_REDIRECT=False, ALLOWED_HOSTS=["testserver"], STORAGES=storages
    ):
        user, subregion, municipality, location = build_data(random.Random(2021))
        client = Client()
        client.force_login(user)
        pages = {
            "dashboard regio": "/monitor/dashboard/",
            "dashboard subregio": f"/monitor/dashboard/subregio/{subregion.slug}/",
            "dashboard gemeente": f"/monitor/dashboard/gemeente/{municipality.cbs_code}/",
            "dashboard locatie": f"/monitor/dashboard/locatie/{location.pk}/",
        }

        def get(url):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)

        for url in ["/benchmark/basislijn/", *pages.values()]:
            get(url)  # warm up templates, plotly and the settings row
        baseline = median_seconds(lambda: get("/benchmark/basislijn/"), repeat=REPEAT) * 1000
        results = []
        for name, url in pages.items():
            with peak_memory() as peak:
                get(url)
            value = median_seconds(lambda url=url: get(url), repeat=REPEAT) * 1000
            results.append(
                {
                    "name": f"{name} (20.000 plannen, 200 locaties, 20 perioden)",
                    "value": round(value, 2),
                    "unit": "ms",
                    "baseline": round(baseline, 2),
                    "peak_mb": round(peak.mb, 1),
                }
            )
        return results


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.exit("Run with: python -m benchmarks --only dashboard")
