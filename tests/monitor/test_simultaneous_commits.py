"""Two colleagues confirm the same monitor import at the same moment: it is committed once, the other gets the
Dutch refusal, never a server error (SQLite and PostgreSQL). Confirming runs as a background job (issue 19): the
second click either finds the first job still running (and is told so) or runs its own job, which refuses."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from jobs.models import Job
from monitor import services
from monitor.models import MonitorImport
from tests.concurrency import logged_in, no_server_error, simultaneously
from tests.factories import UserFactory
from tests.monitor.workbooks import plan, xlsx

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_simultaneous_commits_of_one_import(region, kernteam):
    pending, _ = services.upload_monitor_import(
        content=xlsx([plan()]),
        filename="plannen.xlsx",
        peildatum=datetime.date(2021, 4, 1),
        uploaded_by=kernteam,
    )
    url = reverse("monitor:import_commit", args=[pending.pk])
    first, second = logged_in(kernteam), logged_in(UserFactory(kernteam=True))
    responses = simultaneously(lambda: first.post(url), lambda: second.post(url))
    no_server_error(responses)
    jobs = Job.objects.filter(subject=f"monitor-import:{pending.pk}")
    assert jobs.filter(state=Job.State.DONE).count() == 1
    told = [str(m) for r in responses for m in get_messages(r.wsgi_request) if m.level_tag == "error"]
    failed = [job.error for job in jobs.filter(state=Job.State.FAILED)]
    assert len(told) + len(failed) == 1, (told, failed)
    assert all("bevestigt deze import al" in text for text in told)
    assert all("kan niet bevestigd worden" in text for text in failed)
    assert MonitorImport.objects.get(pk=pending.pk).state == MonitorImport.State.COMMITTED
