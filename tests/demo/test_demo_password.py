"""A fresh seed takes the demo users' password from the environment (``DEMO_PASSWORD``)."""

from io import StringIO

from django.core.management import call_command

from tests.logins import login_request


def test_password_comes_from_the_environment(db, client, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "een-ander-wachtwoord")
    call_command("seed_demo_data", stdout=StringIO())
    assert client.login(request=login_request(), username="bestuur", password="een-ander-wachtwoord")
    assert not client.login(request=login_request(), username="bestuur", password="woondeal-demo-2021")
