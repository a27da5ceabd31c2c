"""The bodies of the deal's governance and who sits in them."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from agreements.fields import MEDIUM_TEXT, LimitedTextField
from agreements.models import Organisation


class BodyQuerySet(models.QuerySet):
    def for_user(self, user) -> "BodyQuerySet":
        """Who sits where is no secret among the partners; a private tempomaker without another role sees only
        the bodies they belong to."""
        if getattr(user, "sees_only_own_tempotafels", False):
            return self.filter(pk__in=BodyMember.objects.filter(user=user).values("body"))
        return self.all()

    def get_by_natural_key(self, kind):
        return self.get(kind=kind)


class Body(models.Model):
    """Bestuurlijk Overleg, Directeurenoverleg, Ambtelijk Kernteam or NIER (seed, section 3.2)."""

    class Kind(models.TextChoices):
        BO = "bo", "Bestuurlijk Overleg"
        DO = "do", "Directeurenoverleg"
        KERNTEAM = "kernteam", "Ambtelijk Kernteam"
        NIER = "nier", "NIER"

    kind = models.CharField("soort", max_length=10, choices=Kind.choices, unique=True)
    name = models.CharField("naam", max_length=150, unique=True)
    role_in_cycle = LimitedTextField("rol in de cyclus", max_length=MEDIUM_TEXT, blank=True)
    frequency = models.CharField(
        "komt bijeen", max_length=100, blank=True, help_text="Bijvoorbeeld: ieder kwartaal."
    )
    order = models.PositiveSmallIntegerField("volgorde", default=0)

    objects = BodyQuerySet.as_manager()

    class Meta:
        verbose_name = "overleg"
        verbose_name_plural = "overleggen"
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.kind,)

    @property
    def decides(self) -> bool:
        """The Directeurenoverleg and the Bestuurlijk Overleg are where escalations go."""
        return self.kind in (self.Kind.BO, self.Kind.DO)


class BodyMember(models.Model):
    """A member of a body: a user of the app, or a named person with their organisation."""

    class Function(models.TextChoices):
        VOORZITTER = "voorzitter", "Voorzitter"
        LID = "lid", "Lid"
        AGENDALID = "agendalid", "Agendalid"
        SECRETARIS = "secretaris", "Secretaris"

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="members", verbose_name="overleg")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="body_memberships",
        verbose_name="gebruiker",
    )
    name = models.CharField("naam", max_length=150, blank=True, help_text="Als het lid geen account heeft.")
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="body_members",
        verbose_name="organisatie",
    )
    function = models.CharField("functie", max_length=20, choices=Function.choices, default=Function.LID)
    is_illustrative = models.BooleanField(
        "illustratief", default=False, help_text="Demo-gegevens: een verzonnen persoon."
    )

    class Meta:
        verbose_name = "lid van een overleg"
        verbose_name_plural = "leden van overleggen"
        ordering = ["body", "function", "name", "user__last_name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(user__isnull=False) | ~Q(name=""),
                name="bodymember_user_or_name",
                violation_error_message="Kies een gebruiker of vul de naam van het lid in.",
            ),
            models.UniqueConstraint(
                fields=["body", "user"], condition=Q(user__isnull=False), name="bodymember_user_once_per_body"
            ),
        ]

    def __str__(self) -> str:
        organisation = f" ({self.organisation})" if self.organisation_id else ""
        return f"{self.label}{organisation}"

    @property
    def label(self) -> str:
        return str(self.user) if self.user_id else self.name
