"""A half year in progress: pillar 3 with three agreements (one without a light), a Tempotafel with work."""

import datetime

import pytest
from django.utils import timezone

from accounts.models import TempomakerKind
from tests.factories import TempomakerFactory, TempotafelFactory
from tests.reports.conftest import agreements, period, previous_period  # noqa: F401
from tests.tempotafels.factories import ActionFactory, MeetingFactory


@pytest.fixture
def tafel(pillar, kernteam, tempomaker):
    tafel = TempotafelFactory(name="Circulair bouwen")
    tafel.pillars.add(pillar)
    TempomakerFactory(tempotafel=tafel, user=kernteam, kind=TempomakerKind.AMBTELIJK)
    TempomakerFactory(tempotafel=tafel, user=tempomaker, kind=TempomakerKind.PRIVAAT)
    ActionFactory(tempotafel=tafel, description="Tenderleidraad circulair opstellen", overdue=True)
    ActionFactory(tempotafel=tafel, description="Pilotlocaties in kaart brengen")
    MeetingFactory(
        tempotafel=tafel,
        title="Versnellen pilotlocaties",
        starts_at=timezone.now() + datetime.timedelta(days=10),
    )
    return tafel
