"""Charts of a dashboard: plotly figures, each with the table it shows and a one-line summary.

``charts_for(dashboard)`` returns ``Chart`` objects. Pages embed ``chart.spec`` (plain JSON for plotly.js);
the PDF report exports ``chart.figure`` (a ``plotly.graph_objects.Figure``) to SVG with kaleido and prints
``chart.headers`` / ``chart.rows`` beside it. Every chart's table is its accessible alternative and its
CSV/Excel download.
"""

from __future__ import annotations

from ..dashboard import Dashboard
from .chart import Chart
from .figures import (
    contribution_chart,
    lights_chart,
    segment_chart,
    status_chart,
    target_chart,
    timeline_chart,
)
from .places import goal_chart, map_chart

__all__ = ["Chart", "charts_for"]


def charts_for(dashboard: Dashboard) -> list[Chart]:
    """Every chart of the dashboard, in page order."""
    charts = []
    if dashboard.pillar_lights:
        charts.append(lights_chart(dashboard))
    if dashboard.targets:
        charts.append(target_chart(dashboard))
    charts += [status_chart(dashboard), segment_chart(dashboard)]
    charts += [
        contribution_chart(dashboard, cid, title, rows) for cid, title, rows in dashboard.contributions
    ]
    charts.append(map_chart(dashboard))
    if dashboard.goal_rows:
        charts.append(goal_chart(dashboard))
    charts.append(timeline_chart(dashboard))
    return charts
