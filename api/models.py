"""API keys: one per user and purpose, created and revoked by functioneel beheer, stored as a SHA-256 hash.

The key itself is shown once, when it is made (``ApiToken.issue``); the database keeps its hash and its first
characters (to recognise it in a list). Every authenticated request is logged (``ApiTokenUse``).
"""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

PREFIX_LENGTH = 8


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def active(self) -> "ApiTokenQuerySet":
        return self.filter(revoked_at__isnull=True, user__is_active=True)


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name="gebruiker",
    )
    name = models.CharField(
        "doel", max_length=100, help_text="Waarvoor de sleutel dient, bijv. 'regiomonitor'."
    )
    prefix = models.CharField("begin van de sleutel", max_length=PREFIX_LENGTH, editable=False)
    key_hash = models.CharField("SHA-256 van de sleutel", max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField("gemaakt op", auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="gemaakt door",
        editable=False,
    )
    revoked_at = models.DateTimeField("ingetrokken op", null=True, blank=True, editable=False)
    last_used_at = models.DateTimeField("laatst gebruikt op", null=True, blank=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = "API-sleutel"
        verbose_name_plural = "API-sleutels"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.name})"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    def set_new_key(self) -> str:
        """Give this token a new random key; returns the key itself (shown once, never stored)."""
        key = secrets.token_urlsafe(32)
        self.prefix, self.key_hash = key[:PREFIX_LENGTH], hash_key(key)
        return key

    @classmethod
    def issue(cls, *, user, name: str, created_by=None) -> tuple["ApiToken", str]:
        """A new key for ``user``: returns the stored token and the key itself."""
        token = cls(user=user, name=name, created_by=created_by)
        key = token.set_new_key()
        token.save()
        return token, key

    def revoke(self) -> None:
        ApiToken.objects.filter(pk=self.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())


class ApiTokenUse(models.Model):
    """One request made with a key: when, what and from where."""

    token = models.ForeignKey(ApiToken, on_delete=models.CASCADE, related_name="uses", verbose_name="sleutel")
    at = models.DateTimeField("op", auto_now_add=True)
    method = models.CharField("methode", max_length=10)
    path = models.CharField("adres", max_length=500)
    ip = models.GenericIPAddressField("IP-adres", null=True, blank=True)

    class Meta:
        verbose_name = "gebruik van een API-sleutel"
        verbose_name_plural = "gebruik van API-sleutels"
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.token} {self.method} {self.path}"
