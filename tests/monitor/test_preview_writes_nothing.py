"""The preview shows totals, differences and problems, and writes nothing to the database (but the progress of
the background job that makes it)."""

import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from monitor import services
from tests.factories import LocationFactory
from tests.jobs.follow import through_job
from tests.monitor.workbooks import plan, xlsx

WRITES = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def writes(context) -> list[str]:
    return [q["sql"] for q in context.captured_queries if WRITES.match(q["sql"])]


def committed(user, rows):
    monitor_import, _ = services.upload_monitor_import(
        content=xlsx(rows), filename="oud.xlsx", peildatum=datetime.date(2021, 1, 1), uploaded_by=user
    )
    return services.commit_monitor_import(monitor_import=monitor_import, user=user)


def test_preview_shows_new_removed_and_changed_plans_and_writes_nothing(region, kernteam, client):
    committed(kernteam, [plan(plan_id="A"), plan(plan_id="B", woningen=5), plan(plan_id="C")])
    rows = [
        plan(plan_id="A"),
        plan(plan_id="B", woningen=7, status="3 In voorbereiding"),
        plan(plan_id="D", gemeente="Nijmegen"),
        plan(plan_id="E", gemeente="Arnhm"),
    ]
    pending, _ = services.upload_monitor_import(
        content=xlsx(rows), filename="nieuw.xlsx", peildatum=datetime.date(2021, 7, 1), uploaded_by=kernteam
    )

    with CaptureQueriesContext(connection) as service_queries:
        preview = services.preview_monitor_import(content=bytes(pending.content), exclude=pending)
    assert writes(service_queries) == []
    assert [p.plan_id for p in preview.new] == ["D"]
    assert preview.removed == [("C", "Nieuw Holland")]
    [change] = preview.changed
    assert change.plan_id == "B"
    assert ("woningen", 5, 7) in change.fields and ("status", "Hard", "Zacht") in change.fields
    assert preview.region["homes"] == 27 and preview.by_subregion[0][0] == "Arnhem en omgeving"

    client.force_login(kernteam)
    with CaptureQueriesContext(connection) as page_queries:
        response = through_job(client, reverse("monitor:import_preview", args=[pending.pk]))
    assert [sql for sql in writes(page_queries) if '"jobs_job"' not in sql] == []
    html = response.content.decode()
    assert "Onbekende gemeente" in html and "Bedoelt u &#x27;Arnhem&#x27;" in html
    assert "kan niet bevestigd worden" in html


def test_unknown_location_names_the_nearest_known_ones(region, kernteam):
    LocationFactory(name="Stationsgebied", municipality=region["Nijmegen"])
    parsed = services.read_monitor_file(xlsx([plan(gemeente="Nijmegen", locatie="Stationgebied")]))
    [error] = parsed.errors
    assert (error.row, error.column, error.field) == (2, "D", "locatie")
    assert "Bedoelt u 'Stationsgebied'?" in error.message
