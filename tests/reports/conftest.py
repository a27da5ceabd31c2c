"""Factsheet fixtures: the open half year 2021-h2 (with a deadline), the closed 2021-h1, pillar 3's agreements."""

import datetime

import pytest

from agreements.models import Period, TrafficLight
from tests.factories import AgreementFactory, AgreementStatusFactory, PeriodFactory


@pytest.fixture
def previous_period(db):
    return PeriodFactory(year=2021, half=1, state=Period.State.CLOSED, deadline=datetime.date(2021, 7, 15))


@pytest.fixture
def period(previous_period):
    return PeriodFactory(year=2021, half=2, deadline=datetime.date(2022, 1, 15))


@pytest.fixture
def agreements(pillar, period, previous_period):
    """Agreements 21-23 of pillar 3: green, yellow (was green), and not yet assessed (was red)."""
    circular = AgreementFactory(
        number=21, pillar=pillar, title="Minimaal 25% van de nieuwe plannen circulair"
    )
    pilots = AgreementFactory(number=22, pillar=pillar, title="Pilots biobased bouwen met corporaties")
    fund = AgreementFactory(number=23, pillar=pillar, title="Regionaal fonds voor circulaire bouwmaterialen")
    AgreementStatusFactory(agreement=circular, period=period, colour=TrafficLight.GROEN)
    AgreementStatusFactory(agreement=pilots, period=period, colour=TrafficLight.GEEL)
    AgreementStatusFactory(agreement=pilots, period=previous_period, colour=TrafficLight.GROEN)
    AgreementStatusFactory(agreement=fund, period=previous_period, colour=TrafficLight.ROOD)
    return [circular, pilots, fund]
