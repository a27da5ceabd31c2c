"""Users and their roles in the Woondeal.

A user may hold several roles (``Membership`` rows). ``User`` states the facts about them (``roles``,
``is_kernteam``, ``tempomaker_pillar_ids``, ...); the rules built on those facts live with the objects they
are about, as queryset and model methods of their own app (``Agreement.objects.status_editable_by(user)``,
``Factsheet.is_approvable_by(user)``, ``Tempotafel.objects.for_user(user)``), and the view decorators that
ask for a role are in ``accounts.access``. Tafel-level roles come from the Tempotafel's own tempomakers
(``user.tempomakers``, the reverse relation of ``tempotafels.Tempomaker``).
"""

from functools import cached_property

from axes.models import AccessAttempt
from django.contrib.auth.models import AbstractUser
from django.db import models


class Role(models.TextChoices):
    KERNTEAM = "kernteam", "Ambtelijk Kernteam"
    TEMPOMAKER = "tempomaker", "Tempomaker"
    AMBASSADEUR = "ambassadeur", "Ambassadeur"
    BESTUUR = "bestuur", "Bestuurlijk Overleg / Directeurenoverleg"
    PARTNER = "partner", "Partner (NIER, steunverklaarder)"


class TempomakerKind(models.TextChoices):
    AMBTELIJK = "ambtelijk", "Ambtelijk"
    PRIVAAT = "privaat", "Privaat"
    MAATSCHAPPELIJK = "maatschappelijk", "Maatschappelijk"


class User(AbstractUser):
    organisation_name = models.CharField("organisatie", max_length=200, blank=True)

    class Meta:
        verbose_name = "gebruiker"
        verbose_name_plural = "gebruikers"
        ordering = ["last_name", "first_name", "username"]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    # Roles -------------------------------------------------------------------------------------

    @cached_property
    def _memberships(self) -> list["Membership"]:
        if not self.is_authenticated or self.pk is None:
            return []
        return list(self.memberships.all())

    def _pillar_ids(self, role: str) -> frozenset[int]:
        return frozenset(m.pillar_id for m in self._memberships if m.role == role and m.pillar_id)

    @property
    def roles(self) -> frozenset[str]:
        return frozenset(m.role for m in self._memberships)

    @property
    def is_kernteam(self) -> bool:
        return self.is_active and Role.KERNTEAM in self.roles

    @property
    def tempomaker_pillar_ids(self) -> frozenset[int]:
        return self._pillar_ids(Role.TEMPOMAKER)

    @property
    def ambassador_pillar_ids(self) -> frozenset[int]:
        return self._pillar_ids(Role.AMBASSADEUR)

    @cached_property
    def _tafel_tempomaker_kinds(self) -> frozenset[str]:
        if not self.is_authenticated or self.pk is None:
            return frozenset()
        return frozenset(self.tempomakers.values_list("kind", flat=True))

    @property
    def sees_only_own_tempotafels(self) -> bool:
        """A private or societal tempomaker at a Tempotafel who holds no other role (not core team, ambassador,
        board, partner or administrator) sees and edits only their own tafel's workspace."""
        if not self.is_authenticated or self.is_staff or self.roles - {Role.TEMPOMAKER}:
            return False
        return bool(self._tafel_tempomaker_kinds - {TempomakerKind.AMBTELIJK})

    @property
    def needs_two_factor(self) -> bool:
        """The core team and functioneel beheer (the admin) log in with a second factor."""
        return self.is_active and (self.is_staff or self.is_kernteam)

    @property
    def role_labels(self) -> list[str]:
        return sorted({m.get_role_display() for m in self._memberships})


# Dutch surnames sort on their main part: "van den Berg" under B, "de Wit" under W.
TUSSENVOEGSELS = frozenset(
    "van de den der het 't te ten ter in op uit aan bij onder over voor d' la le du des von vom zu".split()
)


def dutch_name_key(user: "User") -> tuple[str, str, str]:
    words = user.last_name.split()
    while len(words) > 1 and words[0].lower() in TUSSENVOEGSELS:
        words.pop(0)
    return (" ".join(words).casefold(), user.first_name.casefold(), user.username)


