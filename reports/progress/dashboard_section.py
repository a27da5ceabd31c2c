"""The report's dashboard: the region and each subregion, as the dashboard pages build them (``monitor.dashboard``).

One dashboard, two outputs: the pages draw ``monitor.charts`` with plotly.js, the report exports the same charts'
figures to SVG (``charts_export``) and always prints each chart's table beside it. The region gets every chart;
each subregion its plan capacity and the contribution of its municipalities. The map is printed without
tiles (never fetched for a PDF): the municipalities drawn from their boundaries, shaded by plan capacity.
"""

from dataclasses import dataclass

from agreements.formatting import format_number
from agreements.models import Deal, Period
from monitor.charts import charts_for
from monitor.dashboard import Dashboard, build_dashboard, why_unknown
from monitor.models import Subregion

from .indicator_snapshot import indicator_areas

SUBREGION_CHARTS = {"plancapaciteit", "gemeenten"}
BRIEFED = {"stoplichten"}  # page 2 of the board briefing shows every agreement's light and the counts
HARD_FIGURES = [
    ("Plannen", "plans"),
    ("Woningen in plannen", "homes"),
    ("Hard", "hard"),
    ("Zacht", "soft"),
]


@dataclass
class ReportChart:
    """A monitor chart as the report prints it: its table, summary and exported SVG (``monitor.charts.Chart`` draws it)."""

    id: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple, ...]
    summary: str
    figure: object = None  # a plotly figure; not part of the snapshot
    image: str = ""  # data: URI of the exported SVG, empty when export was not possible

    def to_snapshot(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "headers": list(self.headers),
            "rows": [list(r) for r in self.rows],
            "summary": self.summary,
        }


@dataclass
class Area:
    """The region or one subregion: key figures and charts."""

    name: str
    key_figures: tuple[tuple[str, str], ...]
    charts: list[ReportChart]


@dataclass
class DashboardSection:
    source: str  # which import, with its peildatum; empty when there is none
    areas: list[Area]
    region: Dashboard | None = None  # the region's dashboard itself (targets, timeline), not in the snapshot
    export_error: str = ""  # set when charts could not be exported; each chart then shows its table only

    @property
    def charts(self) -> list[ReportChart]:
        return [chart for area in self.areas for chart in area.charts]

    def to_snapshot(self) -> dict:
        return {
            "indicators": indicator_areas(self.region) if self.region and self.region.has_data else [],
            "source": self.source,
            "export_error": self.export_error,
            "areas": [
                {
                    "name": a.name,
                    "key_figures": [list(k) for k in a.key_figures],
                    "charts": [c.to_snapshot() for c in a.charts],
                }
                for a in self.areas
            ],
        }


def _cell(value):
    if value is None:
        return "onbekend"
    return format_number(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


def key_figures(dashboard: Dashboard) -> tuple[tuple[str, str], ...]:
    figures = dashboard.figures
    share = figures.get("affordable_soft_share")
    rows = [(label, format_number(figures.get(key))) for label, key in HARD_FIGURES]
    rows.append(
        (
            "Betaalbaar aandeel van de zachte capaciteit",
            f"onbekend ({why_unknown(figures, 'affordable_soft_share')})"
            if share is None
            else f"{format_number(share)} %",
        )
    )
    return tuple(rows)


def area(name: str, dashboard: Dashboard, *, only: set[str] | None) -> Area:
    charts = [
        ReportChart(
            id=f"{dashboard.slug}-{chart.id}",
            title=chart.title,
            headers=tuple(chart.headers),
            rows=tuple(tuple(_cell(value) for value in row) for row in chart.rows),
            summary=chart.summary,
            figure=chart.figure,
        )
        for chart in charts_for(dashboard)
        if (only is None or chart.id in only) and chart.id not in BRIEFED
    ]
    return Area(name, key_figures(dashboard), charts)


def build_dashboard_section(period: Period) -> DashboardSection:
    """The region with every chart, then each subregion's contribution; empty without a committed import."""
    region = build_dashboard(period=period)  # the report's half year: the same lights as every page
    if not region.has_data:
        return DashboardSection(source="", areas=[], region=region)
    deal = Deal.objects.current()
    areas = [area(deal.region[:1].upper() + deal.region[1:] if deal else "Regio", region, only=None)]
    for subregion in Subregion.objects.order_by("name"):
        areas.append(
            area(
                f"Subregio {subregion.name}",
                build_dashboard(subregion=subregion, period=period),
                only=SUBREGION_CHARTS,
            )
        )
    source = "; ".join(f"{s.filename} ({s.source_label})" for s in region.sources)
    return DashboardSection(source=source, areas=areas, region=region)
