"""The database refuses what the deal does not allow, whatever the code above it does."""

import pytest
from django.db import IntegrityError, transaction

from accounts.models import TempomakerKind
from agreements.models import Agreement, AgreementStatus, TrafficLight
from tests.factories import (
    AgreementFactory,
    AgreementStatusFactory,
    OrganisationFactory,
    PeriodFactory,
    PillarFactory,
    TempomakerFactory,
    TempotafelFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def test_a_second_status_for_the_same_agreement_and_period_is_refused():
    status = AgreementStatusFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        AgreementStatus.objects.create(
            agreement=status.agreement, period=status.period, colour=TrafficLight.ROOD
        )
    assert AgreementStatus.objects.count() == 1


def test_a_duplicate_agreement_number_is_refused():
    agreement = AgreementFactory(number=13)
    with pytest.raises(IntegrityError), transaction.atomic():
        Agreement.objects.create(number=13, pillar=agreement.pillar, title="Dubbel")


def test_an_unknown_traffic_light_colour_is_refused():
    status = AgreementStatusFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        AgreementStatus.objects.filter(pk=status.pk).update(colour="paars")


def test_a_tempotafel_with_two_ambtelijk_tempomakers_is_refused():
    tafel = TempotafelFactory()
    TempomakerFactory(tempotafel=tafel, kind=TempomakerKind.AMBTELIJK, user=UserFactory(kernteam=True))
    with pytest.raises(IntegrityError), transaction.atomic():
        TempomakerFactory(tempotafel=tafel, kind=TempomakerKind.AMBTELIJK, user=UserFactory(kernteam=True))
    assert tafel.tempomakers.count() == 1


def test_an_ended_tempotafel_needs_a_reason():
    tafel = TempotafelFactory()
    tafel.ended_on = tafel.started_on
    with pytest.raises(IntegrityError), transaction.atomic():
        tafel.save()


def test_the_same_person_is_tempomaker_of_a_tafel_once():
    maker = TempomakerFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        TempomakerFactory(tempotafel=maker.tempotafel, user=maker.user, organisation=OrganisationFactory())


def test_pillar_and_period_numbers_are_checked():
    PillarFactory(number=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        PeriodFactory(year=2021, half=3)