class Membership(models.Model):
    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="memberships", verbose_name="gebruiker"
    )
    role = models.CharField("rol", max_length=20, choices=Role.choices)
    pillar = models.ForeignKey(
        "agreements.Pillar",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name="pijler",
        help_text="Voor tempomakers en ambassadeurs: de pijler waarvoor de rol geldt.",
    )
    tempomaker_kind = models.CharField(
        "soort tempomaker", max_length=20, choices=TempomakerKind.choices, blank=True
    )

    class Meta:
        verbose_name = "rol"
        verbose_name_plural = "rollen"
        ordering = ["user", "role", "pillar"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "pillar"], name="membership_unique_role_per_pillar"
            ),
            models.UniqueConstraint(
                fields=["user", "role"],
                condition=models.Q(pillar__isnull=True),
                name="membership_unique_role_without_pillar",
            ),
            models.CheckConstraint(
                condition=~models.Q(role="ambassadeur") | models.Q(pillar__isnull=False),
                name="membership_ambassador_has_pillar",
            ),
        ]

    def __str__(self) -> str:
        suffix = f" pijler {self.pillar.number}" if self.pillar_id else ""
        return f"{self.user}: {self.get_role_display()}{suffix}"


class SecurityEventQuerySet(models.QuerySet):
    """The audit trail is append-only: no bulk update or delete through the ORM."""

    def update(self, **kwargs):
        raise PermissionError("Het auditlogboek kan niet worden gewijzigd.")

    def delete(self):
        raise PermissionError("Het auditlogboek kan niet worden gewijzigd.")

    update.alters_data = delete.alters_data = True
    delete.queryset_only = True


class SecurityEvent(models.Model):
    """One security event (BIO / ASVS 7.1): who, when (UTC), from which IP address, what, with which result.
    Written by ``accounts.audit``; readable by functioneel beheer in the admin; never changed or deleted."""

    class Kind(models.TextChoices):
        LOGIN = "login", "Inloggen"
        LOGIN_FAILED = "login_failed", "Mislukte inlogpoging"
        LOCKOUT = "lockout", "Blokkade na te veel mislukte pogingen"
        UNLOCK = "unlock", "Blokkade opgeheven"
        LOGOUT = "logout", "Uitloggen"
        PERMISSION_DENIED = "permission_denied", "Toegang geweigerd"
        EXPORT = "export", "Download of export met persoonsgegevens"
        TWO_FACTOR = "two_factor", "Tweestapsverificatie"

    class Result(models.TextChoices):
        SUCCESS = "success", "Gelukt"
        FAILURE = "failure", "Mislukt"
        REFUSED = "refused", "Geweigerd"

    at = models.DateTimeField("tijdstip", auto_now_add=True, db_index=True)
    kind = models.CharField("gebeurtenis", max_length=30, choices=Kind.choices)
    result = models.CharField("resultaat", max_length=10, choices=Result.choices)
    user = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name="gebruiker"
    )
    username = models.CharField("gebruikersnaam", max_length=150, blank=True)
    ip_address = models.GenericIPAddressField("IP-adres", null=True, blank=True)
    path = models.CharField("adres", max_length=300, blank=True)
    detail = models.CharField("toelichting", max_length=300, blank=True)

    objects = SecurityEventQuerySet.as_manager()

    class Meta:
        verbose_name = "beveiligingsgebeurtenis"
        verbose_name_plural = "auditlogboek (beveiligingsgebeurtenissen)"
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["kind", "at"], name="securityevent_kind_at")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} UTC {self.get_kind_display()} {self.username} ({self.get_result_display()})"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise PermissionError("Het auditlogboek kan niet worden gewijzigd.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("Het auditlogboek kan niet worden gewijzigd.")


class LoginBlock(AccessAttempt):
    """django-axes' record of failed attempts, shown in Dutch: a row at the limit is a block."""

    class Meta:
        proxy = True
        verbose_name = "inlogblokkade"
        verbose_name_plural = "inlogblokkades (mislukte inlogpogingen)"
