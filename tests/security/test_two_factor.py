"""Two-factor authentication (TOTP, with recovery codes) for the core team and functioneel beheer, required when
TWO_FACTOR_REQUIRED is on (the production default; tests/conftest.py turns it off for the other tests)."""

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import PASSWORD
from tests.logins import code_step, password_step

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def required(settings):
    settings.TWO_FACTOR_REQUIRED = True


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def test_the_production_default_requires_a_second_factor(monkeypatch):
    import importlib

    import woondeal.settings as module

    monkeypatch.delenv("TWO_FACTOR_REQUIRED", raising=False)
    monkeypatch.setenv("DEBUG", "false")
    assert importlib.reload(module).TWO_FACTOR_REQUIRED is True
    monkeypatch.setenv("DEBUG", "true")
    assert importlib.reload(module).TWO_FACTOR_REQUIRED is False  # `make run`: demo accounts log in
    monkeypatch.delenv("DEBUG")
    importlib.reload(module)


def test_a_core_team_member_without_a_device_must_set_one_up(client, kernteam):
    assert client.post(reverse("login"), password_step("kernteam", PASSWORD)).status_code == 302
    response = client.get(reverse("agreements:list"))
    assert response.status_code == 302 and response.url == reverse("two_factor:setup")
    setup = client.get(reverse("two_factor:setup"))
    assert "Tweestapsverificatie instellen" in setup.content.decode()


def test_the_password_alone_is_not_enough_for_a_member_with_a_device(client, kernteam):
    device = TOTPDevice.objects.create(user=kernteam, name="default", confirmed=True)
    response = client.post(reverse("login"), password_step("kernteam", PASSWORD))
    assert response.status_code == 200
    assert "Code uit de app" in response.content.decode()
    assert client.get(reverse("agreements:list")).status_code == 302
    done = client.post(reverse("login"), code_step(current_code(device)))
    assert done.status_code == 302
    assert client.get(reverse("agreements:list")).status_code == 200


def test_a_wrong_code_is_refused(client, kernteam):
    device = TOTPDevice.objects.create(user=kernteam, name="default", confirmed=True)
    client.post(reverse("login"), password_step("kernteam", PASSWORD))
    wrong = "000000" if current_code(device) != "000000" else "111111"
    assert client.post(reverse("login"), code_step(wrong)).status_code == 200
    assert "_auth_user_id" not in client.session
    # django-otp then throttles the device: even the right code waits a moment (brute force of codes)
    assert client.post(reverse("login"), code_step(current_code(device))).status_code == 200


def test_a_recovery_code_works_once(client, kernteam):
    TOTPDevice.objects.create(user=kernteam, name="default", confirmed=True)
    recovery = StaticDevice.objects.create(user=kernteam, name="backup")
    recovery.token_set.create(token="herstel12")
    client.post(reverse("login"), password_step("kernteam", PASSWORD))
    assert client.post(reverse("login"), code_step("herstel12", step="backup")).status_code == 302
    assert client.get(reverse("agreements:list")).status_code == 200
    assert not recovery.token_set.exists()


def test_the_admin_needs_a_verified_session(client, beheerder):
    TOTPDevice.objects.create(user=beheerder, name="default", confirmed=True)
    client.force_login(beheerder)  # a password-only session
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert client.get(reverse("admin:login")).url.startswith(reverse("login"))  # one login for all


def test_readers_log_in_with_a_password_only(client, partner):
    assert client.post(reverse("login"), password_step("partner", PASSWORD)).status_code == 302
    assert client.get(reverse("agreements:list")).status_code == 200
