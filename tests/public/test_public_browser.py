"""A visitor without an account, in a real browser: with JavaScript off, from the start page to the report, the
dashboard, the agreements, the open data and the PDF, on a laptop and a phone; then axe-core on every page
visited (axe itself needs JavaScript, so it runs in a second tab that has it)."""

import pytest

from tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    ("Samenvatting en stoplichten", "Voortgangsrapportage"),
    ("Dashboard", "Dashboard: 1e halfjaar 2021"),
    ("Afspraken", "Afspraken en hun stoplicht per halfjaar"),
    ("Open data en API", "Open data en API"),
    ("Open data van het 1e halfjaar 2021", "Open data: 1e halfjaar 2021"),
]


def _walk_without_javascript(page, width: int) -> list[str]:
    page.goto("/openbaar/")
    assert page.locator("h1").inner_text().startswith("Voortgang van de Woondeal")
    visited = [page.url]
    for link, heading in PAGES:
        page.goto("/openbaar/")
        page.get_by_role("link", name=link).first.click()
        page.wait_for_load_state()
        assert heading in page.locator("h1").inner_text(), link
        visited.append(page.url)
    with page.expect_download() as download:
        page.goto("/openbaar/")
        page.get_by_role("link", name="PDF").first.click()
    assert download.value.suggested_filename == "voortgangsrapportage-2021-h1-openbaar.pdf"
    return visited


@pytest.mark.parametrize("width", [1366, 390], ids=["laptop", "telefoon"])
def test_a_visitor_reads_everything_published_without_javascript(
    browser, live_server, public_site, published, width
):
    without = browser.new_context(base_url=live_server.url, locale="nl-NL", java_script_enabled=False)
    checker = browser.new_context(base_url=live_server.url, locale="nl-NL")
    try:
        for context in without, checker:
            context.set_default_timeout(30_000)
        page = without.new_page()
        page.set_viewport_size({"width": width, "height": 900})
        visited = _walk_without_javascript(page, width)
        check = checker.new_page()
        check.set_viewport_size({"width": width, "height": 900})
        for url in visited:
            check.goto(url)
            scroll = check.evaluate("document.documentElement.scrollWidth")
            assert scroll <= width, f"{url}: {scroll} px breed op {width} px"
            assert_accessible(check, context=f"{url} ({width} px)")
    finally:
        without.close()
        checker.close()
