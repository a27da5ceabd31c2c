"""A real browser: a core-team member logs in for the first time, sets up the authenticator app, makes recovery
codes, logs out and in again with a code; axe-core finds nothing on the pages on the way."""

import base64
import re

import pytest
from django_otp.oath import totp

from tests.browser import assert_accessible
from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def code_for(secret: str) -> str:
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    return f"{totp(key):06d}"


def log_in(page, username):
    page.goto("/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()


def test_a_core_team_member_sets_up_two_factor_and_logs_in_with_a_code(new_page, kernteam, pillar, settings):
    settings.TWO_FACTOR_REQUIRED = True
    page = new_page()
    log_in(page, "kernteam")
    page.goto("/afspraken/")
    page.wait_for_url("**/tweestapsverificatie/instellen/")
    assert_accessible(page, context="instellen, welkom")
    page.get_by_role("button", name="Volgende").click()
    secret = re.sub(r"\s", "", page.locator("main code").inner_text())
    assert_accessible(page, context="instellen, QR-code")
    page.get_by_label("Token").fill(code_for(secret))
    page.get_by_role("button", name="Volgende").click()
    page.wait_for_url("**/tweestapsverificatie/ingesteld/")
    page.get_by_role("link", name="Herstelcodes aanmaken").click()
    page.get_by_role("button", name="Nieuwe herstelcodes aanmaken").click()
    assert page.locator(".recovery-codes li").count() == 10
    assert_accessible(page, context="herstelcodes")
    page.get_by_role("button", name="Uitloggen").click()
    log_in(page, "kernteam")
    page.get_by_label("Code uit de app").wait_for()
    assert_accessible(page, context="inloggen, code")
