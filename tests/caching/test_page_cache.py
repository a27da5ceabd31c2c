"""Pages are cached per user and per data version: every write (on any server, through any code path) shows
up at once, and a cached page is never shown to another user."""

import pytest
from django.db import connection, transaction
from django.urls import reverse

from agreements.models import Agreement, AgreementStatus
from caching.versioning import current_token
from tests.factories import AgreementFactory, PeriodFactory, TempomakerFactory, TempotafelFactory

pytestmark = pytest.mark.django_db


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
    assert str(tempomaker) in page and str(kernteam) not in page


def test_a_page_with_a_form_is_never_cached(client, kernteam):
    client.force_login(kernteam)
    url = reverse("monitor:imports")
    first = client.get(url).content.decode()
    second = client.get(url).content.decode()
    token = 'name="csrfmiddlewaretoken" value="'
    assert token in first and first.split(token)[1][:64] != second.split(token)[1][:64]
