"""Before confirming, the preview lists every figure per area that would become unknown or change by more
than 10 %; confirming such an import needs a second, explicit confirmation naming those consequences."""

import datetime

import pytest
from django.urls import reverse

from monitor import services
from monitor.consequences import consequences_of
from monitor.importing import read_monitor_file
from monitor.models import Location, MonitorImport
from tests.jobs.follow import through_job
from tests.monitor.workbooks import plan, xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture
def kronenburg(region):
    return Location.objects.create(name="Kronenburg", municipality=region["Arnhem"], planned_homes=1100)


def upload(user, rows, peildatum):
    monitor_import, _ = services.upload_monitor_import(
        content=xlsx(rows), filename="plannen.xlsx", peildatum=peildatum, uploaded_by=user
    )
    return monitor_import


@pytest.fixture
def committed(kernteam, kronenburg):
    rows = [
        plan(plan_id="K1", locatie="Kronenburg", status="zacht", woningen=100, sociale_huur=60, circulair=30),
        plan(plan_id="N1", gemeente="Nijmegen", woningen=300),
    ]
    first = upload(kernteam, rows, datetime.date(2021, 1, 1))
    return services.commit_monitor_import(monitor_import=first, user=kernteam)


def test_the_preview_names_what_changes_and_what_becomes_unknown(kernteam, committed, client):
    # The new file drops Kronenburg's plan and the circular column, and keeps Nijmegen as it was.
    pending = upload(
        kernteam, [plan(plan_id="N1", gemeente="Nijmegen", woningen=300)], datetime.date(2021, 4, 1)
    )
    found = consequences_of(read_monitor_file(bytes(pending.content)), monitor_import=pending)
    texts = [c.text for c in found]

    assert "Kronenburg (Arnhem): woningen in plannen van 100 naar 0" in texts
    assert "Regio: aandeel circulair (%) van 7,5 naar 0" in texts
    assert "Arnhem: aandeel circulair (%) wordt onbekend (was 30)" in texts
    assert not any(c.area == "Nijmegen" for c in found)

    client.force_login(kernteam)
    page = through_job(client, reverse("monitor:import_preview", args=[pending.pk])).content.decode()
    assert "Gevolgen voor de cijfers" in page and 'name="gevolgen_bevestigd"' in page


def test_confirming_without_the_second_confirmation_writes_nothing(kernteam, committed, client):
    pending = upload(
        kernteam, [plan(plan_id="N1", gemeente="Nijmegen", woningen=300)], datetime.date(2021, 4, 1)
    )
    client.force_login(kernteam)
    url = reverse("monitor:import_commit", args=[pending.pk])

    response = client.post(url, follow=True)
    assert "bevestig ze uitdrukkelijk" in response.content.decode()
    assert MonitorImport.objects.get(pk=pending.pk).state == MonitorImport.State.PREVIEW

    client.post(url, {"gevolgen_bevestigd": "1"})
    assert MonitorImport.objects.get(pk=pending.pk).state == MonitorImport.State.COMMITTED


def test_an_import_without_consequences_needs_one_confirmation(kernteam, committed, client):
    same_figures = [
        plan(plan_id="K1", locatie="Kronenburg", status="zacht", woningen=100, sociale_huur=60, circulair=30),
        plan(plan_id="N1", gemeente="Nijmegen", woningen=305),  # + 1.7 %
    ]
    pending = upload(kernteam, same_figures, datetime.date(2021, 4, 1))
    client.force_login(kernteam)
    page = through_job(client, reverse("monitor:import_preview", args=[pending.pk])).content.decode()
    assert "Geen cijfer wordt onbekend of verandert met meer dan 10 %." in page
    client.post(reverse("monitor:import_commit", args=[pending.pk]))
    assert MonitorImport.objects.get(pk=pending.pk).state == MonitorImport.State.COMMITTED
