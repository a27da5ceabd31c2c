"""A real browser: log in with the form, see the start page, log out; axe-core finds nothing."""

import pytest

from tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_core_team_member_logs_in_and_out(new_page, kernteam, pillar):
    page = new_page()
    page.goto("/")
    assert "/inloggen/" in page.url
    assert_accessible(page, context="inlogpagina")
    page.get_by_label("Gebruikersnaam").fill("kernteam")
    page.get_by_label("Wachtwoord").fill("woondeal-test-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Welkom")
    assert page.get_by_role("heading", name="Tempotafels: acties over tijd (0)").is_visible()
    assert_accessible(page, context="startpagina")
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_url("**/inloggen/")


@pytest.mark.parametrize("path", ["/afspraken/", "/monitor/locaties/", "/tempotafels/", "/rapportages/"])
def test_base_pages_are_accessible(new_page, tempomaker, path):
    page = new_page(tempomaker)
    page.goto(path)
    assert page.locator("main h1").is_visible()
    assert_accessible(page, context=path)
