"""Whole pages, cached per user and per data version: ``@cached_page`` on a read-only view.

A cached page is served without running the view, its context processors or any template: the request
costs the session, the user and the data version (three small queries) and a cache lookup.

The key holds the data version (``caching.versioning``: it changes with every write, on every server), the
user (a cached page is only ever shown to the user it was made for), the full path with its query string and
today's date (pages that say "over 3 dagen" change at midnight). Two things on a page belong to the request,
not to the data, and are never served from the cache:

- CSRF tokens: stored as a slot and filled with a fresh token for this request's session when served, so
  a cached page's forms post like any other;
- messages ("Opgeslagen."): a request with a message to show gets the page built by its view, and such a
  page is not stored.

Only use it on views whose page depends on nothing but the data, the user and the URL (never on the
session, say a staged upload). The cache backend (``CACHES``) may be per process or shared: the key, not the
backend, makes it correct.
"""

import re
from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone

CSRF_FIELD = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
CSRF_SLOT = "<csrf-token>"  # escaped text can never contain "<", so no page text is mistaken for it


def _key(request) -> str:
    today = timezone.localdate().isoformat()
    return f"page:{request.data_version}:{request.user.pk}:{today}:{request.get_full_path()}"


def cached_page(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if getattr(request, "data_version", None) is None or settings.PAGE_CACHE_SECONDS <= 0:
            return view(request, *args, **kwargs)
        quiet = not len(get_messages(request))
        key = _key(request)
        if quiet and (page := cache.get(key)) is not None:
            return HttpResponse(fill_token_slots(page, request))
        response = view(request, *args, **kwargs)
        if quiet and _storable(request, response):
            cache.set(key, with_token_slots(response.content.decode()), settings.PAGE_CACHE_SECONDS)
        return response

    return wrapper


def _storable(request, response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and response["Content-Type"].startswith("text/html")
        and not len(get_messages(request))  # the view added a message: it is on this page only
    )


def with_token_slots(html: str) -> str:
    """``html`` with every form's CSRF token replaced by a slot: fit to keep and show to its user later."""
    return CSRF_FIELD.sub(rf"\g<1>{CSRF_SLOT}\g<2>", html)


def fill_token_slots(html: str, request) -> str:
    """Kept ``html`` (``with_token_slots``) with a fresh CSRF token of ``request``'s session in every slot."""
    return html.replace(CSRF_SLOT, get_token(request)) if CSRF_SLOT in html else html
