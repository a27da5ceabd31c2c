"""Starting a background job: one ``Job`` row for the user, one django-tasks task for the worker."""

from django.urls import reverse

from .models import Job
from .recovery import recover_if_silent


def start_job(
    *,
    task,
    owner,
    kind: str,
    title: str,
    back_url: str = "",
    subject: str = "",
    upload: bytes | None = None,
    **kwargs,
) -> Job:
    """Record the job and enqueue ``task(job_id, **kwargs)``; returns the job (its page: ``job_url(job)``).

    ``task`` is a ``jobs.running.job_task``; its arguments must be JSON (ids and strings, never objects).
    Enqueueing is one INSERT, so the request returns at once. ``upload`` (an uploaded file's bytes) is kept
    with the job in the database for whichever worker runs it (``RunningJob.upload()``). A job on the same ``subject`` (for example
    "publish:2021-h1") that is still waiting or running is returned instead of starting a second one.
    """
    if subject:
        recover_if_silent(Job.objects.filter(subject=subject))
        running = Job.objects.unfinished().filter(subject=subject).first()
        if running:
            return running
    job = Job.objects.create(
        kind=kind, title=title, owner=owner, back_url=back_url, subject=subject, upload=upload
    )
    result = task.enqueue(str(job.pk), **kwargs)
    Job.objects.filter(pk=job.pk).update(task_id=str(result.id))  # for recovery (jobs.recovery)
    job.refresh_from_db()  # an immediate backend (tests, no worker) has run it already
    return job


def job_url(job: Job) -> str:
    return reverse("jobs:detail", args=[job.pk])
