"""Tempotafels: public-private working tables with their tempomakers and their approach on the five W's."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from accounts.models import TempomakerKind
from agreements.models import Agreement, Organisation, Pillar
from monitor.models import Location

MAX_TEMPOMAKERS = 3
MIN_TEMPOMAKERS = 2


class TempotafelQuerySet(models.QuerySet):
    def active(self):
        return self.filter(ended_on__isnull=True)


class Tempotafel(models.Model):
    name = models.CharField("naam", max_length=150, unique=True)
    guiding_question = models.CharField("vraagstelling", max_length=300)
    pillars = models.ManyToManyField(Pillar, related_name="tempotafels", verbose_name="pijlers")
    agreements = models.ManyToManyField(
        Agreement, blank=True, related_name="tempotafels", verbose_name="afspraken"
    )
    locations = models.ManyToManyField(
        Location, blank=True, related_name="tempotafels", verbose_name="locaties"
    )
    started_on = models.DateField("gestart op")
    ended_on = models.DateField("beëindigd op", null=True, blank=True)
    end_reason = models.TextField("reden van beëindiging", blank=True)
    # The tailored approach on the five W's (seed, section 2.2.1).
    approach_wat = models.TextField("wat", blank=True)
    approach_wie = models.TextField("wie", blank=True)
    approach_wie_doet_wat = models.TextField("wie doet wat", blank=True)
    approach_waarmee = models.TextField("waarmee", blank=True)
    approach_waar = models.TextField("waar", blank=True)

    history = HistoricalRecords()
    objects = TempotafelQuerySet.as_manager()

    class Meta:
        verbose_name = "tempotafel"
        verbose_name_plural = "tempotafels"
        ordering = ["started_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ended_on__isnull=True) | ~models.Q(end_reason=""),
                name="tempotafel_end_needs_reason",
            ),
            models.CheckConstraint(
                condition=models.Q(ended_on__isnull=True) | models.Q(ended_on__gte=models.F("started_on")),
                name="tempotafel_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        return self.ended_on is None


class Tempomaker(models.Model):
    tempotafel = models.ForeignKey(
        Tempotafel, on_delete=models.CASCADE, related_name="tempomakers", verbose_name="tempotafel"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="tempomakers", verbose_name="persoon"
    )
    kind = models.CharField("soort", max_length=20, choices=TempomakerKind.choices)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="tempomakers", verbose_name="organisatie"
    )

    class Meta:
        verbose_name = "tempomaker"
        verbose_name_plural = "tempomakers"
        ordering = ["tempotafel", "kind", "user"]
        constraints = [
            models.UniqueConstraint(fields=["tempotafel", "user"], name="tempomaker_once_per_tafel"),
            models.UniqueConstraint(
                fields=["tempotafel"],
                condition=models.Q(kind="ambtelijk"),
                name="tempomaker_one_ambtelijk_per_tafel",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_kind_display()}, {self.tempotafel})"

    def clean(self):
        if self.kind == TempomakerKind.AMBTELIJK and self.user_id and not self.user.is_kernteam:
            raise ValidationError(
                {"user": "De ambtelijk tempomaker moet lid zijn van het Ambtelijk Kernteam."}
            )
        if self.tempotafel_id:
            others = self.tempotafel.tempomakers.exclude(pk=self.pk)
            if others.count() >= MAX_TEMPOMAKERS:
                raise ValidationError(f"Een tempotafel heeft hoogstens {MAX_TEMPOMAKERS} tempomakers.")
