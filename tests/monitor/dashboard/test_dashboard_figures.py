"""The dashboard shows the figures of the current import, against the deal's targets, per scope.

Expected values are computed by hand from the six plans in ``known_monitor`` (tests/monitor/dashboard/conftest.py):

    plan  gemeente  locatie         status      jaar  woningen  betaalbaar (soc+mid+bet.koop)  circ  conc  flex
    1     Arnhem    Kronenburg      hard        2023  400       100 + 50 + 0                   40
    2     Arnhem    -               zacht       2027  600       150 + 0 + 100                  60
    3     Nijmegen  Stationsgebied  zacht       2026  670       219 + 200 + 0                        100
    4     Nijmegen  Stationsgebied  in aanbouw  2022  300
    5     Nijmegen  -               opgeleverd  2021  250                                                  250
    6     Wijchen   -               zacht       -     330       0
"""

import pytest

from monitor.dashboard import build_dashboard
from monitor.models import MonitorSettings

pytestmark = pytest.mark.django_db


def targets_by_code(dashboard):
    return {row.code: row for row in dashboard.targets}


def test_region_figures_and_targets(known_monitor):
    dashboard = build_dashboard()
    f = dashboard.figures
    assert (f["homes"], f["hard"], f["soft"], f["in_aanbouw"], f["opgeleverd"]) == (2550, 400, 1600, 300, 250)
    assert f["affordable_soft_share"] == 41.8  # (250 + 419 + 0) / 1600
    assert f["circular_share"] == 3.9  # 100 / 2550
    # Realised: yearly completions 2020-2025 (909 + 500 Arnhem, 472 Nijmegen; 2026 and 2019 do not count).
    assert dashboard.realised == 1881
    targets = targets_by_code(dashboard)
    assert targets["homes-2025"].value == 1881
    assert targets["homes-2025"].progress == 9.4  # 1881 / 20000
    assert targets["homes-2025"].met is False
    # Plan stock to 2030: hard 400 (2020-2024) + soft 1270 (2025-2029) + 330 (no phase) = 2000,
    # against the highest need 10 x 3900 = 39000.
    assert targets["plan-stock-2030"].value == 5.1
    assert "2.000 woningen" in targets["plan-stock-2030"].note
    assert targets["affordable-share"].value == 41.8
    assert targets["affordable-share"].progress == 83.6  # 41.8 / 50
    assert targets["circular-share"].met is False


def test_realised_homes_follow_the_core_teams_choice(known_monitor):
    settings_row = MonitorSettings.get_solo()
    settings_row.realised_source = MonitorSettings.RealisedSource.PLANS
    settings_row.save()
    dashboard = build_dashboard()
    assert dashboard.realised == 250  # the completed plan in Nijmegen
    assert targets_by_code(dashboard)["homes-2025"].value == 250


def test_targets_come_from_the_target_rows(known_monitor):
    from monitor.models import Target

    Target.objects.filter(code="affordable-share").update(value=40)
    row = targets_by_code(build_dashboard())["affordable-share"]
    assert row.met is True and row.target_label == "≥ 40 %"
    Target.objects.filter(code="homes-2025").delete()
    assert "homes-2025" not in targets_by_code(build_dashboard())


def test_contribution_per_subregion_and_municipality(known_monitor):
    dashboard = build_dashboard()
    sections = {section_id: rows for section_id, _, rows in dashboard.contributions}
    subregions = {row.name: row for row in sections["subregios"]}
    assert subregions["Nijmegen en omgeving"].figures["homes"] == 1550  # 670 + 300 + 250 + 330
    assert subregions["Nijmegen en omgeving"].figures["affordable_soft_share"] == 41.9  # 419 / 1000
    assert subregions["Nijmegen en omgeving"].realised == 472
    assert subregions["Arnhem en omgeving"].figures["affordable_soft_share"] == 41.7  # 250 / 600
    municipalities = {row.name: row for row in sections["gemeenten"]}
    assert municipalities["Wijchen"].figures["soft"] == 330
    assert municipalities["Wijchen"].realised == 0  # 2019 is before the deal


def test_subregion_and_municipality_dashboards(known_monitor):
    subregion = build_dashboard(subregion=known_monitor["nijmegen_eo"])
    assert subregion.figures["soft"] == 1000
    assert [row.name for _, _, rows in subregion.contributions for row in rows] == ["Nijmegen", "Wijchen"]
    assert "homes-2025" not in targets_by_code(subregion)  # a regional target
    municipality = build_dashboard(municipality=known_monitor["nijmegen"])
    assert (municipality.figures["homes"], municipality.realised) == (1220, 472)
    assert [link.name for link in municipality.breadcrumbs] == [
        "Regio Arnhem-Nijmegen",
        "Nijmegen en omgeving",
        "Nijmegen",
    ]


def test_location_dashboard_with_goals_agreements_and_tempotafels(known_monitor, kernteam):
    dashboard = build_dashboard(location=known_monitor["station"], user=kernteam)
    assert (dashboard.figures["soft"], dashboard.figures["in_aanbouw"]) == (670, 300)
    assert targets_by_code(dashboard)["affordable-share"].value == 62.5  # 419 / 670
    assert targets_by_code(dashboard)["affordable-share"].met is True
    [goals] = dashboard.goal_rows
    assert goals.values == {
        "affordable": 419,
        "circular": 0,
        "conceptual": 100,
        "flexible": 0,
        "target_groups": "studenten",
    }
    assert goals.contributes == [True, False, True, False, True]
    assert [a.number for a in dashboard.agreements] == [44]
    assert dashboard.agreements[0].light.colour == "groen"
    assert [t.name for t in dashboard.tempotafels] == ["Conceptueel bouwen voor betaalbaarheid"]


def test_locations_without_plans_show_their_register_figures(known_monitor):
    rows = {row.name: row for row in build_dashboard().goal_rows}
    assert rows["Wijchen-West"].source == "locatieregister"
    assert rows["Wijchen-West"].values["affordable"] == 250
    assert rows["Wijchen-West"].values["target_groups"] == "ouderen"
    assert rows["Kronenburg"].values["affordable"] == 150 and rows["Kronenburg"].source == "monitor"


def test_timeline_over_successive_imports(known_monitor):
    timeline = build_dashboard().timeline
    assert [(p.label, p.figures["hard"], p.figures["soft"], p.is_current) for p in timeline] == [
        ("01-10-2020", 300, 1500, False),
        ("01-04-2021", 400, 1600, True),
    ]


def test_traffic_lights_per_pillar_for_the_current_period(known_monitor):
    lights = {p.number: p.counts for p in build_dashboard().pillar_lights}
    assert lights[5] == {"groen": 1, "geel": 0, "rood": 0, "none": 1}
    assert lights[2] == {"groen": 0, "geel": 0, "rood": 1, "none": 0}


def test_without_a_committed_import_the_dashboard_says_so(db, client, bestuur):
    client.force_login(bestuur)
    response = client.get("/monitor/dashboard/")
    assert response.status_code == 200
    assert "Er is nog geen bevestigde monitorimport" in response.content.decode()


def test_the_page_shows_the_figures(known_monitor, client, bestuur):
    client.force_login(bestuur)
    html = client.get("/monitor/dashboard/").content.decode()
    assert "2.550 in 6 plannen" in html
    assert "1.881 woningen" in html
    assert "doel 20.000 woningen" in html
