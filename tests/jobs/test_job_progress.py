"""Long work runs in the background: the user follows its stage and percentage on a page that survives a
reload, gets the result or a Dutch error, and a worker that dies mid-task leaves a failed job, not a hang."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from jobs.models import INTERRUPTED, Job
from jobs.running import GENERAL_FAILURE
from jobs.services import start_job
from tests.jobs.sample_jobs import crash, rename_user

pytestmark = pytest.mark.django_db
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _start(user, first_name="Anouk"):
    return start_job(
        task=rename_user,
        owner=user,
        kind="test",
        title="Naam wijzigen",
        back_url="/terug/",
        user_id=user.pk,
        first_name=first_name,
    )


def test_a_finished_job_shows_its_result_and_file_to_its_owner(client, kernteam):
    job = _start(kernteam)
    client.force_login(kernteam)
    status = client.get(reverse("jobs:status", args=[job.pk])).json()
    assert status["state"] == "done" and status["percent"] == 100 and status["result_url"] == "/"
    page = client.get(reverse("jobs:detail", args=[job.pk]))
    assert "naam.pdf downloaden" in page.content.decode()
    download = client.get(reverse("jobs:file", args=[job.pk]))
    assert download["Content-Type"] == "application/pdf" and download.content == b"%PDF-1.7 klaar"
    kernteam.refresh_from_db()
    assert kernteam.first_name == "Anouk"


def test_a_job_is_only_visible_to_who_started_it(client, kernteam, partner):
    job = _start(kernteam)
    assert client.get(reverse("jobs:detail", args=[job.pk])).status_code == 302  # anonymous: login
    client.force_login(partner)
    for name in ("jobs:detail", "jobs:status", "jobs:file"):
        assert client.get(reverse(name, args=[job.pk])).status_code == 404


def test_a_refused_job_shows_the_dutch_reason_and_the_way_back(client, kernteam):
    job = _start(kernteam, first_name="")
    client.force_login(kernteam)
    status = client.get(reverse("jobs:status", args=[job.pk])).json()
    assert status["state"] == "failed" and status["error"] == "Vul een voornaam in."
    assert 'href="/terug/"' in client.get(reverse("jobs:detail", args=[job.pk])).content.decode()


def test_an_unexpected_error_shows_a_general_message_not_the_internals(client, kernteam):
    job = start_job(task=crash, owner=kernteam, kind="test", title="Crash")
    assert job.state == Job.State.FAILED and job.error == GENERAL_FAILURE and job.percent == 90


@pytest.mark.django_db(transaction=True)  # the worker manages its own connection, as in production
def test_the_worker_runs_queued_jobs_from_the_database(kernteam):
    with override_settings(TASKS=DATABASE_BACKEND):
        job = _start(kernteam, first_name="Sven")
        assert job.state == Job.State.QUEUED  # the request only enqueued it
        call_command("run_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    job.refresh_from_db()
    assert job.state == Job.State.DONE
    kernteam.refresh_from_db()
    assert kernteam.first_name == "Sven"


def test_a_job_whose_worker_died_is_reported_failed_and_can_be_started_again(client, kernteam):
    silent = timezone.now() - timedelta(minutes=5)
    job = Job.objects.create(
        kind="test",
        title="Publiceren",
        owner=kernteam,
        state=Job.State.RUNNING,
        stage="PDF maken",
        percent=60,
        heartbeat_at=silent,
        back_url="/terug/",
    )
    client.force_login(kernteam)
    status = client.get(reverse("jobs:status", args=[job.pk])).json()
    assert status["state"] == "failed" and status["error"] == INTERRUPTED
    assert 'href="/terug/"' in client.get(reverse("jobs:detail", args=[job.pk])).content.decode()


def test_a_job_with_a_live_worker_keeps_running(client, kernteam):
    job = Job.objects.create(
        kind="test",
        title="Publiceren",
        owner=kernteam,
        state=Job.State.RUNNING,
        stage="PDF maken",
        percent=60,
        heartbeat_at=timezone.now(),
    )
    client.force_login(kernteam)
    page = client.get(reverse("jobs:detail", args=[job.pk])).content.decode()
    assert "PDF maken" in page and 'value="60"' in page


def test_a_job_delivered_twice_runs_once(kernteam):
    job = _start(kernteam, first_name="Eva")
    rename_user.call(str(job.pk), user_id=kernteam.pk, first_name="Bram")  # a second delivery
    kernteam.refresh_from_db()
    assert kernteam.first_name == "Eva"
