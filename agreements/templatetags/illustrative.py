"""``{% illustrative obj %}``: marks an invented (demo) fact wherever it appears."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()
TITLE = "Demo-gegevens: verzonnen om de werking te tonen, geen feit uit de Woondeal"


def illustrative_html(obj) -> SafeString:
    if not getattr(obj, "is_illustrative", False):
        return mark_safe("")  # noqa: S308 -- empty
    return format_html(' <span class="tag-illustrative" title="{}">illustratief</span>', TITLE)


@register.simple_tag(name="illustrative")
def illustrative_tag(obj) -> SafeString:
    return illustrative_html(obj)
