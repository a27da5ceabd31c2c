"""``{% illustrative obj %}``: marks an invented (demo) fact wherever it appears (a model, a report line, or a
published snapshot's dict)."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()
TITLE = "Demo-gegevens: verzonnen om de werking te tonen, geen feit uit de Woondeal"


def illustrative_html(obj, *, short: bool = False) -> SafeString:
    """The mark; ``short`` for a bare number in a list of numbers: an asterisk, the word for screen readers (the
    page explains the asterisk)."""
    marked = obj.get("is_illustrative") if isinstance(obj, dict) else getattr(obj, "is_illustrative", False)
    if not marked:
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
