"""A board member logs in, opens the published reports and downloads the PDF; axe-core finds nothing."""

import pytest

from benchmarks.report_world import make_report_world
from reports.models import ProgressReport
from reports.progress.publication import publish_report
from tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_board_member_downloads_the_published_report(new_page, kernteam, bestuur):
    period = make_report_world(user=kernteam, monitor=False, numbers=10)
    report = publish_report(report=ProgressReport.objects.get(period=period), user=kernteam)

    page = new_page()
    page.goto("/inloggen/")
    page.get_by_label("Gebruikersnaam").fill("bestuur")
    page.get_by_label("Wachtwoord").fill("woondeal-test-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Rapportages").click()
    page.wait_for_url("**/rapportages/")
    assert_accessible(page, context="lijst van rapportages")

    page.get_by_role("link", name="1e halfjaar 2021", exact=True).click()
    page.wait_for_url("**/rapportages/2021-h1/")
    assert page.get_by_role("heading", level=1).inner_text() == "Voortgangsrapportage 1e halfjaar 2021"
    assert page.get_by_role("table", name="Kleurverandering per afspraak").is_visible()
    assert_accessible(page, context="gepubliceerde rapportage")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download de PDF").click()
    download = download_info.value
    assert download.suggested_filename == "voortgangsrapportage-2021-h1.pdf"
    with open(download.path(), "rb") as handle:
        assert handle.read() == bytes(report.pdf)


def test_the_core_team_edits_and_previews_the_report_accessibly(new_page, kernteam):
    """The core team's pages of an unpublished report: the page, the summary form, the browser preview."""
    make_report_world(user=kernteam, monitor=False, numbers=10)
    page = new_page(kernteam)
    for path, context in [
        ("/rapportages/2021-h1/", "rapportage (concept)"),
        ("/rapportages/2021-h1/bewerken/", "managementsamenvatting bewerken"),
        ("/rapportages/2021-h1/voorbeeld/", "voorbeeld van de rapportage"),
    ]:
        response = page.goto(path, timeout=90_000)  # the preview exports its charts first (slow under load)
        assert response.status == 200, path
        assert page.locator("h1").first.is_visible()
        assert_accessible(page, context=context)
