"""Who may read what through the API: the same rules as the pages (the apps' ``for_user`` and
``reports.models.reads_reports``), plus the public site's rule that published data is open while ``PUBLIC_SITE`` is on."""

from django.conf import settings
from rest_framework import permissions, throttling

from agreements.models import Period
from reports.models import reads_reports


def public_site_on() -> bool:
    return settings.PUBLIC_SITE


class PublicOrKey(permissions.BasePermission):
    """Published data: everyone while the public site is on; otherwise a user with an API key."""

    public_when_site_is_on = True

    def has_permission(self, request, view):
        return public_site_on() or request.user.is_authenticated


class ReportReaders(permissions.BasePermission):
    """Published reports: everyone while the public site is on; otherwise those who may read them on the pages."""

    public_when_site_is_on = True

    def has_permission(self, request, view):
        if public_site_on():
            return True
        return reads_reports(request.user)


class WithKey(permissions.IsAuthenticated):
    """Not public at all: a user with an API key, who then sees what the pages show them."""


def visible_periods(user):
    """Half years this caller may ask about: the published ones for everyone, all of them with a key (the
    pages show every half year to every logged-in user)."""
    if user.is_authenticated:
        return Period.objects.all()
    return Period.objects.filter(report__published_at__isnull=False)


class AnonymousPerAddress(throttling.AnonRateThrottle):
    def get_rate(self):
        return settings.API_RATE_ANONYMOUS


class PerKey(throttling.SimpleRateThrottle):
    """Requests per API key (each key its own budget, however many users share an address)."""

    scope = "key"

    def get_rate(self):
        return settings.API_RATE_KEY

    def get_cache_key(self, request, view):
        if request.auth is None:
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}
