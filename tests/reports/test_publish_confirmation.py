"""Publishing closes the half year and cannot be undone: a confirmation page lists the consequences first, and
the report page links every pillar that is not final yet with whose turn it is."""

import pytest
from django.urls import reverse

from agreements.models import Agreement, Period
from benchmarks.report_world import make_report_world
from reports.models import Factsheet, ProgressReport

pytestmark = pytest.mark.django_db


@pytest.fixture
def period(kernteam):
    return make_report_world(user=kernteam, monitor=False, numbers=8)


def url(name, period):
    return reverse(f"reports:{name}", args=[period.code])


def test_the_confirmation_lists_the_consequences_and_what_is_still_thin(client, kernteam, period):
    Agreement.objects.create(number=9, pillar_id=Agreement.objects.first().pillar_id, title="Nieuwe afspraak")
    client.force_login(kernteam)
    detail = client.get(url("detail", period)).content.decode()
    assert url("publish_confirm", period) in detail
    assert f'action="{url("publish", period)}"' not in detail  # the report page itself publishes nothing
    html = client.get(url("publish_confirm", period)).content.decode()
    assert "het kan niet ongedaan worden gemaakt" in html
    assert f"Het <strong>{period.label}</strong> wordt gesloten" in html
    assert "1 afspraak zonder stoplicht" in html
    assert "Lege delen van de managementsamenvatting: Belangrijkste resultaten;" in html
    assert 'name="confirmed" value="ja"' in html
    assert not ProgressReport.objects.get(period=period).is_published
    assert Period.objects.get(pk=period.pk).is_open


def test_the_report_page_links_each_missing_pillar_and_whose_turn_it_is(client, kernteam, period):
    Factsheet.objects.filter(pillar__number=2).update(state=Factsheet.State.SUBMITTED)
    Factsheet.objects.filter(pillar__number=5).update(state=Factsheet.State.APPROVED)
    client.force_login(kernteam)
    html = client.get(url("detail", period)).content.decode()
    assert reverse("reports:factsheet_detail", args=[period.code, 2]) in html
    assert "Aan zet: de ambassadeur: goedkeuren of terugsturen." in html
    assert "Aan zet: het kernteam: definitief maken." in html
    assert url("publish_confirm", period) not in html
    confirm = client.get(url("publish_confirm", period)).content.decode()
    assert "Publiceren kan nog niet" in confirm and 'name="confirmed"' not in confirm


def test_a_published_report_has_nothing_to_confirm(client, kernteam, period):
    client.force_login(kernteam)
    client.post(url("publish", period), {"confirmed": "ja"})
    assert client.get(url("publish_confirm", period)).url == url("detail", period)
