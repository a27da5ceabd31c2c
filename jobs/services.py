"""Starting a background job: one ``Job`` row for the user, one django-tasks task for the worker."""

from django.urls import reverse

from .models import Job


def start_job(*, task, owner, kind: str, title: str, back_url: str = "", **kwargs) -> Job:
    """Record the job and enqueue ``task(job_id, **kwargs)``; returns the job (its page is ``job.url``).

    ``task`` is a django-tasks task whose body runs inside ``running_job(job_id)``. The task's arguments
    must be JSON (ids and strings, never objects). Enqueueing is one INSERT, so the request returns at once.
    """
    job = Job.objects.create(kind=kind, title=title, owner=owner, back_url=back_url)
    task.enqueue(str(job.pk), **kwargs)
    job.refresh_from_db()  # an immediate backend (tests, no worker) has run it already
    return job


def job_url(job: Job) -> str:
    return reverse("jobs:detail", args=[job.pk])
