"""A real worker process killed in the middle of a task (SIGKILL: no chance to clean up): the next worker
ends the job and django-tasks' own row as failed on start, nothing of the cut-off transaction is saved, the
user reads the Dutch explanation on the progress page and can start the work again."""

import signal
import tempfile
import time
from pathlib import Path

import pytest
from django.test import override_settings
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from jobs.models import INTERRUPTED, Job
from jobs.services import start_job
from tests.jobs.sample_jobs import rename_slowly
from tests.scaling.servers import Processes

pytestmark = pytest.mark.django_db(transaction=True)  # the worker processes must see the data: committed
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _wait_for(condition, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.2)


def _start(user, flag: str, seconds: float) -> Job:
    return start_job(
        task=rename_slowly,
        owner=user,
        kind="test",
        title="Naam wijzigen",
        back_url="/terug/",
        subject=f"naam:{user.pk}",
        user_id=user.pk,
        first_name="Half",
        seconds=seconds,
        written_flag=flag,
    )


def test_a_worker_killed_mid_task_leaves_a_failed_job_and_nothing_half_written(client, kernteam):
    flag = Path(tempfile.mkdtemp(prefix="woondeal-test-")) / "geschreven"
    with Processes() as processes, override_settings(TASKS=DATABASE_BACKEND):
        worker = processes.worker(JOBS_HEARTBEAT_SECONDS="1")
        job = _start(kernteam, str(flag), seconds=600)
        _wait_for(flag.exists)  # the task has written inside its transaction, and now waits
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
        job.refresh_from_db()
        assert job.state == Job.State.RUNNING  # as the dead worker left it
        processes.worker(JOBS_STALE_SECONDS="2", JOBS_RECOVERY_SECONDS="1")
        _wait_for(lambda: Job.objects.get(pk=job.pk).state == Job.State.FAILED)
        task = DBTaskResult.objects.get(pk=job.task_id)
        assert task.status == "FAILED" and "WorkerLost" in task.exception_class_path
        kernteam.refresh_from_db()
        assert kernteam.first_name != "Half"  # the cut-off transaction was never committed
        client.force_login(kernteam)
        status = client.get(reverse("jobs:status", args=[job.pk])).json()
        assert status["state"] == "failed" and status["error"] == INTERRUPTED
        assert 'href="/terug/"' in client.get(reverse("jobs:detail", args=[job.pk])).content.decode()

        again = _start(kernteam, "", seconds=0)  # the same work, started again
        assert again.pk != job.pk
        _wait_for(lambda: Job.objects.get(pk=again.pk).state == Job.State.DONE)
        kernteam.refresh_from_db()
        assert kernteam.first_name == "Half"
