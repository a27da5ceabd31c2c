"""Factories for meetings and actions, with Dutch data."""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from tempotafels.models import Action, Meeting
from tests.factories import TempotafelFactory


class MeetingFactory(DjangoModelFactory):
    class Meta:
        model = Meeting

    tempotafel = factory.SubFactory(TempotafelFactory)
    kind = Meeting.Kind.TAFEL
    title = factory.Sequence(lambda n: f"Tafelbijeenkomst {n}: voortgang pilotlocaties")
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=2))
    place = "Stadhuis Nijmegen, zaal 3"
    notes = "De tafel besprak de knelpunten op de pilotlocaties."


class ActionFactory(DjangoModelFactory):
    class Meta:
        model = Action

    tempotafel = factory.SubFactory(TempotafelFactory)
    description = factory.Sequence(lambda n: f"Notitie over circulaire tenders schrijven ({n})")
    owner_name = "Anne de Vries"
    due_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=14))

    class Params:
        overdue = factory.Trait(
            due_on=factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=3))
        )
        finished = factory.Trait(done=True, done_at=factory.LazyFunction(timezone.now))
