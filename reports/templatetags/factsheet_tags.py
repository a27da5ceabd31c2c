"""Template helpers for factsheets: the start page's "what is due" panel and links to the status editor."""

from django import template
from django.urls import reverse
from django.utils.http import urlencode

from reports.completion import due_for

register = template.Library()


@register.inclusion_tag("reports/_due.html", takes_context=True)
def factsheets_due(context):
    """Keeps accounts free of imports from reports: the start page template loads this tag instead."""
    user = context["request"].user
    period, rows = due_for(user)
    return {"period": period, "rows": rows, "user": user}


def status_edit_url(number: int, next_url: str = "") -> str:
    """The status editor of one agreement, coming back to ``next_url`` after saving."""
    url = reverse("agreements:status_edit", args=[number])
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


register.simple_tag(status_edit_url, name="status_edit_url")
