"""Demo data: the four tafels of 2020 get meetings (one a Versnellingstafel, one a Tussensprint) and actions,
some done, some open and exactly one overdue; a second run changes nothing."""

import datetime

import pytest

from accounts.models import TempomakerKind
from demo import tafel_activity
from tempotafels.models import Action, Meeting, Tempotafel
from tests.factories import OrganisationFactory, TempomakerFactory, TempotafelFactory, UserFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2021, 4, 1)


@pytest.fixture
def four_tafels(db):
    organisation = OrganisationFactory(name="Regio Arnhem Nijmegen")
    for i, name in enumerate(
        [
            tafel_activity.VERSNELLING,
            tafel_activity.CONCEPTUEEL,
            tafel_activity.CIRCULAIR,
            tafel_activity.FLEXWONEN,
        ]
    ):
        tafel = TempotafelFactory(name=name)
        TempomakerFactory(
            tempotafel=tafel,
            user=UserFactory(username=f"kt{i}", kernteam=True),
            kind=TempomakerKind.AMBTELIJK,
            organisation=organisation,
        )
        TempomakerFactory(tempotafel=tafel, user=UserFactory(username=f"tm{i}"), organisation=organisation)


def test_the_demo_gives_every_tafel_meetings_and_actions(four_tafels):
    counts = tafel_activity.ensure_tafel_activity(today=TODAY)
    assert counts == {"bijeenkomsten": len(tafel_activity.MEETINGS), "acties": len(tafel_activity.ACTIONS)}
    for tafel in Tempotafel.objects.all():
        assert tafel.meetings.exists() and tafel.actions.exists(), tafel.name
    kinds = set(Meeting.objects.values_list("kind", flat=True))
    assert {Meeting.Kind.VERSNELLINGSTAFEL, Meeting.Kind.TUSSENSPRINT, Meeting.Kind.TAFEL} <= kinds
    assert Meeting.objects.filter(starts_at__date__gt=TODAY).count() >= 3, "an agenda to show"
    assert Action.objects.filter(done=True).count() >= 3
    assert Action.objects.filter(done=False, due_on__lt=TODAY).count() == 1
    assert Action.objects.filter(done=False, due_on__gte=TODAY).count() >= 3


def test_a_second_run_changes_nothing(four_tafels):
    tafel_activity.ensure_tafel_activity(today=TODAY)
    rows = (Meeting.objects.count(), Action.objects.count(), Meeting.history.count(), Action.history.count())
    snapshot = list(Action.objects.values_list("description", "due_on", "done", "owner_id", "owner_name"))
    tafel_activity.ensure_tafel_activity(today=TODAY + datetime.timedelta(days=40))
    assert (
        Meeting.objects.count(),
        Action.objects.count(),
        Meeting.history.count(),
        Action.history.count(),
    ) == rows
    assert (
        list(Action.objects.values_list("description", "due_on", "done", "owner_id", "owner_name"))
        == snapshot
    )


def test_missing_tafels_are_skipped(db):
    assert tafel_activity.ensure_tafel_activity(today=TODAY) == {"bijeenkomsten": 0, "acties": 0}
