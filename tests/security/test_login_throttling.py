"""Login throttling (issue 11, defect 2): after LOGIN_FAILURE_LIMIT wrong passwords for one username or from one
IP address, even the right password is refused with a Dutch message, until functioneel beheer lifts the block
or the cool-off ends. Every failed and successful login is in the audit trail."""

import pytest
from django.conf import settings
from django.urls import reverse

from accounts.models import LoginBlock, SecurityEvent
from tests.factories import PASSWORD, UserFactory
from tests.logins import password_step

pytestmark = pytest.mark.django_db
LIMIT = settings.AXES_FAILURE_LIMIT


def attempt(client, username, password, ip="192.0.2.10"):
    return client.post(reverse("login"), password_step(username, password), REMOTE_ADDR=ip)


def is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_the_threshold_is_five_failed_attempts():
    assert LIMIT == 5


def test_after_the_limit_even_the_right_password_is_refused_in_dutch(client, kernteam):
    for _ in range(LIMIT - 1):
        assert attempt(client, "kernteam", "fout").status_code == 200
    assert attempt(client, "kernteam", "fout").status_code == 429  # the fifth failure blocks
    response = attempt(client, "kernteam", PASSWORD)
    assert response.status_code == 429
    assert "Inloggen tijdelijk geblokkeerd" in response.content.decode()
    assert "de komende 15 minuten" in response.content.decode()
    assert not is_logged_in(client)


def test_the_block_holds_for_the_user_from_any_address(client, kernteam):
    for number in range(LIMIT):
        attempt(client, "kernteam", "fout", ip=f"192.0.2.{number}")
    assert attempt(client, "kernteam", PASSWORD, ip="198.51.100.7").status_code == 429
    assert not is_logged_in(client)


def test_the_block_holds_for_an_address_whatever_username_it_tries(client, kernteam):
    for number in range(LIMIT):
        attempt(client, f"gok{number}", "fout")
    assert attempt(client, "kernteam", PASSWORD).status_code == 429
    assert attempt(client, "kernteam", PASSWORD, ip="198.51.100.7").status_code == 302  # another address
    assert is_logged_in(client)


def test_fewer_failures_than_the_limit_do_not_block(client, kernteam):
    for _ in range(LIMIT - 1):
        attempt(client, "kernteam", "fout")
    assert attempt(client, "kernteam", PASSWORD).status_code == 302
    assert is_logged_in(client)


def test_functioneel_beheer_lifts_a_block_in_the_admin(client, kernteam):
    beheerder = UserFactory(username="beheer", beheerder=True)
    for _ in range(LIMIT):
        attempt(client, "kernteam", "fout")
    client.force_login(beheerder)
    changelist = reverse("admin:accounts_loginblock_changelist")
    assert "kernteam" in client.get(changelist).content.decode()
    blocks = LoginBlock.objects.values_list("pk", flat=True)
    client.post(changelist, {"action": "unlock", "_selected_action": list(blocks)})
    assert not LoginBlock.objects.exists()
    client.logout()
    assert attempt(client, "kernteam", PASSWORD).status_code == 302
    assert SecurityEvent.objects.filter(kind=SecurityEvent.Kind.UNLOCK, username="beheer").exists()


def test_every_failed_and_successful_login_and_the_lockout_is_logged(client, kernteam):
    for _ in range(LIMIT):
        attempt(client, "kernteam", "fout")
    attempt(client, "kernteam", PASSWORD)
    events = SecurityEvent.objects.order_by("at", "id").values_list(
        "kind", "result", "username", "ip_address", "detail"
    )
    failed = [e for e in events if e[0] == SecurityEvent.Kind.LOGIN_FAILED]
    assert len(failed) == LIMIT + 1  # the right password during the block is a refused attempt too
    assert {e[1:4] for e in failed} == {(SecurityEvent.Result.FAILURE, "kernteam", "192.0.2.10")}
    assert failed[-1][4] == "geweigerd: account of IP-adres is geblokkeerd"
    locked = [e for e in events if e[0] == SecurityEvent.Kind.LOCKOUT]
    assert locked and locked[0][1:4] == (SecurityEvent.Result.REFUSED, "kernteam", "192.0.2.10")
    assert not events.filter(kind=SecurityEvent.Kind.LOGIN).exists()
    LoginBlock.objects.all().delete()
    attempt(client, "kernteam", PASSWORD)
    login = SecurityEvent.objects.get(kind=SecurityEvent.Kind.LOGIN)
    assert (login.user, login.result, login.ip_address) == (
        kernteam,
        SecurityEvent.Result.SUCCESS,
        "192.0.2.10",
    )
