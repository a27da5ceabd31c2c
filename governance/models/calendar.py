"""The secret address of a user's calendar feeds: a calendar client cannot log in, so the feed's URL carries a
random token that stands for that user (and sees exactly what the user sees). Renewing it makes the old
address stop working at once."""

import secrets

from django.conf import settings
from django.db import models


def new_token() -> str:
    return secrets.token_urlsafe(32)  # 256 bits


class CalendarTokenQuerySet(models.QuerySet):
    def active(self) -> "CalendarTokenQuerySet":
        return self.filter(user__is_active=True)

    def renew(self, user) -> "CalendarToken":
        """A new secret for ``user`` (created the first time); the old one no longer finds anyone."""
        token, _ = self.update_or_create(user=user, defaults={"token": new_token()})
        return token


class CalendarToken(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="calendar_token",
        verbose_name="gebruiker",
    )
    token = models.CharField("geheime sleutel", max_length=64, unique=True, default=new_token, editable=False)
    renewed_at = models.DateTimeField("aangemaakt of vernieuwd op", auto_now=True)

    objects = CalendarTokenQuerySet.as_manager()

    class Meta:
        verbose_name = "agenda-adres"
        verbose_name_plural = "agenda-adressen"
        ordering = ["user"]

    def __str__(self) -> str:
        return f"Agenda-adres van {self.user}"
