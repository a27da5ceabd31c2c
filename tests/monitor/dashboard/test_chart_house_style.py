"""One house style for every chart, on screen and in print: Dutch numbers (37.667, never "38k"), patterns with
colours, the legend clear of the axis titles."""

import re

import pytest
from django.conf import settings

from monitor.charts import Chart, charts_for
from monitor.charts.style import HOUSE_TEMPLATE
from monitor.dashboard import build_dashboard

pytestmark = pytest.mark.django_db


def test_every_chart_of_the_dashboard_carries_the_house_template(known_monitor):
    for chart in charts_for(build_dashboard()):
        layout = chart.spec["layout"]
        assert layout["template"] is HOUSE_TEMPLATE, chart.id
        assert chart.figure.layout.template.layout.separators == ",.", chart.id  # what kaleido draws (PDF)


def test_where_colour_means_a_status_a_pattern_or_symbol_means_it_too(known_monitor):
    charts = {chart.id: chart for chart in charts_for(build_dashboard())}
    stacked = charts["gemeenten"].spec["data"]
    assert len({trace["marker"]["pattern"]["shape"] for trace in stacked}) == len(stacked)
    lines = charts["tijdlijn"].spec["data"]
    assert len({trace["marker"]["symbol"] for trace in lines}) == len(lines)
    lights = charts["stoplichten"].spec["data"]
    assert len({trace["marker"]["pattern"]["shape"] for trace in lights}) == len(lights)


def test_the_legend_sits_above_the_plot_away_from_the_x_axis_title():
    legend = HOUSE_TEMPLATE["layout"]["legend"]
    assert legend["orientation"] == "h" and legend["y"] > 1 and legend["yanchor"] == "bottom"


@pytest.mark.skipif(not settings.CHROMIUM_PATH, reason="needs Debian's chromium for kaleido")
def test_printed_numbers_are_dutch_and_never_abbreviated():
    from reports.charts_export import export_charts

    chart = Chart(
        id="proef",
        title="Woningen",
        data=[{"type": "bar", "x": ["Arnhem", "Nijmegen"], "y": [37667, 12500], "name": "Woningen"}],
        layout={"yaxis": {"title": {"text": "woningen"}}},
        headers=["Gemeente", "Woningen"],
        rows=[["Arnhem", 37667], ["Nijmegen", 12500]],
        summary="proef",
    )
    chart.image = ""
    assert export_charts([chart]) == ""
    svg = _svg_text(chart.image)
    ticks = re.findall(r'class="ytick".*?>([^<]+)</text>', svg)
    assert "30.000" in ticks and "10.000" in ticks, ticks
    assert not any(tick.endswith("k") for tick in ticks), ticks


def _svg_text(data_uri: str) -> str:
    import base64

    return base64.b64decode(data_uri.split(",", 1)[1]).decode()
