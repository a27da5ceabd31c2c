"""Background jobs: long work (publishing, PDF previews, large imports) with progress a user can follow.

A ``Job`` is the user-facing record of one piece of background work: who started it, what it is, how far it
is (stage and percentage), and how it ended (a page to go to, a generated file, or a Dutch error). The work
itself runs as a django-tasks task on the worker (``manage.py run_worker``); ``jobs.services`` starts it and
the task reports through ``jobs.running.running_job``. Everything lives in the database, so any app server
can show any job, and a reload shows the same progress.
"""

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

INTERRUPTED = (
    "De verwerking is onderbroken: de achtergrondverwerking is gestopt voordat de taak klaar was. "
    "Er is niets opgeslagen. U kunt de taak opnieuw starten."
)


class JobQuerySet(models.QuerySet):
    def for_user(self, user) -> "JobQuerySet":
        """A user sees only the jobs they started (a job may carry their unpublished preview)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(owner=user)

    def unfinished(self) -> "JobQuerySet":
        return self.filter(state__in=[Job.State.QUEUED, Job.State.RUNNING])

    def stale(self) -> "JobQuerySet":
        """Running jobs whose worker stopped sending heartbeats: the worker died mid-task."""
        limit = timezone.now() - timedelta(seconds=settings.JOBS_STALE_SECONDS)
        return self.filter(state=Job.State.RUNNING, heartbeat_at__lt=limit)


class Job(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", "In de wachtrij"
        RUNNING = "running", "Bezig"
        DONE = "done", "Klaar"
        FAILED = "failed", "Mislukt"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField("soort", max_length=60)
    title = models.CharField("omschrijving", max_length=200)
    subject = models.CharField("onderwerp", max_length=100, blank=True, help_text="wat de taak verandert")
    task_id = models.CharField(
        "taak in de wachtrij",
        max_length=64,
        blank=True,
        editable=False,
        help_text="id van de django-tasks-taak",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jobs", verbose_name="gestart door"
    )
    state = models.CharField("toestand", max_length=10, choices=State.choices, default=State.QUEUED)
    stage = models.CharField("stap", max_length=200, default="Wacht op de achtergrondverwerking")
    percent = models.PositiveSmallIntegerField("voortgang (%)", default=0)
    error = models.TextField("foutmelding", blank=True)
    back_url = models.CharField("terug naar", max_length=300, blank=True)
    result_url = models.CharField("resultaat", max_length=300, blank=True)
    announced = models.BooleanField("gemeld", default=False, help_text="de afloop is de gebruiker gemeld")
    upload = models.BinaryField(
        "aangeleverd bestand",
        null=True,
        editable=False,
        help_text="het geüploade bestand, tot de taak het leest",
    )
    result = models.JSONField(
        "uitkomst", null=True, blank=True, editable=False, help_text="wat de resultaatpagina toont"
    )
    file = models.BinaryField("bestand", null=True, editable=False)
    file_name = models.CharField("bestandsnaam", max_length=200, blank=True)
    file_type = models.CharField("bestandstype", max_length=100, blank=True)
    created_at = models.DateTimeField("gestart", auto_now_add=True)
    started_at = models.DateTimeField("begonnen", null=True, blank=True)
    heartbeat_at = models.DateTimeField("laatste teken van leven", null=True, blank=True)
    finished_at = models.DateTimeField("klaar", null=True, blank=True)

    objects = JobQuerySet.as_manager()

    class Meta:
        verbose_name = "achtergrondtaak"
        verbose_name_plural = "achtergrondtaken"
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=models.Q(percent__lte=100), name="job_percent_at_most_100"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_state_display().lower()})"

    @property
    def is_finished(self) -> bool:
        return self.state in {self.State.DONE, self.State.FAILED}

    @property
    def has_file(self) -> bool:
        return bool(self.file_name)

    def as_status(self) -> dict:
        """What the progress page shows, as JSON for its script."""
        return {
            "state": self.state,
            "state_label": self.get_state_display(),
            "stage": self.stage,
            "percent": self.percent,
            "error": self.error,
            "result_url": self.result_url,
            "finished": self.is_finished,
        }
