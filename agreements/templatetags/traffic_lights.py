"""``{% traffic_light value %}``: the one way a page or a PDF draws a traffic light (colour plus text)."""

from django import template
from django.utils.safestring import SafeString

from agreements.lights import light_html

register = template.Library()


@register.simple_tag
def traffic_light(value, short: bool = False, note: str = "") -> SafeString:
    """``value``: an ``agreements.lights.Light`` (with its "overgenomen uit …" note), a status, a colour or
    None ("nog niet beoordeeld"). ``short=True`` says "Groen" instead of "Groen: op koers"."""
    return light_html(value, short=short, note=note)
