"""Template helpers for the dashboard: chart tables rendered in Python (a 200-row table stays fast)."""

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from monitor.dashboard import format_number

register = template.Library()


def _cell(value) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'<td class="num">{format_number(value)}</td>'  # digits and separators only
    return f"<td>{escape('' if value is None else value)}</td>"


@register.simple_tag
def chart_table_body(chart) -> SafeString:
    """The rows of a chart's data table, every value escaped; the first cell is a row header, linked to the
    row's own dashboard when the chart has row URLs."""
    urls = chart.row_urls or [None] * len(chart.rows)
    lines = []
    for url, row in zip(urls, chart.rows, strict=True):
        head = f'<a href="{escape(url)}">{escape(row[0])}</a>' if url else escape(row[0])
        lines.append(f'<tr><th scope="row">{head}</th>{"".join(_cell(value) for value in row[1:])}</tr>')
    return mark_safe("".join(lines))  # noqa: S308 -- built from escaped values above
