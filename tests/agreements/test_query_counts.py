"""List, detail, overview and export pages use as many queries for 690 agreements as for 69."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.models import Agreement, AgreementStatus
from tests.agreements.factories import bulk_deal, periods
from tests.agreements.status_form import form_data
from tests.factories import TempotafelFactory

pytestmark = pytest.mark.django_db
URLS = [
    reverse("agreements:list"),
    reverse("agreements:list") + "?light=rood_of_geel&pillar=2&sort=-current_colour",
    reverse("agreements:detail", args=[13]),
    reverse("agreements:overview"),
    reverse("agreements:export") + "?format=csv",
    reverse("agreements:register_export"),
]


def query_counts(client) -> list[int]:
    counts = []
    for url in URLS:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    return counts


def test_query_counts_do_not_grow_with_agreements_or_history(client, kernteam):
    half_years = periods(10)
    bulk_deal(agreements=69, period_list=half_years, with_statuses_in_last=False)
    tafel = TempotafelFactory()
    tafel.agreements.add(*Agreement.objects.filter(number__lte=20))
    client.force_login(kernteam)
    edit = reverse("agreements:status_edit", args=[13])
    client.post(edit, form_data(colour_change_reason="Veranderd."))
    small = query_counts(client)

    bulk_deal(agreements=621, period_list=half_years)
    assert Agreement.objects.count() == 690 and AgreementStatus.objects.count() > 6000
    client.post(edit, form_data(version="1", colour="rood", colour_change_reason="Nog slechter."))
    assert query_counts(client) == small
