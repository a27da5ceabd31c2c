"""The API's cost does not grow with the data, and nothing it gives away names a person."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from agreements.models import Agreement, AgreementStatus, Pillar
from tests.api.clients import api_client
from tests.factories import TempotafelFactory
from tests.public.world import ESCALATION_TEXT, also_published, personal_data

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/api/v1/pillars",
    "/api/v1/pillars/1",
    "/api/v1/agreements",
    "/api/v1/agreements/1",
    "/api/v1/periods",
    "/api/v1/periods/2021-h1",
    "/api/v1/periods/2021-h1/statuses",
    "/api/v1/periods/2021-h2/statuses",
    "/api/v1/periods/2021-h1/indicators",
    "/api/v1/periods/2021-h2/indicators",
    "/api/v1/reports",
    "/api/v1/reports/2021-h1",
    "/api/v1/tempotafels",
]


def _counts(caller) -> dict[str, int]:
    """Queries per endpoint once warm (a first request may fill a cache that later ones read)."""
    for url in ENDPOINTS:
        caller.get(url)
    counts = {}
    for url in ENDPOINTS:
        with CaptureQueriesContext(connection) as queries:
            response = caller.get(url)
        if response.status_code == 200:
            counts[url] = len(queries)
    return counts


def _more_data(published, open_period):
    """Eight more agreements with statuses, another published half year and three more Tempotafels."""
    pillar = Pillar.objects.get(number=2)
    for number in range(13, 21):
        agreement = Agreement.objects.create(number=number, pillar=pillar, title=f"Extra afspraak {number}")
        AgreementStatus.objects.create(agreement=agreement, period=open_period, colour="groen")
    also_published(published, year=2020, half=2)
    for name in ("Middenhuur", "Transformatie", "Starters"):
        tafel = TempotafelFactory(name=name)
        tafel.pillars.add(pillar)
        tafel.agreements.add(*Agreement.objects.filter(number__gt=12))


def test_every_endpoint_costs_the_same_number_of_queries_with_more_data(
    public_site, published, open_period, users, tafels, capsys
):
    anonymous, keyed = Client(), api_client(users["kernteam"])
    before = {"anoniem": _counts(anonymous), "sleutel": _counts(keyed)}
    _more_data(published, open_period)
    after = {"anoniem": _counts(anonymous), "sleutel": _counts(keyed)}
    differing = {
        (who, url): (before[who].get(url), after[who].get(url))
        for who in before
        for url in ENDPOINTS
        if before[who].get(url) != after[who].get(url)
    }
    assert not differing
    assert len(before["sleutel"]) == len(ENDPOINTS) and len(before["anoniem"]) == 10
    with capsys.disabled():  # the closing note reports these
        print("\nQueries per endpoint (anoniem / met sleutel):")
        for url in ENDPOINTS:
            print(f"  {url}: {before['anoniem'].get(url, '-')} / {before['sleutel'][url]}")


def test_no_name_or_e_mail_in_any_response_to_anyone(public_site, published, open_period, users, tafels):
    forbidden = personal_data() + [ESCALATION_TEXT]
    assert "Cornelis Vlasbloem" in forbidden  # the private tempomaker of a tafel
    for caller in (Client(), api_client(users["kernteam"]), api_client(users["privaat"])):
        for url in ENDPOINTS:
            text = caller.get(url).content.decode()
            assert not [word for word in forbidden if word in text], url
