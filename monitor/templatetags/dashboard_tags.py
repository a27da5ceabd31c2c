"""Template helpers for the dashboard: chart tables rendered in Python (a 200-row table stays fast)."""

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from agreements.formatting import format_number
from monitor.dashboard import why_unknown
from monitor.dashboard.sources import GROUP_OF

register = template.Library()
register.filter("dutch_number", format_number)  # 37.667; 41,9; None: "onbekend"


def _cell(value) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'<td class="num">{format_number(value)}</td>'  # digits and separators only
    return f"<td>{escape('onbekend' if value is None else value)}</td>"


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


@register.simple_tag
def figure(figures: dict, key: str, unit: str = "") -> SafeString:
    """One figure in Dutch notation ("37.667", "41,9 %"), or "onbekend" with the reason: never 0 for unknown."""
    value = figures.get(key)
    if value is None:
        return format_html(
            '<span class="unknown">onbekend</span> <span class="muted">({})</span>', why_unknown(figures, key)
        )
    return format_html("{}{}", format_number(value), f" {unit}" if unit else "")


@register.simple_tag
def figure_source(figures: dict, key: str) -> str:
    """Where a figure comes from: the kind of source and its peildatum."""
    return (figures.get("sources") or {}).get(GROUP_OF.get(key, ""), "")
