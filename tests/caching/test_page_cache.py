"""Pages are cached per user and per data version: every write (on any server, through any code path) shows
up at once, and a cached page is never shown to another user."""

import datetime
import re

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from agreements.models import Agreement, AgreementStatus
from caching.versioning import current_token
from jobs.services import start_job
from tests.factories import (
    AgreementFactory,
    PeriodFactory,
    TempomakerFactory,
    TempotafelFactory,
    UserFactory,
)
from tests.jobs.sample_jobs import rename_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def period():
    return PeriodFactory(year=2021, half=2)


def test_every_kind_of_write_gives_a_new_data_version(pillar):
    before = current_token(connection)
    agreement = AgreementFactory(pillar=pillar, number=7)  # save()
    after_save = current_token(connection)
    Agreement.objects.filter(pk=agreement.pk).update(title="Nieuwe titel")  # QuerySet.update()
    after_update = current_token(connection)
    Agreement.objects.filter(pk=agreement.pk).delete()
    assert len({before, after_save, after_update, current_token(connection)}) == 4


def test_a_rolled_back_write_leaves_the_data_version(pillar):
    before = current_token(connection)
    with pytest.raises(RuntimeError), transaction.atomic():
        AgreementFactory(pillar=pillar, number=8)
        raise RuntimeError
    assert current_token(connection) == before


def test_a_changed_traffic_light_shows_at_once_on_a_cached_list(client, kernteam, pillar):
    period = PeriodFactory()
    agreement = AgreementFactory(pillar=pillar, number=12, title="Meer betaalbare woningen")
    client.force_login(kernteam)
    url = reverse("agreements:list")
    assert "light-none" in client.get(url).content.decode()
    assert "light-none" in client.get(url).content.decode()  # from the cache now
    AgreementStatus.objects.create(agreement=agreement, period=period, colour="rood")
    page = client.get(url).content.decode()
    assert "light-rood" in page and "light-none" not in page


def test_a_cached_page_is_never_shown_to_another_user(client, kernteam):
    tempomaker = TempomakerFactory(tempotafel__name="Tafel van de tempomaker").user  # private: own tafel only
    TempotafelFactory(name="Tafel alleen voor het kernteam")
    url = reverse("tempotafels:list")
    client.force_login(kernteam)
    assert "Tafel alleen voor het kernteam" in client.get(url).content.decode()
    client.force_login(tempomaker)
    page = client.get(url).content.decode()
    assert "Tafel van de tempomaker" in page and "Tafel alleen voor het kernteam" not in page
    # as rendered: a name like "van 't Riet" is HTML-escaped
    assert escape(str(tempomaker)) in page and escape(str(kernteam)) not in page


def _token(page: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)


def _served_from_cache(client, url) -> str:
    """GET ``url`` and check it came from the cache (session, user and data version only: no view ran)."""
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200 and len(context) == 3, [q["sql"] for q in context]
    return response.content.decode()


def test_a_cached_pages_forms_carry_a_fresh_token_that_posts(kernteam, period):
    client = Client(enforce_csrf_checks=True)
    client.force_login(kernteam)
    url = reverse("reports:factsheet_overview")
    first = client.get(url).content.decode()
    cached = _served_from_cache(client, url)
    assert "Deadline voor de factsheets" in cached and _token(first) != _token(cached)
    response = client.post(
        reverse("reports:period_deadline", args=[period.code]),
        {"deadline": "2022-01-31", "csrfmiddlewaretoken": _token(cached)},
    )
    assert response.status_code == 302  # the token of the cached page was accepted
    period.refresh_from_db()
    assert period.deadline == datetime.date(2022, 1, 31)


def test_another_user_never_gets_a_token_or_page_made_for_someone_else(kernteam, period):
    other = UserFactory(username="kernteam-twee", first_name="Tweede", last_name="Kernlid", kernteam=True)
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.force_login(kernteam)
    second.force_login(other)
    url = reverse("reports:factsheet_overview")
    first.get(url)
    _served_from_cache(first, url)
    page = second.get(url).content.decode()  # built for this user, not taken from the first one's
    assert escape(str(other)) in page and escape(str(kernteam)) not in page
    response = second.post(
        reverse("reports:period_deadline", args=[period.code]),
        {"deadline": "2022-02-28", "csrfmiddlewaretoken": _token(page)},
    )
    assert response.status_code == 302


def test_a_message_is_shown_once_on_a_page_that_is_cached(client, kernteam):
    client.force_login(kernteam)
    job = start_job(
        task=rename_user, owner=kernteam, kind="test", title="Naam", user_id=kernteam.pk, first_name="Ida"
    )
    url = job.result_url  # the start page
    assert 'class="message' not in client.get(url).content.decode()
    _served_from_cache(client, url)
    client.get(reverse("jobs:status", args=[job.pk]))  # the job's end is told as a message on its result page
    assert '<p class="message message-success">Klaar</p>' in client.get(url).content.decode()
    again = _served_from_cache(client, url)
    assert 'class="message' not in again
