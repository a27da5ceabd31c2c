"""``{% chart_bars chart as rows %}``: the bars of a published chart's table (see ``public.tables.bars``);
``{% demo_shown report reports as demo %}``: does the page show a report published from demo data?"""

from django import template

from public.tables import bars

register = template.Library()


@register.simple_tag
def chart_bars(chart: dict) -> list:
    return bars(chart)


@register.simple_tag
def demo_shown(report=None, reports=()) -> bool:
    shown = [report, *(reports or ())]
    return any(getattr(found, "is_demo", False) for found in shown)
