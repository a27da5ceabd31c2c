"""Template helpers of the programme: ``{{ amount|euro }}`` → € 12.500,00, ``{{ fte|fte }}`` → 0,5 (Dutch
formatting, one definition each), and ``{% programme_nav "overview" %}``, the section's own menu."""

from django import template

from accounts.access import has_role
from programme.access import MEANS_READERS
from programme.overview import euro as format_euro
from programme.overview import fte as format_fte

register = template.Library()
register.filter("euro", format_euro)
register.filter("fte", format_fte)


@register.inclusion_tag("programme/_nav.html", takes_context=True)
def programme_nav(context, here: str) -> dict:
    return {"here": here, "reads_means": has_role(context["request"].user, *MEANS_READERS)}
