"""The worker's side of a job: report progress, keep a heartbeat, and end as done or failed.

    @job_task
    def publish_report_job(job: RunningJob, *, report_id: int) -> None:
        job.progress("Grafieken maken", 30)
        ...
        job.finish(result_url=...)

``job_task`` turns the function into a django-tasks task taking ``(job_id, **kwargs)``; start it with
``jobs.services.start_job``. An exception inside the function marks the job failed: a ``JobError`` (or Django's ``ValidationError``) with
its own Dutch message, anything else with a general one (the traceback goes to the log). Work that writes
must do so in one transaction at the end, so that a failure or a dying worker leaves nothing half-written;
a worker that dies stops the heartbeat, and ``jobs.recovery.recover_stale_jobs()`` then marks the job failed.
"""

import functools
import logging
import threading

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import OperationalError, connection
from django.utils import timezone
from django_tasks import task

from .models import Job

logger = logging.getLogger(__name__)
GENERAL_FAILURE = "Er ging iets mis tijdens de verwerking. Er is niets opgeslagen. Probeer het opnieuw."


class JobError(Exception):
    """A failure with a message for the user (Dutch)."""


class RunningJob:
    def __init__(self, job: Job):
        self.job = job

    def _update(self, **fields) -> None:
        Job.objects.filter(pk=self.job.pk).update(heartbeat_at=timezone.now(), **fields)
        for name, value in fields.items():
            setattr(self.job, name, value)

    def progress(self, stage: str, percent: int) -> None:
        """Show ``stage`` (Dutch, e.g. "Grafieken maken") at ``percent`` (0–100) on the progress page."""
        self._update(stage=stage, percent=max(0, min(100, int(percent))))

    def upload(self) -> bytes:
        """The file the user uploaded for this job (``start_job(upload=...)``), kept in the database so that
        any worker can read it; it is removed when the job ends."""
        return bytes(Job.objects.values_list("upload", flat=True).get(pk=self.job.pk))

    def finish(
        self,
        *,
        result_url: str = "",
        file: bytes | None = None,
        file_name: str = "",
        message: str = "Klaar",
        result: dict | None = None,
    ) -> None:
        """Done: the progress page says ``message`` and sends the user on to ``result_url`` (where the message
        is shown once more), or offers ``file`` (a PDF) to download. ``result`` (JSON) is kept for the page
        at ``result_url`` to show."""
        fields = {"state": Job.State.DONE, "stage": message, "percent": 100, "result_url": result_url}
        if file is not None:
            fields.update(file=file, file_name=file_name, file_type="application/pdf")
        self._update(finished_at=timezone.now(), upload=None, result=result, **fields)

    def fail(self, message: str) -> None:
        self._update(state=Job.State.FAILED, error=message, finished_at=timezone.now(), upload=None)


def _heartbeat(job_id, stop: threading.Event) -> None:
    """Every JOBS_HEARTBEAT_SECONDS: "this job's worker is alive". Own thread, own database connection."""
    try:
        while not stop.wait(settings.JOBS_HEARTBEAT_SECONDS):
            try:
                Job.objects.filter(pk=job_id, state=Job.State.RUNNING).update(heartbeat_at=timezone.now())
            except OperationalError:  # SQLite busy with the job's own write: the next beat will do
                pass
    finally:
        connection.close()


def run_job(job_id: str, func, kwargs: dict) -> None:
    job = Job.objects.get(pk=job_id)
    if job.state != Job.State.QUEUED:  # delivered twice: never redo finished or running work
        logger.warning("Job %s is %s, not queued; skipped", job_id, job.state)
        return
    running = RunningJob(job)
    running._update(state=Job.State.RUNNING, started_at=timezone.now(), stage="Begonnen", percent=0)
    stop = threading.Event()
    beat = threading.Thread(target=_heartbeat, args=(job.pk, stop), daemon=True)
    beat.start()
    try:
        func(running, **kwargs)
    except JobError as error:
        running.fail(str(error))
    except ValidationError as error:
        running.fail(" ".join(error.messages))
    except Exception:
        logger.exception("Job %s (%s) failed", job_id, job.kind)
        running.fail(GENERAL_FAILURE)
    else:
        if not running.job.is_finished:
            running.finish()
    finally:
        stop.set()
        beat.join()


def job_task(func):
    """``func(job: RunningJob, **kwargs)`` as a django-tasks task called with ``(job_id, **kwargs)``."""

    @functools.wraps(func)
    def wrapper(job_id: str, **kwargs) -> None:
        run_job(job_id, func, kwargs)

    return task()(wrapper)
