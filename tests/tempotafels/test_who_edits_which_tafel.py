"""Who changes which Tempotafel, asked of a list (``Tempotafel.objects.editable_by``) and of one tafel
(``is_editable_by``): the same answer. The core team every active tafel, a tempomaker their own active
tafel, nobody an ended one."""

import datetime

import pytest

from tempotafels.models import Tempotafel
from tests.factories import TempomakerFactory, TempotafelFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tafels():
    own, other = TempotafelFactory(name="Eigen tafel"), TempotafelFactory(name="Andere tafel")
    ended = TempotafelFactory(
        name="Beëindigde tafel", ended_on=datetime.date(2021, 6, 1), end_reason="Klaar."
    )
    member = TempomakerFactory(tempotafel=own).user
    TempomakerFactory(tempotafel=ended, user=member)
    return {"own": own, "other": other, "ended": ended, "member": member}


def _answers(user) -> tuple[set[str], set[str]]:
    listed = set(Tempotafel.objects.editable_by(user).values_list("name", flat=True))
    single = {t.name for t in Tempotafel.objects.prefetch_related("tempomakers") if t.is_editable_by(user)}
    return listed, single


def test_a_tempomaker_edits_only_their_own_active_tafel(tafels):
    assert _answers(tafels["member"]) == ({"Eigen tafel"}, {"Eigen tafel"})


def test_the_core_team_edits_every_active_tafel(tafels, kernteam):
    assert _answers(kernteam) == ({"Eigen tafel", "Andere tafel"}, {"Eigen tafel", "Andere tafel"})


def test_a_reader_edits_none(tafels, partner):
    assert _answers(partner) == (set(), set())
