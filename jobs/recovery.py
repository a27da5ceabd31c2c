"""After a worker died mid-task (killed, out of memory, its machine restarted): end what it left running.

A dead worker leaves two records running: our ``Job`` (its heartbeat stops) and django-tasks' own
``DBTaskResult`` (its status would stay RUNNING forever). ``recover_stale_jobs`` marks both failed, the job
with the Dutch explanation its user reads on the progress page, from where the work can be started again.
The task's writes were one transaction that the dying process never committed, so nothing is half-written.

Run by the worker (``manage.py run_worker``) when it starts and every ``JOBS_RECOVERY_SECONDS``, by the
progress page and ``start_job`` when they meet a silent job, and by ``manage.py recover_jobs`` by hand.

``prune_finished_jobs`` removes what is no longer needed (see its docstring); the worker runs it daily.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from .models import INTERRUPTED, Job


class WorkerLost(Exception):
    """The failure recorded on a django-tasks row whose worker stopped while running it."""


def recover_stale_jobs() -> int:
    """Mark failed every job and task whose worker has stopped; returns how many jobs were ended."""
    now = timezone.now()
    limit = now - timedelta(seconds=settings.JOBS_STALE_SECONDS)
    with transaction.atomic():
        ended = Job.objects.stale().update(
            state=Job.State.FAILED, error=INTERRUPTED, finished_at=now, stage="Onderbroken"
        )
        alive = set(
            Job.objects.filter(state=Job.State.RUNNING, heartbeat_at__gte=limit).values_list(
                "task_id", flat=True
            )
        )
        lost = [
            str(pk)
            for pk in DBTaskResult.objects.running().filter(started_at__lt=limit).values_list("pk", flat=True)
            if str(pk) not in alive
        ]
        if not lost:
            return ended
        DBTaskResult.objects.filter(pk__in=lost).update(
            status="FAILED",
            finished_at=now,
            exception_class_path=f"{WorkerLost.__module__}.{WorkerLost.__qualname__}",
            traceback=f"WorkerLost: {INTERRUPTED}",
        )
        # a job whose worker died between taking the task and starting the job
        ended += (
            Job.objects.unfinished()
            .filter(task_id__in=lost)
            .update(state=Job.State.FAILED, error=INTERRUPTED, finished_at=now, stage="Onderbroken")
        )
    return ended


def recover_if_silent(jobs) -> None:
    """Recover when one of ``jobs`` (a queryset) has gone silent: cheap enough for every status poll."""
    if jobs.stale().exists():
        recover_stale_jobs()


def prune_finished_jobs(*, file_days: int, job_days: int, task_days: int) -> dict[str, int]:
    """Remove what no one needs any more, and keep what the record needs.

    - Generated files (preview PDFs), kept results (an import's preview) and uploads of jobs finished more
      than ``file_days`` ago: a preview is a moment's view (a page whose preview is gone makes it again);
      published reports keep their own PDF in ``reports`` for ever.
    - Jobs finished more than ``job_days`` ago: who started what when, and how it ended, stays that long.
      What the record of the deal needs lives elsewhere and is never pruned: the published report with its
      SHA-256 (``reports``), the monitor imports with uploader and file (``monitor``), the history of every
      agreement and status (django-simple-history).
    - django-tasks' finished rows (arguments, traceback) older than ``task_days``.

    Running or waiting work is never touched. Returns the counts per kind.
    """
    now = timezone.now()
    finished = Job.objects.filter(state__in=[Job.State.DONE, Job.State.FAILED])
    old_files = finished.filter(finished_at__lt=now - timedelta(days=file_days)).filter(
        Q(file__isnull=False) | ~Q(file_name="") | Q(upload__isnull=False) | Q(result__isnull=False)
    )
    counts = {"files": old_files.update(file=None, file_name="", file_type="", upload=None, result=None)}
    counts["jobs"], _ = finished.filter(finished_at__lt=now - timedelta(days=job_days)).delete()
    counts["tasks"], _ = (
        DBTaskResult.objects.finished().filter(finished_at__lt=now - timedelta(days=task_days)).delete()
    )
    return counts
