"""Tafels with a full team: an ambtelijk tempomaker from the core team and a private one from a partner."""

import pytest

from accounts.models import Role, TempomakerKind
from agreements.models import Organisation
from tests.factories import OrganisationFactory, TempomakerFactory, TempotafelFactory, UserFactory
from tests.tempotafels.factories import ActionFactory, MeetingFactory


@pytest.fixture
def neprom(db):
    return OrganisationFactory(name="NEPROM", kind=Organisation.Kind.MARKT)


@pytest.fixture
def regio(db):
    return OrganisationFactory(name="Regio Arnhem Nijmegen", kind=Organisation.Kind.REGIO)


@pytest.fixture
def privaat(pillar):
    """A private tempomaker (NEPROM) who holds no other role than tempomaker."""
    return UserFactory(
        username="privaat", first_name="Ruud", last_name="Janssen", role=Role.TEMPOMAKER, pillar=pillar
    )


@pytest.fixture
def tafel(pillar, kernteam, privaat, neprom, regio):
    tafel = TempotafelFactory(name="Circulair bouwen")
    tafel.pillars.add(pillar)
    TempomakerFactory(tempotafel=tafel, user=kernteam, kind=TempomakerKind.AMBTELIJK, organisation=regio)
    TempomakerFactory(tempotafel=tafel, user=privaat, kind=TempomakerKind.PRIVAAT, organisation=neprom)
    return tafel


@pytest.fixture
def other_tafel(other_pillar, regio):
    """Another tafel, with its own team, that ``privaat`` has nothing to do with."""
    tafel = TempotafelFactory(
        name="Conceptueel bouwen",
        guiding_question="Hoe en waar kan conceptueel bouwen bijdragen aan betaalbare huisvesting?",
    )
    tafel.pillars.add(other_pillar)
    colleague = UserFactory(username="kernteam2", kernteam=True)
    TempomakerFactory(tempotafel=tafel, user=colleague, kind=TempomakerKind.AMBTELIJK, organisation=regio)
    TempomakerFactory(
        tempotafel=tafel,
        user=UserFactory(username="portaal", role=Role.TEMPOMAKER, pillar=other_pillar),
        kind=TempomakerKind.MAATSCHAPPELIJK,
        organisation=OrganisationFactory(name="Portaal"),
    )
    return tafel


@pytest.fixture
def meeting(tafel):
    return MeetingFactory(tempotafel=tafel)


@pytest.fixture
def action(tafel, meeting):
    return ActionFactory(tempotafel=tafel, meeting=meeting)
