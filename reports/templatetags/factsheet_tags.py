"""Template helpers for factsheets: links to the status editor that come back where the user was."""

from django import template
from django.urls import reverse
from django.utils.http import urlencode

register = template.Library()


def status_edit_url(number: int, next_url: str = "") -> str:
    """The status editor of one agreement, coming back to ``next_url`` after saving."""
    url = reverse("agreements:status_edit", args=[number])
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


register.simple_tag(status_edit_url, name="status_edit_url")
