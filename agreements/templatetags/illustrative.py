"""``{% illustrative obj %}``: marks an invented (demo) fact wherever it appears."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()
TITLE = "Demo-gegevens: verzonnen om de werking te tonen, geen feit uit de Woondeal"


def illustrative_html(obj, *, short: bool = False) -> SafeString:
    """The mark; ``short`` for a bare number in a list of numbers: an asterisk, the word for screen readers (the
    page explains the asterisk)."""
    if not getattr(obj, "is_illustrative", False):
        return mark_safe("")  # noqa: S308 -- empty
    if short:
        return format_html(
            '<span class="tag-illustrative tag-short" title="{}">*<span class="visually-hidden"> illustratief'
            "</span></span>",
            TITLE,
        )
    return format_html(' <span class="tag-illustrative" title="{}">illustratief</span>', TITLE)


@register.simple_tag(name="illustrative")
def illustrative_tag(obj, short: bool = False) -> SafeString:
    return illustrative_html(obj, short=short)
