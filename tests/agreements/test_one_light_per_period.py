"""One answer to "the light of agreement X in period P": assessed in P, or carried over from an earlier half
year and labelled so. The list, its filter, its export, the dashboard and the period overview count the same
lights for the same period; readers see the most recently published period unless they choose another."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from agreements.models import Agreement
from monitor.dashboard import build_dashboard
from tests.agreements.factories import AgreementStatusFactory, periods
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db
LIST = reverse("agreements:list")


@pytest.fixture
def two_half_years(pillar, other_pillar):
    """2021-h1 (closed, report published): 13 groen, 14 rood, 30 geel. 2021-h2 (open): 14 geel, 30 rood;
    13 is not re-assessed (keeps groen, carried over), 15 was never assessed."""
    published, current = periods(2)
    published.published_at = timezone.make_aware(datetime.datetime(2021, 7, 20, 10, 0))
    published.save()
    a13, a14, a15 = (AgreementFactory(number=n, pillar=other_pillar) for n in (13, 14, 15))
    a30 = AgreementFactory(number=30, pillar=pillar)
    for agreement, colour in ((a13, "groen"), (a14, "rood"), (a30, "geel")):
        AgreementStatusFactory(agreement=agreement, period=published, colour=colour)
    AgreementStatusFactory(agreement=a14, period=current, colour="geel")
    AgreementStatusFactory(agreement=a30, period=current, colour="rood")
    return published, current


def listed(client, **params) -> list[int]:
    return [a.number for a in client.get(LIST, params).context["table"].data]


def test_the_light_in_a_period_is_assessed_there_or_carried_over_and_says_so(two_half_years):
    _, current = two_half_years
    lights = {a.number: a.light for a in Agreement.objects.with_latest_status(current)}
    assert (lights[14].colour, lights[14].carried_over) == ("geel", False)
    assert (lights[13].colour, lights[13].carried_over) == ("groen", True)
    assert lights[13].note == "overgenomen uit 1e halfjaar 2021"
    assert lights[15].label == "Nog niet beoordeeld" and not lights[15].carried_over


def test_list_filter_dashboard_and_overview_count_the_same_lights(client, kernteam, two_half_years):
    _, current = two_half_years
    client.force_login(kernteam)
    code = current.code
    red_or_yellow = listed(client, periode=code, light="rood_of_geel")
    dashboard = {key: 0 for key in ("groen", "geel", "rood", "none")}
    for pillar in build_dashboard(period=current).pillar_lights:
        for key, n in pillar.counts.items():
            dashboard[key] += n
    overview = client.get(reverse("agreements:overview"), {"periode": code}).context["overview"]

    assert dashboard == {"groen": 1, "geel": 1, "rood": 1, "none": 1}
    assert overview.totals == [1, 1, 1, 1, 4] and overview.carried_over == 1
    assert len(red_or_yellow) == dashboard["geel"] + dashboard["rood"] == 2
    assert listed(client, periode=code, light="groen") == [13]
    assert listed(client, periode=code, light="geen") == [15]


def test_the_board_sees_the_published_period_by_default(client, bestuur, kernteam, two_half_years):
    published, current = two_half_years
    client.force_login(bestuur)
    response = client.get(LIST)
    assert response.context["period"] == published
    assert listed(client, light="rood") == [14]  # as published: 14 was red in 2021-h1
    dashboard = client.get(reverse("monitor:dashboard"))
    assert dashboard.context["dashboard"].period == published
    assert 'value="2021-h1" selected' in dashboard.content.decode()
    assert client.get(LIST, {"periode": current.code}).context["period"] == current

    client.force_login(kernteam)  # the core team works in the half year being reported on
    assert client.get(LIST).context["period"] == current


def test_an_unknown_period_is_not_found(client, bestuur, two_half_years):
    client.force_login(bestuur)
    assert client.get(LIST, {"periode": "1999-h1"}).status_code == 404
    assert client.get(reverse("monitor:dashboard"), {"periode": "1999-h1"}).status_code == 404
