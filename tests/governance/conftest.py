"""A small governance world: the four bodies, a board member, a NIER member, a red agreement in an open period,
and a coming BO and DO meeting."""

import datetime

import pytest

from accounts.models import Role
from agreements.models import Organisation, TrafficLight
from governance.models import Body, BodyMember
from tests.factories import AgreementFactory, AgreementStatusFactory, PeriodFactory, UserFactory
from tests.governance.meetings import meeting_of


@pytest.fixture
def bodies(db):
    return {
        kind: Body.objects.create(kind=kind, name=label, order=i, frequency="ieder kwartaal")
        for i, (kind, label) in enumerate(
            [
                (Body.Kind.BO, "Bestuurlijk Overleg Woondeal"),
                (Body.Kind.DO, "Directeurenoverleg"),
                (Body.Kind.KERNTEAM, "Ambtelijk Kernteam Woondeal"),
                (Body.Kind.NIER, "Netwerk van Inspiratie, Ervaring en Reflectie"),
            ]
        )
    }


@pytest.fixture
def wethouder(bodies):
    """A board member of the BO (not of the DO)."""
    user = UserFactory(username="wethouder", first_name="Anke", last_name="de Vries", role=Role.BESTUUR)
    BodyMember.objects.create(body=bodies[Body.Kind.BO], user=user, function=BodyMember.Function.VOORZITTER)
    return user


@pytest.fixture
def directeur(bodies):
    user = UserFactory(username="directeur", first_name="Bas", last_name="Hendriks", role=Role.BESTUUR)
    BodyMember.objects.create(body=bodies[Body.Kind.DO], user=user)
    return user


@pytest.fixture
def nier_lid(bodies):
    user = UserFactory(username="nier", first_name="Carla", last_name="Peeters", role=Role.PARTNER)
    BodyMember.objects.create(body=bodies[Body.Kind.NIER], user=user)
    return user


@pytest.fixture
def period(db):
    return PeriodFactory(year=2021, half=2, deadline=datetime.date(2022, 1, 31))


@pytest.fixture
def red_agreement(period, pillar):
    agreement = AgreementFactory(number=17, pillar=pillar, title="Versnellen van de flexwoningen")
    AgreementStatusFactory(agreement=agreement, period=period, colour=TrafficLight.ROOD)
    return agreement


@pytest.fixture
def green_agreement(period, pillar):
    agreement = AgreementFactory(number=18, pillar=pillar, title="Kennisdeling circulair bouwen")
    AgreementStatusFactory(agreement=agreement, period=period, colour=TrafficLight.GROEN)
    return agreement


@pytest.fixture
def bo_meeting(bodies):
    return meeting_of(bodies[Body.Kind.BO], 30)


@pytest.fixture
def do_meeting(bodies):
    return meeting_of(bodies[Body.Kind.DO], 16)


@pytest.fixture
def provincie(db):
    """An organisation that can be responsible for a decision."""
    return Organisation.objects.create(name="Provincie Gelderland", kind=Organisation.Kind.PROVINCIE)
