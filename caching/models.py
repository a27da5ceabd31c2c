"""The data version: one row whose token changes with every write to the database.

Cached pages are keyed by it (``caching.pages``), so a cache is never older than the data, on any number of
app servers and workers: they all read the token from the one database.
"""

from django.db import models


class DataVersion(models.Model):
    token = models.CharField("versie", max_length=32)
    changed_at = models.DateTimeField("gewijzigd", auto_now=True)

    class Meta:
        verbose_name = "gegevensversie"
        verbose_name_plural = "gegevensversies"

    def __str__(self) -> str:
        return self.token
