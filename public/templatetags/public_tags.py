"""``{% chart_bars chart as rows %}``: the bars of a published chart's table (see ``public.tables.bars``)."""

from django import template

from public.tables import bars

register = template.Library()


@register.simple_tag
def chart_bars(chart: dict) -> list:
    return bars(chart)
