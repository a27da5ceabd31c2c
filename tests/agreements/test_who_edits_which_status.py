"""Who edits the status of which agreement, asked of a list (``Agreement.objects.status_editable_by``) and of
one agreement (``is_status_editable_by``): the same answer for every role. The core team edits all, a
tempomaker their own pillar's, everyone else none."""

import pytest

from agreements.models import Agreement, Pillar
from tests.factories import AgreementFactory, UserFactory

pytestmark = pytest.mark.django_db
ROLES = ["kernteam", "tempomaker", "other_tempomaker", "ambassadeur", "bestuur", "partner", "beheerder"]


@pytest.fixture
def deal(pillar, other_pillar):
    return {n: AgreementFactory(number=n, pillar=pillar if n < 20 else other_pillar) for n in (13, 14, 27)}


@pytest.mark.parametrize("role", ROLES)
def test_the_list_and_the_single_agreement_agree(request, deal, role):
    user = request.getfixturevalue(role)
    listed = set(Agreement.objects.status_editable_by(user).values_list("number", flat=True))
    assert listed == {n for n, a in deal.items() if a.is_status_editable_by(user)}
    pillars = set(Pillar.objects.editable_by(user).values_list("number", flat=True))
    assert pillars == {p.number for p in Pillar.objects.all() if p.is_editable_by(user)}
    expected = {"kernteam": {13, 14, 27}, "tempomaker": {13, 14}, "other_tempomaker": {27}}
    assert listed == expected.get(role, set())


def test_an_inactive_core_team_member_edits_nothing(deal):
    former = UserFactory(username="oud-kernteam", kernteam=True, is_active=False)
    assert not Agreement.objects.status_editable_by(former).exists()
    assert not deal[13].is_status_editable_by(former)
