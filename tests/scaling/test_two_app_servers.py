"""Two app servers behind a load balancer, one PostgreSQL database, one worker: the register import, the
monitor import and a publication complete while consecutive requests alternate between the servers.

The servers are real gunicorn processes, each with its own temporary directory: anything kept on one
server's disk or in one process's memory would break a flow here. Slow on purpose (three processes), so it
is the only test of its kind.
"""

import re

import pytest
from django.db import connection
from django.test import Client

from agreements.exports import xlsx_bytes
from agreements.models import Agreement, Organisation
from agreements.register import HEADERS
from benchmarks.report_world import make_report_world
from monitor.models import MonitorImport
from reports.models import ProgressReport
from tests.agreements.register_files import row
from tests.logins import verified_login
from tests.monitor.region import create_region
from tests.monitor.workbooks import plan, xlsx
from tests.scaling.servers import AlternatingBrowser, Processes

pytestmark = pytest.mark.django_db(transaction=True)  # the servers must see the data: committed


@pytest.fixture
def browser(kernteam):
    if connection.vendor != "postgresql":
        pytest.skip(
            "two app servers and a worker writing at once are production's shape on PostgreSQL; SQLite's test "
            "file takes one writer at a time, so here it would test SQLite's locking instead; "
            "this test runs in CI's PostgreSQL leg (DATABASE_URL)"
        )
    client = Client()
    verified_login(client, kernteam)  # a two-factor session in the database, valid on every server
    with Processes() as processes:
        ports = [processes.web(), processes.web()]
        processes.worker()
        yield AlternatingBrowser(ports, client.cookies["sessionid"].value)


def _upload_id(html: str) -> dict:
    found = re.search(r'name="upload" value="(\d+)"', html)
    return {"upload": found.group(1)} if found else {}


def register_import(browser) -> None:
    Organisation.objects.create(name="Portaal", short_name="Portaal", kind="corporatie")
    Organisation.objects.create(name="Gemeente Arnhem", kind="gemeente")
    url = "/afspraken/register/inlezen/"
    assert browser.get(url).status == 200
    data = xlsx_bytes(HEADERS, [row(number=70, pillar=3, title="Circulair bouwen op twee servers")])
    checked = browser.follow_job(
        browser.post(url, {"action": "preview"}, files={"file": ("register.xlsx", data)})
    )
    assert checked["state"] == "done", checked
    preview = browser.get(checked["result_url"])  # the check's preview, shown by the other server
    assert preview.status == 200 and "Circulair bouwen op twee servers" in preview.text
    confirmed = browser.follow_job(browser.post(url, {"action": "confirm", **_upload_id(preview.text)}))
    assert confirmed["state"] == "done", confirmed
    assert Agreement.objects.get(number=70).title == "Circulair bouwen op twee servers"


def monitor_import(browser) -> None:
    create_region()
    assert browser.get("/monitor/imports/uploaden/").status == 200
    data = xlsx([plan(plan_id="P1", woningen=40), plan(plan_id="P2", plannaam="Stadsweide", woningen=25)])
    uploaded = browser.follow_job(
        browser.post(
            "/monitor/imports/uploaden/", {"peildatum": "2021-04-01"}, files={"file": ("plannen.xlsx", data)}
        )
    )
    assert uploaded["state"] == "done", uploaded
    preview = browser.get(uploaded["result_url"])  # made by the worker, shown by either server
    assert preview.status == 200 and "Voorbeeld: plannen.xlsx" in preview.text
    monitor_import = MonitorImport.objects.get()
    status = browser.follow_job(browser.post(f"/monitor/imports/{monitor_import.pk}/bevestigen/", {}))
    assert status["state"] == "done", status
    assert "Bevestigd (actueel)" in browser.get("/monitor/imports/").text
    monitor_import.refresh_from_db()
    assert monitor_import.state == MonitorImport.State.COMMITTED and monitor_import.row_count == 2


def publication(browser, kernteam) -> None:
    period = make_report_world(user=kernteam, monitor=False, numbers=8)
    assert browser.get(f"/rapportages/{period.code}/").status == 200
    status = browser.follow_job(browser.post(f"/rapportages/{period.code}/publiceren/", {"confirmed": "ja"}))
    assert status["state"] == "done", status
    report = ProgressReport.objects.get(period=period)
    assert report.is_published
    downloads = [browser.get(f"/rapportages/{period.code}/rapportage.pdf") for _ in range(2)]
    assert {d.port for d in downloads} == set(browser.ports_used[:2])
    assert all(d.body == bytes(report.pdf) and d.body.startswith(b"%PDF") for d in downloads)


def test_imports_and_publication_complete_across_two_app_servers(browser, kernteam, pillar):
    register_import(browser)
    monitor_import(browser)
    publication(browser, kernteam)
    used = browser.ports_used
    assert len(set(used)) == 2 and all(a != b for a, b in zip(used, used[1:], strict=False))
