"""The audit trail of security events: permission refusals and downloads of personal data are recorded with
user, UTC time, IP address and result; functioneel beheer reads it in the admin; nobody edits it."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import SecurityEvent
from tests.factories import PeriodFactory, TempomakerFactory, TempotafelFactory
from tests.jobs.follow import started_job

pytestmark = pytest.mark.django_db


def test_a_permission_refusal_is_recorded(client, partner):
    client.force_login(partner)
    assert client.get(reverse("tempotafels:create"), REMOTE_ADDR="203.0.113.5").status_code == 403
    event = SecurityEvent.objects.get(kind=SecurityEvent.Kind.PERMISSION_DENIED)
    assert (event.kind, event.result, event.user, event.ip_address, event.path) == (
        SecurityEvent.Kind.PERMISSION_DENIED,
        SecurityEvent.Result.REFUSED,
        partner,
        "203.0.113.5",
        reverse("tempotafels:create"),
    )
    assert abs(event.at - timezone.now()) < datetime.timedelta(minutes=1)
    assert event.at.utcoffset() == datetime.timedelta(0)  # stored and read in UTC


@pytest.mark.parametrize("url_name", ["tempotafels:action_export", "tempotafels:calendar"])
def test_a_download_with_personal_data_is_recorded(client, kernteam, url_name):
    tafel = TempotafelFactory()
    TempomakerFactory(tempotafel=tafel)
    client.force_login(kernteam)
    assert client.get(reverse(url_name, args=[tafel.pk])).status_code == 200
    event = SecurityEvent.objects.get(kind=SecurityEvent.Kind.EXPORT)
    assert (event.user, event.result, event.ip_address) == (
        kernteam,
        SecurityEvent.Result.SUCCESS,
        "127.0.0.1",
    )


def test_functioneel_beheer_reads_the_trail_but_nobody_edits_it(client, beheerder, partner):
    client.force_login(partner)
    client.get(reverse("tempotafels:create"))
    event = SecurityEvent.objects.get(kind=SecurityEvent.Kind.PERMISSION_DENIED)
    client.force_login(beheerder)
    changelist = client.get(reverse("admin:accounts_securityevent_changelist"))
    assert changelist.status_code == 200 and "Toegang geweigerd" in changelist.content.decode()
    assert client.get(reverse("admin:accounts_securityevent_add")).status_code == 403
    assert (
        client.post(
            reverse("admin:accounts_securityevent_delete", args=[event.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    change = client.post(
        reverse("admin:accounts_securityevent_change", args=[event.pk]), {"result": "success"}
    )
    assert change.status_code == 403
    event.refresh_from_db()
    assert event.result == SecurityEvent.Result.REFUSED
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        SecurityEvent.objects.update(result="success")
    with pytest.raises(PermissionError):
        SecurityEvent.objects.all().delete()
    assert SecurityEvent.objects.filter(result=SecurityEvent.Result.REFUSED).count() >= 1


def test_a_pdf_made_by_a_background_job_is_recorded_when_it_is_downloaded(client, kernteam, pillar):
    """Factsheet and report PDFs are made by background jobs; the file leaves the app at the job's download."""
    period = PeriodFactory(year=2021, half=2)
    client.force_login(kernteam)
    job = started_job(client.post(reverse("reports:factsheet_pdf", args=[period.code, pillar.number])))
    assert not SecurityEvent.objects.filter(kind=SecurityEvent.Kind.EXPORT).exists()  # nothing left yet
    assert client.get(reverse("jobs:file", args=[job.pk])).status_code == 200
    event = SecurityEvent.objects.get(kind=SecurityEvent.Kind.EXPORT)
    assert (event.user, event.result, event.path) == (
        kernteam,
        SecurityEvent.Result.SUCCESS,
        reverse("jobs:file", args=[job.pk]),
    )
    assert f"factsheet-pijler-{pillar.number}-{period.code}.pdf" in event.detail
