"""Template helpers for the dashboard: chart tables rendered in Python (a 200-row table stays fast)."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from monitor.dashboard import format_number

register = template.Library()


def _cell(value) -> SafeString:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_html('<td class="num">{}</td>', format_number(value))
    return format_html("<td>{}</td>", value)


@register.simple_tag
def chart_table_body(chart) -> SafeString:
    """The rows of a chart's data table; the first cell is a row header, linked when the chart has row URLs."""
    urls = chart.row_urls or [None] * len(chart.rows)
    lines = []
    for url, row in zip(urls, chart.rows, strict=True):
        head = format_html('<a href="{}">{}</a>', url, row[0]) if url else row[0]
        cells = SafeString("".join(_cell(value) for value in row[1:]))
        lines.append(format_html('<tr><th scope="row">{}</th>{}</tr>', head, cells))
    return SafeString("".join(lines))
