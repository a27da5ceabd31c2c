"""Indicators of a small known import, against figures computed by hand."""

import datetime

from monitor import services
from monitor.models import Indicator
from tests.factories import LocationFactory
from tests.monitor.workbooks import plan, xlsx

ZERO_PHASES = {"2020-2024": 0, "2025-2029": 0, "2030+": 0, "onbekend": 0}


def test_indicators_for_region_subregion_municipality_and_location(region, kernteam):
    station = LocationFactory(name="Stationsgebied", municipality=region["Nijmegen"])
    rows = [
        # Arnhem: hard 100 (2023), soft 50 (2031) with 10 sociale huur + 5 middenhuur + 5 betaalbare koop
        plan(
            plan_id="1",
            gemeente="GM0202",
            status="1A Onherroepelijk",
            oplevering_jaar=2023,
            woningen=100,
            sociale_huur=30,
            dure_koop=20,
            circulair=10,
            doelgroep="Studenten",
        ),
        plan(
            plan_id="2",
            gemeente="0202",
            status="4A Visie",
            oplevering_jaar=2031,
            woningen=50,
            sociale_huur=10,
            middenhuur=5,
            betaalbare_koop=5,
            conceptueel=25,
        ),
        # Nijmegen, at a location: soft 200 without a year, in aanbouw 40 (2026)
        plan(
            plan_id="3",
            gemeente="nijmegen ",
            locatie="Stationsgebied",
            status="zacht",
            woningen=200,
            middenhuur=100,
            flexwonen=40,
            doelgroep="studenten",
        ),
        plan(
            plan_id="4",
            gemeente=268,
            locatie="stationsgebied",
            status="in aanbouw",
            oplevering_jaar=datetime.datetime(2026, 5, 1),
            woningen=40,
        ),
        # Duiven (De Liemers): opgeleverd 10
        plan(
            plan_id="5",
            gemeente="Duiven",
            status="opgeleverd",
            oplevering_jaar="2021",
            woningen=10,
            dure_huur=10,
        ),
    ]
    monitor_import, _ = services.upload_monitor_import(
        content=xlsx(rows), filename="klein.xlsx", peildatum=datetime.date(2021, 7, 1), uploaded_by=kernteam
    )
    assert monitor_import.errors == []
    services.commit_monitor_import(monitor_import=monitor_import, user=kernteam)
    indicators = Indicator.objects.filter(monitor_import=monitor_import)
    assert indicators.filter(level="regio").count() == 1
    assert indicators.filter(level="subregio").count() == 3
    assert indicators.filter(level="gemeente").count() == 18
    assert indicators.filter(level="locatie").count() == 1

    region_figures = indicators.get(level="regio").figures
    assert region_figures == {
        "plans": 5,
        "homes": 400,
        "hard": 100,
        "soft": 250,
        "in_aanbouw": 40,
        "opgeleverd": 10,
        "hard_by_phase": {**ZERO_PHASES, "2020-2024": 100},
        "soft_by_phase": {**ZERO_PHASES, "2030+": 50, "onbekend": 200},
        "segments": {
            "sociale_huur": 40,
            "middenhuur": 105,
            "dure_huur": 10,
            "betaalbare_koop": 5,
            "dure_koop": 20,
            "onbekend": 220,
        },
        "soft_affordable": 120,  # plan 2: 10 + 5 + 5; plan 3: 100
        "affordable_soft_share": 48.0,  # 120 / 250
        "circular": 10,
        "circular_share": 2.5,
        "conceptual": 25,
        "conceptual_share": 6.3,  # 6.25, one decimal, rounded half up
        "flexible": 40,
        "flexible_share": 10.0,
        "target_groups": {"studenten": 300},
    }
    arnhem = indicators.get(municipality=region["Arnhem"]).figures
    assert (arnhem["hard"], arnhem["soft"], arnhem["affordable_soft_share"]) == (100, 50, 40.0)
    liemers = indicators.get(level="subregio", subregion__name="De Liemers").figures
    assert (liemers["plans"], liemers["opgeleverd"], liemers["affordable_soft_share"]) == (1, 10, None)
    location = indicators.get(location=station).figures
    assert (location["plans"], location["soft"], location["in_aanbouw"]) == (2, 200, 40)
    empty = indicators.get(municipality=region["Rozendaal"]).figures
    assert (empty["plans"], empty["homes"], empty["circular_share"]) == (0, 0, None)


def test_the_database_and_the_import_put_every_year_in_the_same_phase(db):
    """Phases are defined once (PlanPhase): the indicators' database CASE and the import's phase_for_year
    agree on every boundary year."""
    from monitor.importing import phase_for_year
    from monitor.indicators import PHASE
    from monitor.models import HousingPlan
    from tests.monitor.factories import HousingPlanFactory, MonitorImportFactory

    years = [None, 2019, 2024, 2025, 2029, 2030, 2050]
    monitor_import = MonitorImportFactory()
    for year in years:
        HousingPlanFactory(monitor_import=monitor_import, completion_year=year)
    found = dict(HousingPlan.objects.annotate(phase=PHASE).values_list("completion_year", "phase"))
    assert found == {year: phase_for_year(year) for year in years}
    assert [phase_for_year(y) for y in years] == [
        "onbekend",
        "2020-2024",
        "2020-2024",
        "2025-2029",
        "2025-2029",
        "2030+",
        "2030+",
    ]
