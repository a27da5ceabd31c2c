"""The core team's overview: active and ended tafels with their last meeting, open and overdue actions and
agreements, plus the agreements no active tafel covers. Its query count does not grow with the data."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import TempomakerKind
from tempotafels.models import Action, Meeting, Tempomaker, Tempotafel
from tests.factories import AgreementFactory, OrganisationFactory, TempotafelFactory, UserFactory
from tests.tempotafels.factories import ActionFactory, MeetingFactory

pytestmark = pytest.mark.django_db


def test_the_overview_shows_meetings_actions_and_coverage(client, kernteam, tafel, pillar):
    covered, uncovered = (
        AgreementFactory(number=21, pillar=pillar),
        AgreementFactory(number=22, pillar=pillar, title="Regionale bouwhub"),
    )
    tafel.agreements.add(covered)
    ended = TempotafelFactory(name="Oude tafel", ended_on=datetime.date(2021, 6, 30), end_reason="Geborgd.")
    ended.agreements.add(uncovered)  # an ended tafel no longer covers its agreements
    MeetingFactory(tempotafel=tafel, starts_at=timezone.make_aware(datetime.datetime(2021, 3, 18, 16)))
    ActionFactory(tempotafel=tafel)
    ActionFactory(tempotafel=tafel, overdue=True)
    ActionFactory(tempotafel=tafel, finished=True)
    client.force_login(kernteam)
    response = client.get(reverse("tempotafels:list"))
    active = response.context["active"]
    assert [t.name for t in active] == ["Circulair bouwen"]
    assert (active[0].open_actions, active[0].overdue_actions) == (2, 1)
    assert timezone.localtime(active[0].last_meeting_at).date() == datetime.date(2021, 3, 18)
    assert [t.name for t in response.context["ended"]] == ["Oude tafel"]
    assert [a.number for a in response.context["uncovered"]] == [22]
    html = response.content.decode()
    assert "18 maart 2021" in html and "Regionale bouwhub" in html


def add_tafels(count: int, offset: int) -> None:
    """``count`` tafels with three tempomakers, two agreements, four meetings and six actions each."""
    organisation = OrganisationFactory(name="Bouwend Nederland")
    now = timezone.now()
    for i in range(offset, offset + count):
        tafel = TempotafelFactory(name=f"Tafel {i}")
        users = [
            UserFactory(username=f"tm{i}-{k}", **({"kernteam": True} if k == 0 else {})) for k in range(3)
        ]
        kinds = [TempomakerKind.AMBTELIJK, TempomakerKind.PRIVAAT, TempomakerKind.MAATSCHAPPELIJK]
        Tempomaker.objects.bulk_create(
            Tempomaker(tempotafel=tafel, user=u, kind=k, organisation=organisation)
            for u, k in zip(users, kinds, strict=True)
        )
        tafel.agreements.add(AgreementFactory(number=100 + 2 * i), AgreementFactory(number=101 + 2 * i))
        Meeting.objects.bulk_create(
            Meeting(
                tempotafel=tafel,
                title=f"B{d}",
                starts_at=now + datetime.timedelta(days=d),
                ends_at=now + datetime.timedelta(days=d, hours=2),
            )
            for d in (-30, -10, 5, 20)
        )
        Action.objects.bulk_create(
            Action(
                tempotafel=tafel,
                description=f"A{d}",
                owner_name="Anne",
                due_on=timezone.localdate() + datetime.timedelta(days=d),
            )
            for d in (-5, -1, 3, 7, 9, 30)
        )


def count_queries(client, url) -> int:
    return len(get_counting(client, url)[0])


def get_counting(client, url):
    """The queries of one GET and its response (a first view after a write, so not from the page cache)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        assert response.status_code == 200
    return queries, response


@pytest.mark.parametrize("url_name", ["tempotafels:list", "tempotafels:agenda"])
def test_the_query_count_does_not_grow_with_tafels_meetings_and_actions(client, kernteam, url_name):
    client.force_login(kernteam)
    url = reverse(url_name)
    add_tafels(1, 0)
    small = count_queries(client, url)
    add_tafels(12, 1)
    large, response = get_counting(client, url)
    assert len(large) == small
    assert len(response.context["active" if url_name.endswith("list") else "meetings"]) >= 13


def test_the_detail_page_query_count_does_not_grow(client, kernteam, tafel):
    client.force_login(kernteam)
    url = reverse("tempotafels:detail", args=[tafel.pk])
    MeetingFactory(tempotafel=tafel)
    ActionFactory(tempotafel=tafel)
    small = count_queries(client, url)
    for _ in range(10):
        meeting = MeetingFactory(tempotafel=tafel)
        ActionFactory(tempotafel=tafel, meeting=meeting, owner=UserFactory())
    assert count_queries(client, url) == small


def test_the_overview_of_the_core_team_stays_within_a_fixed_budget(
    client, kernteam, django_assert_max_num_queries
):
    add_tafels(5, 0)
    client.force_login(kernteam)
    with django_assert_max_num_queries(12):
        client.get(reverse("tempotafels:list"))
    assert Tempotafel.objects.count() == 5
