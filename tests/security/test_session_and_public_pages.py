"""A session ends after a spell of inactivity; security.txt (RFC 9116) and the accessibility statement are
public."""

import re
import time

import pytest
from django.urls import reverse

from accounts.middleware import IDLE_COOKIE

pytestmark = pytest.mark.django_db


def request_at(client, url, moment: float, monkeypatch, **kwargs):
    with monkeypatch.context() as patch:
        patch.setattr(time, "time", lambda: moment)
        return client.get(url, **kwargs)


def test_an_idle_session_ends_with_a_dutch_message(client, kernteam, settings, monkeypatch):
    client.force_login(kernteam)
    url = reverse("agreements:list")
    idle = settings.SESSION_IDLE_TIMEOUT_MINUTES * 60
    assert request_at(client, url, time.time() - idle - 5, monkeypatch).status_code == 200
    response = client.get(url, follow=True)
    assert response.redirect_chain[0][0].startswith(reverse("login"))
    assert "U bent uitgelogd omdat u een tijd niets heeft gedaan" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_active_session_goes_on(client, kernteam, settings, monkeypatch):
    client.force_login(kernteam)
    url = reverse("agreements:list")
    idle = settings.SESSION_IDLE_TIMEOUT_MINUTES * 60
    request_at(client, url, time.time() - idle + 60, monkeypatch)
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200


def test_a_tampered_activity_cookie_ends_the_session(client, kernteam):
    client.force_login(kernteam)
    client.cookies[IDLE_COOKIE] = "1:forged:signature"
    assert client.get(reverse("agreements:list")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_security_txt_follows_rfc_9116(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert re.search(r"^Contact: mailto:\S+$", text, re.M)
    assert re.search(r"^Expires: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", text, re.M)
    assert "Canonical: http://testserver/.well-known/security.txt" in text


def test_the_accessibility_statement_is_public(client):
    response = client.get(reverse("accessibility"))
    assert response.status_code == 200
    assert "<h1>Toegankelijkheidsverklaring</h1>" in response.content.decode()
    assert "eerste maatregelen genomen" in response.content.decode()


def test_another_user_logging_in_in_the_same_browser_stays_logged_in(client, kernteam, partner):
    client.force_login(partner)
    client.get(reverse("agreements:list"))
    client.post(reverse("logout"))
    client.force_login(kernteam)
    assert client.get(reverse("agreements:list")).status_code == 200
