"""A session ends after a spell of inactivity; security.txt (RFC 9116) and the accessibility statement are
public."""

import re
import time

import pytest
from django.urls import reverse

from accounts.middleware import LAST_SEEN

pytestmark = pytest.mark.django_db


def test_an_idle_session_ends_with_a_dutch_message(client, kernteam, settings):
    client.force_login(kernteam)
    assert client.get(reverse("agreements:list")).status_code == 200
    session = client.session
    session[LAST_SEEN] = int(time.time()) - settings.SESSION_IDLE_TIMEOUT_MINUTES * 60 - 1
    session.save()
    response = client.get(reverse("agreements:list"), follow=True)
    assert response.redirect_chain[0][0].startswith(reverse("login"))
    assert "U bent uitgelogd omdat u een tijd niets heeft gedaan" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_active_session_goes_on(client, kernteam, settings):
    client.force_login(kernteam)
    client.get(reverse("agreements:list"))
    session = client.session
    session[LAST_SEEN] = int(time.time()) - settings.SESSION_IDLE_TIMEOUT_MINUTES * 60 + 60
    session.save()
    assert client.get(reverse("agreements:list")).status_code == 200


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
