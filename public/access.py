"""Who may see the public site: everyone, without login, but only while ``PUBLIC_SITE`` is on (404 otherwise).

Published snapshots never change, so every public page and download carries an ETag made from the SHA-256 of
the snapshots it shows and a ``Cache-Control: public`` header: a browser or proxy asks again cheaply and gets
``304 Not Modified``.
"""

import hashlib
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition, require_safe

# Part of every ETag: raise it when the public pages' layout changes, so caches fetch the new one.
LAYOUT_VERSION = "2"  # 2: demo banner and illustrative marks
MAX_AGE = 300  # seconds a browser may reuse a public page without asking


def etag_of(*parts: str) -> str:
    return hashlib.sha256("|".join((LAYOUT_VERSION, *parts)).encode()).hexdigest()[:32]


def public_site_on() -> bool:
    return settings.PUBLIC_SITE


def public_view(etag: Callable[..., str | None]) -> Callable:
    """A page or download of the public site: GET/HEAD only, open without login while the setting is on,
    answered with 304 when the client's ETag still matches ``etag(request, **kwargs)``."""

    def decorator(view):
        cached = condition(etag_func=lambda request, *args, **kwargs: etag(request, *args, **kwargs))(view)

        @login_not_required
        @require_safe
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not public_site_on():
                raise Http404("De openbare site staat uit.")
            response = cached(request, *args, **kwargs)
            if response.status_code in (200, 304):
                patch_cache_control(response, public=True, max_age=MAX_AGE)
            return response

        return wrapper

    return decorator
