"""Two sources side by side: confirming the provincial workbook (plan capacity per municipality) on top of a
plan-level import keeps what only the plan-level import knows (locations, price segments, circular homes).
A figure no current source provides reads "onbekend" with the reason, never 0 % or "doel niet gehaald"."""

import datetime

import pytest

from monitor.dashboard import build_dashboard
from monitor.models import MonitorImport
from tests.monitor.two_sources import commit, commit_plans, commit_provincial, reference
from tests.monitor.workbooks import plan, xlsx

pytestmark = pytest.mark.django_db
__all__ = ["reference"]  # the fixture, imported for these tests


def test_the_provincial_workbook_leaves_the_plan_level_import_current(reference, kernteam):
    plans = commit_plans(kernteam)
    provincial = commit_provincial(kernteam)

    plans.refresh_from_db()
    assert plans.state == provincial.state == MonitorImport.State.COMMITTED


def test_location_dashboard_keeps_its_plans_after_the_provincial_workbook(reference, kernteam, client):
    commit_plans(kernteam)
    commit_provincial(kernteam)

    dashboard = build_dashboard(location=reference)
    assert (dashboard.figures["plans"], dashboard.figures["homes"], dashboard.figures["soft"]) == (
        2,
        200,
        124,
    )
    assert "planniveau" in dashboard.figures["sources"]["capacity"]
    assert [point.figures["soft"] for point in dashboard.timeline] == [124]  # no "124 → 0"

    client.force_login(kernteam)
    html = client.get(f"/monitor/dashboard/locatie/{reference.pk}/").content.decode()
    assert "200 in 2 plannen" in html
    assert "0 in 0 plannen" not in html


def test_region_takes_each_figure_from_the_source_that_has_it(reference, kernteam, client):
    commit_plans(kernteam)
    commit_provincial(kernteam)

    figures = build_dashboard().figures
    assert (figures["hard"], figures["soft"]) == (14_412, 23_255)  # the newer source: the workbook
    assert "provinciaal" in figures["sources"]["capacity"] and "1-4-2021" in figures["sources"]["capacity"]
    assert figures["circular_share"] == 6.2  # 31 of the 500 homes in the plan-level import
    assert "planniveau" in figures["sources"]["goals"] and "1-1-2021" in figures["sources"]["goals"]

    client.force_login(kernteam)
    html = client.get("/monitor/dashboard/").content.decode()
    assert "6,2 %" in html and "14.412 hard, 23.255 zacht" in html
    assert "bron: plancapaciteit per gemeente (provinciaal), peildatum 1-4-2021" in html


def test_without_plan_level_data_circular_and_segments_read_unknown(reference, kernteam, client):
    commit_provincial(kernteam)

    dashboard = build_dashboard()
    assert dashboard.figures["circular_share"] is None and dashboard.figures["segments"] is None
    circular = next(row for row in dashboard.targets if row.code == "circular-share")
    assert circular.verdict == "onbekend" and "planniveau" in circular.unknown
    location = build_dashboard(location=reference)
    assert location.figures["plans"] is None and location.figures["homes"] is None

    client.force_login(kernteam)
    html = client.get("/monitor/dashboard/").content.decode()
    assert "0,0" not in html and "0.0%" not in html
    assert "Aandeel circulair gebouwde woningen:</strong> onbekend" in html
    assert "Prijssegmenten onbekend" in html
    html = client.get(f"/monitor/dashboard/locatie/{reference.pk}/").content.decode()
    assert "0 in 0 plannen" not in html and "geen actuele bron telt plannen per locatie" in html


def test_a_newer_plan_level_import_supersedes_only_the_older_plan_level_import(reference, kernteam):
    first = commit_plans(kernteam)
    provincial = commit_provincial(kernteam)
    second = commit(kernteam, xlsx([plan(woningen=5)]), "plannen-juni.xlsx", datetime.date(2021, 6, 1))

    states = dict(MonitorImport.objects.values_list("pk", "state"))
    assert states == {
        first.pk: MonitorImport.State.SUPERSEDED,
        provincial.pk: MonitorImport.State.COMMITTED,
        second.pk: MonitorImport.State.COMMITTED,
    }
