"""The lock on a pillar's statuses for one half year: while it exists, nobody edits those traffic lights.

Agreements owns the lock and reads only this table (``Pillar.is_locked_for``); the layer that decides when the
statuses are settled sets and clears it. Today that is the factsheet workflow in reports: approving (or
finalising) a pillar's factsheet locks, reopening it unlocks, in the same transaction as the step itself.
Who locked it, when and why stay on the row; its history keeps every lock and unlock.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords


class StatusLockQuerySet(models.QuerySet):
    def lock(self, *, pillar_id: int, period_id: int, by, reason: str) -> "StatusLock":
        """Lock the statuses of the pillar in the period; an existing lock stays as it is (who, when, why)."""
        lock, _ = self.get_or_create(
            pillar_id=pillar_id, period_id=period_id, defaults={"locked_by": by, "reason": reason}
        )
        return lock

    def unlock(self, *, pillar_id: int, period_id: int) -> bool:
        """Lift the lock; ``False`` if there was none."""
        deleted, _ = self.filter(pillar_id=pillar_id, period_id=period_id).delete()
        return bool(deleted)


class StatusLock(models.Model):
    """The statuses (traffic lights) of ``pillar`` in ``period`` are settled and may not change."""

    pillar = models.ForeignKey(
        "agreements.Pillar", on_delete=models.PROTECT, related_name="status_locks", verbose_name="pijler"
    )
    period = models.ForeignKey(
        "agreements.Period", on_delete=models.PROTECT, related_name="status_locks", verbose_name="periode"
    )
    reason = models.CharField("reden", max_length=200)
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="vastgezet door",
    )
    locked_at = models.DateTimeField("vastgezet op", default=timezone.now)

    history = HistoricalRecords()
    objects = StatusLockQuerySet.as_manager()

    class Meta:
        verbose_name = "vergrendeling van de statussen van een pijler"
        verbose_name_plural = "vergrendelingen van de statussen van pijlers"
        ordering = ["period__year", "period__half", "pillar__number"]
        constraints = [
            models.UniqueConstraint(fields=["pillar", "period"], name="status_lock_unique_per_pillar_period"),
        ]

    def __str__(self) -> str:
        return f"Statussen van pijler {self.pillar.number} vast in {self.period}: {self.reason}"
