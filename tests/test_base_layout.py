"""Every page of the base layout renders in Dutch for every role; anonymous users are sent to the login page."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from tests.factories import AgreementFactory, LocationFactory, PeriodFactory, TempotafelFactory
from tests.logins import password_step

pytestmark = pytest.mark.django_db

ROLES = ["kernteam", "tempomaker", "ambassadeur", "bestuur", "partner", "beheerder"]


@pytest.fixture
def deal(pillar):
    PeriodFactory(year=2021, half=2)
    agreement = AgreementFactory(number=21, pillar=pillar, title="Circulair bouwen in 25% van de plannen")
    location = LocationFactory(name="Kanaalknoop")
    location.agreements.add(agreement)
    tafel = TempotafelFactory(name="Circulair bouwen")
    tafel.agreements.add(agreement)
    return {"agreement": agreement, "tafel": tafel}


def base_pages(deal):
    return [
        reverse("home"),
        reverse("agreements:list"),
        reverse("agreements:detail", args=[deal["agreement"].number]),
        reverse("monitor:locations"),
        reverse("tempotafels:list"),
        reverse("tempotafels:detail", args=[deal["tafel"].pk]),
        reverse("reports:list"),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_every_base_page_renders_in_dutch_for_every_role(client, request, deal, role):
    client.force_login(request.getfixturevalue(role))
    for url in base_pages(deal):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert '<html lang="nl">' in html
        assert 'href="#inhoud"' in html, "skip link"
        assert "Uitloggen" in html


def test_anonymous_users_are_sent_to_login(client, deal):
    for url in base_pages(deal):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("login") + "?next=")


def test_login_page_is_dutch_and_logs_in(client, kernteam):
    page = client.get(reverse("login"))
    assert page.status_code == 200
    assert "Gebruikersnaam" in page.content.decode()
    response = client.post(reverse("login"), password_step("kernteam", "woondeal-test-wachtwoord"))
    assert response.status_code == 302 and response.url == reverse("home")
    client.logout()
    wrong = client.post(reverse("login"), password_step("kernteam", "fout"))
    assert "Voer een juiste gebruikersnaam en wachtwoord in" in wrong.content.decode()


def test_admin_is_for_administrators_only(client, kernteam, beheerder):
    client.force_login(kernteam)
    assert client.get(reverse("admin:index")).status_code == 302  # to the admin login
    client.force_login(beheerder)
    assert client.get(reverse("admin:index")).status_code == 200


def test_menu_shows_beheer_only_to_administrators(client, kernteam, beheerder):
    client.force_login(kernteam)
    assert "Beheer" not in client.get(reverse("home")).content.decode()
    client.force_login(beheerder)
    assert "Beheer" in client.get(reverse("home")).content.decode()


def test_unknown_page_gives_the_dutch_404(client, kernteam, settings):
    settings.DEBUG = False
    client.force_login(kernteam)
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_user_text_is_escaped(client, kernteam, pillar):
    AgreementFactory(number=30, pillar=pillar, title="<script>alert('x')</script>")
    client.force_login(kernteam)
    html = client.get(reverse("agreements:detail", args=[30])).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


def test_check_deploy_is_clean_with_production_settings():
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DEBUG": "false",
        "SECRET_KEY": "x" * 20 + "een-lange-geheime-sleutel-voor-productie-0123456789",
        "ALLOWED_HOSTS": "woondeal.example.nl",
        "DATABASE_URL": "sqlite:////tmp/woondeal-check-deploy.sqlite3",
        "WOONDEAL_REQUIRE_SECRET_KEY": "true",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_menu_shows_the_core_team_its_overviews(client, kernteam, partner):
    client.force_login(kernteam)
    html = client.get(reverse("tempotafels:list")).content.decode()  # a page without other links to them
    assert f'href="{reverse("reports:factsheet_overview")}"' in html
    assert f'href="{reverse("agreements:overview")}"' in html
    client.force_login(partner)
    html = client.get(reverse("tempotafels:list")).content.decode()
    assert f'href="{reverse("reports:factsheet_overview")}"' not in html
    assert f'href="{reverse("agreements:overview")}"' not in html
