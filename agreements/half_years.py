"""A half year (``Period``): the unit of reporting. Open while it is reported on, closed on publication, never
reopened: a closed period and everything in it is part of a published report."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models

from .lights import period_label
from .records import KeptQuerySet, KeptRecord

PERIOD_STAYS_CLOSED = "Een gesloten (gepubliceerde) periode kan niet weer worden geopend."


class PeriodQuerySet(KeptQuerySet):
    def kept(self):
        return self.filter(models.Q(state=Period.State.CLOSED) | models.Q(published_at__isnull=False))

    def update(self, **kwargs):
        """The ORM guard against reopening: no bulk update sets a closed period back to open."""
        if kwargs.get("state") == Period.State.OPEN and self.filter(state=Period.State.CLOSED).exists():
            raise ValidationError(PERIOD_STAYS_CLOSED)
        return super().update(**kwargs)

    update.alters_data = True

    def open(self):
        return self.filter(state=Period.State.OPEN)

    def current(self) -> "Period | None":
        """The half year being reported on: the oldest period that is still open."""
        return self.open().order_by("year", "half").first()

    def published(self):
        return self.filter(published_at__isnull=False)

    def shown_to(self, user) -> "Period | None":
        """The period a page shows unless the user picks another: the half year being reported on for those
        who report on it (core team, tempomakers, ambassadors); for readers (board, partners) the most recent
        half year whose report is published, and before the first publication the current one."""
        reports = user.is_kernteam or user.tempomaker_pillar_ids or user.ambassador_pillar_ids
        latest_published = None if reports else self.published().order_by("-year", "-half").first()
        return latest_published or self.current() or self.order_by("-year", "-half").first()

    def get_by_natural_key(self, code):
        return self.get(code=code)


class Period(KeptRecord):
    """A half year. Open → closed (on publication), never back: a closed period is read-only everywhere."""

    class State(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Gesloten"

    code = models.CharField("code", max_length=7, unique=True, help_text="Bijvoorbeeld 2021-h1.")
    year = models.PositiveSmallIntegerField("jaar")
    half = models.PositiveSmallIntegerField("halfjaar", choices=[(1, "1e halfjaar"), (2, "2e halfjaar")])
    deadline = models.DateField("deadline rapportage", null=True, blank=True)
    state = models.CharField("status", max_length=10, choices=State.choices, default=State.OPEN)
    published_at = models.DateTimeField(
        "rapportage gepubliceerd op",
        null=True,
        blank=True,
        help_text="Gezet bij het publiceren van de voortgangsrapportage; lezers zien deze periode standaard.",
    )

    objects = PeriodQuerySet.as_manager()

    class Meta:
        verbose_name = "periode"
        verbose_name_plural = "periodes"
        ordering = ["year", "half"]
        constraints = [
            models.UniqueConstraint(fields=["year", "half"], name="period_unique_year_half"),
            models.CheckConstraint(condition=models.Q(half__in=[1, 2]), name="period_half_1_or_2"),
        ]

    def __str__(self) -> str:
        return self.label

    deletion_refusal = "Een gesloten periode hoort bij de geschiedenis en kan niet worden verwijderd."

    def save(self, *args, **kwargs):
        self.code = f"{self.year}-h{self.half}"
        if self.pk and self.is_open and Period.objects.filter(pk=self.pk, state=self.State.CLOSED).exists():
            raise ValidationError(PERIOD_STAYS_CLOSED)
        super().save(*args, **kwargs)

    def natural_key(self):
        return (self.code,)

    @property
    def label(self) -> str:
        return f"{self.half}e halfjaar {self.year}"

    @staticmethod
    def label_for_code(code: str) -> str:
        """``2021-h2`` → ``2e halfjaar 2021`` (for annotated codes, without loading the period)."""
        return period_label(code)

    @property
    def is_open(self) -> bool:
        return self.state == self.State.OPEN

    @property
    def start(self) -> datetime.date:
        return datetime.date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def end(self) -> datetime.date:
        return datetime.date(self.year, 6, 30) if self.half == 1 else datetime.date(self.year, 12, 31)

    def previous(self) -> "Period | None":
        year, half = (self.year, 1) if self.half == 2 else (self.year - 1, 2)
        return Period.objects.filter(year=year, half=half).first()
