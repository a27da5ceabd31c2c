"""The one vocabulary of role preconditions (``accounts.access``): a refused role gets the Dutch 403 page and
the refusal lands in the audit trail, whichever app's view refused it; the right role gets the page."""

import pytest
from django.urls import reverse

from accounts.access import CORE_TEAM_ONLY
from accounts.models import SecurityEvent

pytestmark = pytest.mark.django_db

CORE_TEAM_VIEWS = [
    "agreements:overview",
    "agreements:register_import",
    "monitor:import_upload",
    "monitor:completions",
    "tempotafels:create",
    "programme:commitment_create",
]


@pytest.mark.parametrize("name", CORE_TEAM_VIEWS)
def test_a_core_team_view_refuses_others_and_records_why(client, tempomaker, name):
    client.force_login(tempomaker)
    response = client.get(reverse(name))
    assert response.status_code == 403
    assert "Geen toegang" in response.content.decode()
    event = SecurityEvent.objects.get(kind=SecurityEvent.Kind.PERMISSION_DENIED)
    assert (event.user, event.path, event.detail) == (tempomaker, reverse(name), CORE_TEAM_ONLY)


@pytest.mark.parametrize("name", CORE_TEAM_VIEWS)
def test_a_core_team_view_opens_for_the_core_team(client, kernteam, name):
    client.force_login(kernteam)
    assert client.get(reverse(name)).status_code == 200
    assert not SecurityEvent.objects.filter(kind=SecurityEvent.Kind.PERMISSION_DENIED).exists()


def test_a_role_view_opens_for_its_roles_only(client, bestuur, partner):
    client.force_login(bestuur)
    assert client.get(reverse("programme:overview")).status_code == 200
    client.force_login(partner)
    assert client.get(reverse("programme:overview")).status_code == 403
    event = SecurityEvent.objects.get(kind=SecurityEvent.Kind.PERMISSION_DENIED)
    assert (event.user, event.path) == (partner, reverse("programme:overview"))
