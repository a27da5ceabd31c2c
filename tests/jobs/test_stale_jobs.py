"""A worker that dies mid-task: its job and django-tasks' own row end as failed (Dutch message, nothing
half-written), the user can start again; and old finished jobs are pruned, running work never."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from jobs.models import INTERRUPTED, Job
from jobs.recovery import prune_finished_jobs, recover_stale_jobs

pytestmark = pytest.mark.django_db
LONG_AGO = timedelta(minutes=5)


def _task(status="RUNNING", started=LONG_AGO) -> DBTaskResult:
    return DBTaskResult.objects.create(
        status=status,
        started_at=timezone.now() - started,
        args_kwargs={"args": [], "kwargs": {}},
        task_path="tests.jobs.sample_jobs.rename_user",
        backend_name="default",
        run_after=get_date_max(),
    )


def _job(owner, *, task=None, state=Job.State.RUNNING, heartbeat=LONG_AGO, **fields) -> Job:
    return Job.objects.create(
        kind="test",
        title="Publiceren",
        owner=owner,
        state=state,
        heartbeat_at=timezone.now() - heartbeat,
        task_id=str(task.pk) if task else "",
        **fields,
    )


def test_a_silent_job_and_its_task_row_are_marked_failed(client, kernteam):
    task = _task()
    job = _job(kernteam, task=task, stage="PDF maken", percent=60)
    assert recover_stale_jobs() == 1
    job.refresh_from_db()
    task.refresh_from_db()
    assert job.state == Job.State.FAILED and job.error == INTERRUPTED and job.finished_at
    assert task.status == "FAILED" and task.finished_at and "WorkerLost" in task.exception_class_path
    assert task.task_result.errors[0].exception_class.__name__ == "WorkerLost"
    client.force_login(kernteam)
    assert client.get(reverse("jobs:status", args=[job.pk])).json()["error"] == INTERRUPTED


def test_a_job_with_a_beating_heart_is_left_alone(kernteam):
    task = _task()
    job = _job(kernteam, task=task, heartbeat=timedelta(seconds=1))
    assert recover_stale_jobs() == 0
    job.refresh_from_db()
    task.refresh_from_db()
    assert job.state == Job.State.RUNNING and task.status == "RUNNING"


def test_a_worker_that_died_between_taking_the_task_and_starting_the_job(kernteam):
    task = _task()
    job = _job(kernteam, task=task, state=Job.State.QUEUED, heartbeat=timedelta(0))
    assert recover_stale_jobs() == 1
    job.refresh_from_db()
    task.refresh_from_db()
    assert job.state == Job.State.FAILED and job.error == INTERRUPTED and task.status == "FAILED"


def test_a_task_just_taken_is_not_yet_stale(kernteam):
    task = _task(started=timedelta(seconds=1))
    _job(kernteam, task=task, state=Job.State.QUEUED, heartbeat=timedelta(0))
    assert recover_stale_jobs() == 0
    task.refresh_from_db()
    assert task.status == "RUNNING"


def test_the_recover_command_reports_what_it_ended(kernteam, capsys):
    _job(kernteam, task=_task())
    call_command("recover_jobs")
    assert "1 onderbroken" in capsys.readouterr().out


def _finished(owner, days: int, **fields) -> Job:
    return _job(
        owner,
        state=Job.State.DONE,
        finished_at=timezone.now() - timedelta(days=days),
        file=b"%PDF-1.7",
        file_name="voorbeeld.pdf",
        file_type="application/pdf",
        **fields,
    )


def test_pruning_drops_old_files_then_old_jobs_and_never_running_work(kernteam):
    fresh, week_old, year_old = (_finished(kernteam, days) for days in (1, 10, 400))
    running = _job(kernteam, heartbeat=timedelta(0))
    old_task, new_task = _task("SUCCESSFUL"), _task("SUCCESSFUL")
    DBTaskResult.objects.filter(pk=old_task.pk).update(finished_at=timezone.now() - timedelta(days=40))
    DBTaskResult.objects.filter(pk=new_task.pk).update(finished_at=timezone.now())
    counts = prune_finished_jobs(file_days=7, job_days=365, task_days=30)
    assert counts == {"files": 2, "jobs": 1, "tasks": 1}
    assert set(Job.objects.values_list("pk", flat=True)) == {fresh.pk, week_old.pk, running.pk}
    fresh.refresh_from_db()
    week_old.refresh_from_db()
    assert bytes(fresh.file) == b"%PDF-1.7" and week_old.file is None and not week_old.has_file
    assert not Job.objects.filter(pk=year_old.pk).exists()
    assert list(DBTaskResult.objects.values_list("pk", flat=True)) == [new_task.pk]
