"""A page's own content, cached per user and per data version: ``@cached_page`` on a read-only view.

The layout around it (menu, messages, the logout form with its CSRF token) is rendered for every request;
the blocks the page itself fills (title, head, content, scripts) are captured while it renders
(``{% capture %}`` in base.html) and served from the cache next time, without running the view.

The key holds the data version (``caching.versioning``: it changes with every write, on every server), the
user (a cached page is only ever shown to the user it was made for), the full path with its query string and
today's date (pages that say "over 3 dagen" change at midnight). A page whose content holds a form with a
CSRF token is never cached. The cache backend (``CACHES``) may be per process or shared: the key, not the
backend, makes it correct.
"""

from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils import timezone
from django.utils.safestring import mark_safe

BLOCKS = ("title", "head", "content", "scripts")


def _key(request) -> str:
    today = timezone.localdate().isoformat()
    return f"page:{request.data_version}:{request.user.pk}:{today}:{request.get_full_path()}"


def cached_page(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if getattr(request, "data_version", None) is None or settings.PAGE_CACHE_SECONDS <= 0:
            return view(request, *args, **kwargs)
        key = _key(request)
        blocks = cache.get(key)
        if blocks is not None:
            context = {"cached": {name: mark_safe(html) for name, html in blocks.items()}}
            return render(request, "caching/cached_page.html", context)
        request.captured_blocks = {}
        response = view(request, *args, **kwargs)
        blocks = request.captured_blocks
        if response.status_code == 200 and set(blocks) == set(BLOCKS) and _cacheable(blocks):
            cache.set(key, {name: str(html) for name, html in blocks.items()}, settings.PAGE_CACHE_SECONDS)
        return response

    return wrapper


def _cacheable(blocks: dict) -> bool:
    return "csrfmiddlewaretoken" not in blocks["content"]
