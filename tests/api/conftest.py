"""The API's test world: the published half year of the public site's tests, an open one after it, Tempotafels
of which one has a private tempomaker, and API keys per role."""

import pytest
from django.core.cache import cache

from accounts.models import Role, TempomakerKind
from agreements.models import Period
from tests.factories import TempomakerFactory, TempotafelFactory, UserFactory
from tests.public import world as public_world

# The public site's published world, shared with these tests.
people, public_site, published = public_world.people, public_world.public_site, public_world.published


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """The request counts of the rate limits live in the cache; every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def open_period(published):
    """The half year after the published one: open, its report not published."""
    return Period.objects.get_or_create(year=2021, half=2)[0]


@pytest.fixture
def tafels(people):
    own = TempotafelFactory(name="Circulair bouwen")
    other = TempotafelFactory(name="Flexwonen")
    private = UserFactory(username="privaat", first_name="Cornelis", last_name="Vlasbloem")
    TempomakerFactory(tempotafel=own, user=private, kind=TempomakerKind.PRIVAAT)
    return {"own": own, "other": other, "private": private}


@pytest.fixture
def users(people, tafels, published):
    """One user per kind of access, keyed by a short name."""
    pillar = published.period.statuses.select_related("agreement__pillar").first().agreement.pillar
    return {
        "kernteam": people["kernteam"],
        "tempomaker": UserFactory(username="tm-pijler", role=Role.TEMPOMAKER, pillar=pillar),
        "privaat": tafels["private"],
        "ambassadeur": UserFactory(username="amb", role=Role.AMBASSADEUR, pillar=pillar),
        "bestuur": people["bestuur"],
        "partner": UserFactory(username="partner", partner=True),
        "beheerder": UserFactory(username="beheer", beheerder=True),
        "zonder rol": UserFactory(username="zonderrol"),
    }
