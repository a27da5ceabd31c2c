"""factory_boy factories with Dutch data. Traits give the roles: ``UserFactory(kernteam=True)``."""

import datetime
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from accounts.models import Membership, Role, TempomakerKind, User
from agreements.models import Agreement, AgreementStatus, Organisation, Period, Phase, Pillar, TrafficLight
from monitor.models import Location, Municipality, Subregion
from tempotafels.models import Tempomaker, Tempotafel

factory.Faker._DEFAULT_LOCALE = "nl_NL"
PASSWORD = "woondeal-test-wachtwoord"


class PillarFactory(DjangoModelFactory):
    class Meta:
        model = Pillar
        django_get_or_create = ["number"]

    number = factory.Sequence(lambda n: n % 6 + 1)
    name = factory.LazyAttribute(lambda o: f"Pijler {o.number}")


class PeriodFactory(DjangoModelFactory):
    class Meta:
        model = Period
        django_get_or_create = ["year", "half"]

    year = factory.Sequence(lambda n: 2021 + n // 2)
    half = factory.Sequence(lambda n: n % 2 + 1)
    state = Period.State.OPEN

    class Params:
        closed = factory.Trait(state=Period.State.CLOSED)


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Woningcorporatie De Toekomst {n}")
    kind = Organisation.Kind.CORPORATIE


class UserFactory(DjangoModelFactory):
    """``UserFactory(kernteam=True)``, ``UserFactory(role=Role.TEMPOMAKER, pillar=p)``."""

    class Meta:
        model = User
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password(PASSWORD)
    role = None
    pillar = None

    class Params:
        kernteam = factory.Trait(role=Role.KERNTEAM)
        bestuur = factory.Trait(role=Role.BESTUUR)
        partner = factory.Trait(role=Role.PARTNER)
        beheerder = factory.Trait(is_staff=True, is_superuser=True)

    @classmethod
    def _create(cls, model_class, *args, role=None, pillar=None, **kwargs):
        user = super()._create(model_class, *args, **kwargs)
        if role:
            Membership.objects.get_or_create(user=user, role=role, pillar=pillar)
        return user


def tempomaker_of(pillar: Pillar, **kwargs) -> User:
    return UserFactory(role=Role.TEMPOMAKER, pillar=pillar, **kwargs)


def ambassador_of(pillar: Pillar, **kwargs) -> User:
    return UserFactory(role=Role.AMBASSADEUR, pillar=pillar, **kwargs)


class AgreementFactory(DjangoModelFactory):
    class Meta:
        model = Agreement
        django_get_or_create = ["number"]

    number = factory.Sequence(lambda n: n + 1)
    pillar = factory.SubFactory(PillarFactory)
    title = factory.Faker("sentence", nb_words=6)
    text = factory.Faker("paragraph")


class AgreementStatusFactory(DjangoModelFactory):
    class Meta:
        model = AgreementStatus

    agreement = factory.SubFactory(AgreementFactory)
    period = factory.SubFactory(PeriodFactory)
    colour = TrafficLight.GROEN
    phase = Phase.IN_UITVOERING
    progress = factory.Faker("paragraph")


class SubregionFactory(DjangoModelFactory):
    class Meta:
        model = Subregion
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Subregio {n}")
    slug = factory.Sequence(lambda n: f"subregio-{n}")


class MunicipalityFactory(DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ["cbs_code"]

    cbs_code = factory.Sequence(lambda n: f"GM{9000 + n:04d}")
    name = factory.Sequence(lambda n: f"Gemeente {n}")
    province = "Gelderland"
    subregion = factory.SubFactory(SubregionFactory)
    latitude = Decimal("51.90000")
    longitude = Decimal("5.90000")


class LocationFactory(DjangoModelFactory):
    class Meta:
        model = Location

    name = factory.Sequence(lambda n: f"Locatie {n}")
    municipality = factory.SubFactory(MunicipalityFactory)
    planned_homes = 500
    affordable_homes = 250
    latitude = Decimal("51.90000")
    longitude = Decimal("5.90000")


class TempotafelFactory(DjangoModelFactory):
    class Meta:
        model = Tempotafel

    name = factory.Sequence(lambda n: f"Tempotafel {n}")
    guiding_question = "Hoe en waar kan circulair bouwen bijdragen aan verduurzaming van de woningbouw?"
    started_on = datetime.date(2020, 10, 1)


class TempomakerFactory(DjangoModelFactory):
    class Meta:
        model = Tempomaker

    tempotafel = factory.SubFactory(TempotafelFactory)
    user = factory.SubFactory(UserFactory)
    kind = TempomakerKind.PRIVAAT
    organisation = factory.SubFactory(OrganisationFactory)
