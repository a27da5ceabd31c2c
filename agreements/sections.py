"""Sections that higher apps add to this app's pages, without this app importing them.

DESIGN's arrows point upward only, yet the agreement's page should show what a higher app knows about it (the
board's escalations, decisions and follow-up) and the period overview what is still open. This app owns the
hooks; a higher app fills them in its ``AppConfig.ready()``. A section is a function ``(request, **page) ->
(template, context) | None`` (None: nothing to show this user) with a fixed number of queries.
"""

from collections.abc import Callable

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

Section = Callable[..., tuple[str, dict] | None]

AGREEMENT_PAGE: list[Section] = []  # called with agreement=
PERIOD_OVERVIEW: list[Section] = []  # called with period=
STATUS_FORM: list[Section] = []  # called with agreement=, period=


def render_sections(hook: list[Section], request, **page) -> list[SafeString]:
    """The hook's sections, rendered in the order they were added."""
    rendered = []
    for section in hook:
        found = section(request, **page)
        if found is not None:
            template, context = found
            rendered.append(render_to_string(template, context, request=request))
    return rendered
