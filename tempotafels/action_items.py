"""An action item: who does what by when, and whether it is done.

A Tempotafel's actions (``tempotafels.Action``) and the follow-up of the board's decisions
(``governance.FollowUp``) are the same thing in two places: this abstract base holds their fields, their
owner rule, their open/overdue querysets and their state label once; each keeps only what it hangs on.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from agreements.versioning import Versioned, VersionedQuerySet

OWNER_MISSING = "Kies een eigenaar of vul de naam van de eigenaar in."


class ActionItemQuerySet(VersionedQuerySet):
    def open(self):
        return self.filter(done=False)

    def overdue(self):
        return self.open().filter(due_on__lt=timezone.localdate())

    def owned_by(self, user):
        return self.filter(owner=user)


class ActionItem(Versioned):
    """Abstract base; a subclass's queryset extends ``ActionItemQuerySet``."""

    description = models.CharField("wat", max_length=300)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="owned_%(class)ss",
        verbose_name="eigenaar (gebruiker)",
    )
    owner_name = models.CharField(
        "eigenaar (naam)", max_length=150, blank=True, help_text="Als de eigenaar geen account heeft."
    )
    due_on = models.DateField("uiterlijk op")
    done = models.BooleanField("gedaan", default=False)
    done_at = models.DateTimeField("gedaan op", null=True, blank=True)

    objects = ActionItemQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["done", "due_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(owner__isnull=False) | ~Q(owner_name=""),
                name="%(class)s_has_owner",
                violation_error_message=OWNER_MISSING,
            ),
            models.CheckConstraint(
                condition=Q(done=True, done_at__isnull=False) | Q(done=False, done_at__isnull=True),
                name="%(class)s_done_at_iff_done",
                violation_error_message="Een afgevinkte actie heeft een datum van afvinken, een open actie niet.",
            ),
        ]

    def __str__(self) -> str:
        return self.description

    @property
    def owner_label(self) -> str:
        return str(self.owner) if self.owner_id else self.owner_name

    @property
    def is_overdue(self) -> bool:
        return not self.done and self.due_on < timezone.localdate()

    @property
    def state_label(self) -> str:
        if self.done:
            return "Gedaan"
        return "Te laat" if self.is_overdue else "Open"

    def mark_done(self, done: bool = True) -> None:
        """Tick the item off (``done_at`` records when) or open it again; the caller saves."""
        self.done = done
        self.done_at = timezone.now() if done else None
