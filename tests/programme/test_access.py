"""Who may open which programme page: anonymous → login; the core team everything; the board reads the budget;
everyone with a role reads the location programme and asks for capacity; a private tempomaker and a user
without a role see none of it."""

import pytest
from django.urls import reverse

from accounts.models import Role, TempomakerKind
from tests.factories import TempomakerFactory, UserFactory

from .factories import CapacityRequestFactory, CommitmentFactory, LocationElaborationFactory, MilestoneFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(kernteam):
    commitment = CommitmentFactory()
    request = CapacityRequestFactory(requested_by=kernteam)
    elaboration = LocationElaborationFactory()
    milestone = MilestoneFactory()
    return {
        "means": [
            reverse("programme:overview"),
            reverse("programme:export"),
            reverse("programme:commitment_detail", args=[commitment.pk]),
        ],
        "manage": [
            reverse("programme:commitment_create"),
            reverse("programme:elaboration_edit", args=[elaboration.location_id, elaboration.period.code]),
            reverse("programme:milestone_update", args=[milestone.pk]),
        ],
        "locations": [
            reverse("programme:locations"),
            reverse("programme:elaborations", args=[elaboration.location_id]),
            reverse("programme:developments"),
        ],
        "requests": [reverse("programme:requests"), reverse("programme:request_create")],
        "request": reverse("programme:request_detail", args=[request.pk]),
    }


def codes(client, urls):
    return {client.get(url).status_code for url in urls}


def test_anonymous_visitors_go_to_login(client, world):
    for urls in (world["means"], world["manage"], world["locations"], world["requests"], [world["request"]]):
        for url in urls:
            response = client.get(url)
            assert response.status_code == 302 and "/inloggen/" in response["Location"], url


def test_the_core_team_opens_everything(client, kernteam, world):
    client.force_login(kernteam)
    urls = [*world["means"], *world["manage"], *world["locations"], *world["requests"], world["request"]]
    assert codes(client, urls) == {200}


def test_the_board_reads_the_budget_but_changes_nothing(client, bestuur, world):
    client.force_login(bestuur)
    assert codes(client, world["means"] + world["locations"] + world["requests"]) == {200}
    assert codes(client, world["manage"]) == {403}
    assert client.get(world["request"]).status_code == 404  # not their request


@pytest.mark.parametrize("role", [Role.PARTNER, Role.AMBASSADEUR, Role.TEMPOMAKER])
def test_other_roles_read_the_location_programme_only(client, world, pillar, role):
    user = UserFactory(username=f"lezer-{role}", role=role, pillar=pillar)
    client.force_login(user)
    assert codes(client, world["locations"] + world["requests"]) == {200}
    assert codes(client, world["means"] + world["manage"]) == {403}


def test_a_private_tempomaker_and_a_user_without_role_see_nothing_of_it(client, world, pillar):
    private = UserFactory(username="privaat", role=Role.TEMPOMAKER, pillar=pillar)
    TempomakerFactory(user=private, kind=TempomakerKind.PRIVAAT)
    nobody = UserFactory(username="niemand")
    for user in (private, nobody):
        client.force_login(user)
        assert codes(client, world["means"] + world["manage"] + world["locations"]) == {403}
    assert codes(client, world["requests"]) == {403}  # nobody has no role, so no request either


def test_the_menu_mirrors_the_rules(client, kernteam, bestuur, partner):
    for user, target in ((kernteam, "overview"), (bestuur, "overview"), (partner, "locations")):
        client.force_login(user)
        page = client.get(reverse("home")).content.decode()
        assert f'href="{reverse("programme:" + target)}"' in page, user
