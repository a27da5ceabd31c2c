"""The journey in a real browser: upload a file, read the preview, confirm, see it current; axe-core on each page."""

import pytest
from playwright.sync_api import expect

from monitor.models import MonitorImport
from tests.browser import assert_accessible
from tests.monitor.workbooks import plan, xlsx

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_core_team_uploads_previews_and_confirms_a_monitor_file(new_page, kernteam, region, tmp_path):
    rows = [plan(), plan(plan_id="P2", gemeente="GM0268", status="Onbekend", woningen=30, middenhuur=10)]
    path = tmp_path / "plannen-voorjaar.xlsx"
    path.write_bytes(xlsx(rows))
    page = new_page(kernteam)

    page.goto("/monitor/imports/")
    assert_accessible(page, context="monitorimports (leeg)")
    page.get_by_role("link", name="Bestand uploaden").click()
    page.get_by_role("button", name="Uploaden en voorbeeld bekijken").click()  # nothing chosen: errors shown
    expect(page.locator(".error-summary")).to_be_visible(timeout=30_000)  # waits for the answer to the POST
    assert_accessible(page, context="uploadformulier met fouten")
    page.get_by_label("Monitorbestand (.xlsx)").set_input_files(str(path))
    page.get_by_label("Peildatum").fill("2021-04-01")
    page.get_by_role("button", name="Uploaden en voorbeeld bekijken").click()

    page.wait_for_url("**/monitor/imports/*/")
    assert page.get_by_role("heading", name="Voorbeeld: plannen-voorjaar.xlsx").is_visible()
    assert "Status 'Onbekend'" in page.locator("main").inner_text()
    assert_accessible(page, context="voorbeeld van een import")
    page.get_by_role("button", name="Bevestigen: dit wordt de actuele monitorstand").click()

    page.wait_for_url("**/monitor/imports/")
    assert "is bevestigd" in page.locator(".messages").inner_text()
    assert "Bevestigd (actueel)" in page.locator("table").inner_text()
    assert_accessible(page, context="monitorimports na bevestigen")
    assert MonitorImport.objects.get().state == MonitorImport.State.COMMITTED
