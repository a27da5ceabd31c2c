"""A real browser: a core-team member logs in for the first time, sets up the authenticator app, makes recovery
codes, logs out, and logs in again with the password and a second factor (a recovery code: the app's code of
the set-up is already used within its 30 seconds, and a code is accepted once); axe-core finds nothing on the
pages on the way. Every step waits for what the page shows, with the generous timeout of the other journeys."""

import base64
import re

import pytest
from django_otp.oath import totp
from playwright.sync_api import expect

from tests.browser import assert_accessible
from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STEP_TIMEOUT = 30_000  # ms; the machine may be busy (as in tests/portal/test_browser_journeys.py)


def code_for(secret: str) -> str:
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    return f"{totp(key):06d}"


def log_in(page, username):
    page.goto("/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()


def set_up_the_app(page) -> None:
    page.goto("/afspraken/")
    page.wait_for_url("**/tweestapsverificatie/instellen/")
    expect(page.get_by_role("button", name="Volgende")).to_be_visible()
    assert_accessible(page, context="instellen, welkom")
    page.get_by_role("button", name="Volgende").click()
    expect(page.locator("main code")).to_be_visible()
    secret = re.sub(r"\s", "", page.locator("main code").inner_text())
    assert_accessible(page, context="instellen, QR-code")
    page.get_by_label("Token").fill(code_for(secret))
    page.get_by_role("button", name="Volgende").click()
    page.wait_for_url("**/tweestapsverificatie/ingesteld/")


def make_recovery_codes(page) -> list[str]:
    page.get_by_role("link", name="Herstelcodes aanmaken").click()
    page.get_by_role("button", name="Nieuwe herstelcodes aanmaken").click()
    codes = page.locator(".recovery-codes li")
    expect(codes).to_have_count(10)
    assert_accessible(page, context="herstelcodes")
    return [text.strip() for text in codes.all_inner_texts()]


def test_a_core_team_member_sets_up_two_factor_and_logs_in_again_with_a_second_factor(
    new_page, kernteam, pillar, settings
):
    settings.TWO_FACTOR_REQUIRED = True
    page = new_page()
    page.set_default_timeout(STEP_TIMEOUT)
    log_in(page, "kernteam")
    set_up_the_app(page)
    codes = make_recovery_codes(page)
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("heading", name="Inloggen")).to_be_visible()

    log_in(page, "kernteam")
    expect(page.get_by_label("Code uit de app")).to_be_visible()  # the password alone is not enough
    assert_accessible(page, context="inloggen, code")
    page.get_by_role("button", name="Een herstelcode gebruiken").click()
    page.get_by_label("Herstelcode").fill(codes[0])
    page.get_by_role("button", name="Bevestigen").click()
    page.wait_for_url(lambda url: "/inloggen/" not in url)
    page.goto("/afspraken/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Afspraken")
    assert "/tweestapsverificatie/" not in page.url  # verified: no set-up asked again
