"""Factories for the programme: the werkbudget with its lines, commitments, requests and the location programme."""

import datetime
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from programme.models import (
    BudgetLine,
    CapacityRequest,
    Commitment,
    Development,
    LocationElaboration,
    Milestone,
    WorkBudget,
)
from tests.factories import (
    LocationFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PeriodFactory,
    PillarFactory,
    UserFactory,
)


class WorkBudgetFactory(DjangoModelFactory):
    class Meta:
        model = WorkBudget
        django_get_or_create = ["name"]

    name = "Werkbudget Woondeal"
    amount = Decimal("1000000.00")


class BudgetLineFactory(DjangoModelFactory):
    class Meta:
        model = BudgetLine

    budget = factory.SubFactory(WorkBudgetFactory)
    name = factory.Sequence(lambda n: f"Budgetregel {n}")
    amount = Decimal("100000.00")


class CommitmentFactory(DjangoModelFactory):
    class Meta:
        model = Commitment

    budget_line = factory.SubFactory(BudgetLineFactory)
    supplier = factory.Faker("company")
    purpose = "Procesbegeleiding tempotafel"
    amount = Decimal("12500.00")
    committed_on = datetime.date(2021, 3, 1)
    created_by = factory.SubFactory(UserFactory, kernteam=True)


class CapacityRequestFactory(DjangoModelFactory):
    class Meta:
        model = CapacityRequest

    organisation = factory.SubFactory(OrganisationFactory, name="Gemeente Lingewaard")
    requested_by = factory.SubFactory(UserFactory, partner=True)
    kind = CapacityRequest.Kind.FLEXPOOL
    project = "Woningbouwproject Bemmel-Oost"
    need = "Een planjurist voor drie maanden om bezwaren snel af te handelen."
    starts_on = datetime.date(2021, 9, 1)
    ends_on = datetime.date(2021, 11, 30)
    estimated_cost = Decimal("24000.00")


class LocationElaborationFactory(DjangoModelFactory):
    class Meta:
        model = LocationElaboration

    location = factory.SubFactory(LocationFactory)
    period = factory.SubFactory(PeriodFactory, year=2021, half=1)
    homes = 500
    affordable_homes = 250
    circular_homes = 100


class DevelopmentFactory(DjangoModelFactory):
    class Meta:
        model = Development

    name = factory.Sequence(lambda n: f"Gebiedsontwikkeling {n}")
    municipality = factory.SubFactory(MunicipalityFactory)
    pillar = factory.SubFactory(PillarFactory, number=5)
    instrument = Development.Instrument.BUSINESS_CASE


class MilestoneFactory(DjangoModelFactory):
    class Meta:
        model = Milestone

    development = factory.SubFactory(DevelopmentFactory)
    title = "Business case gereed"
    due_on = datetime.date(2021, 3, 31)
