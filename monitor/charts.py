"""Charts of a dashboard: plotly figures, each with the table it shows and a one-line summary.

``charts_for(dashboard)`` returns ``Chart`` objects. Pages embed ``chart.spec`` (plain JSON for plotly.js);
the PDF report exports ``chart.figure`` (a ``plotly.graph_objects.Figure``) to SVG with kaleido and prints
``chart.headers`` / ``chart.rows`` beside it. Every chart's table is its accessible alternative and its
CSV/Excel download.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property

import plotly.graph_objects as go
from django.conf import settings

from .dashboard import GOALS, PHASES, SEGMENTS, STATUSES, Dashboard, format_number

COLOURS = {"hard": "#154273", "soft": "#7fa7d1", "in_aanbouw": "#c87d0e", "opgeleverd": "#1e7b34"}
LIGHT_COLOURS = {"groen": "#1e7b34", "geel": "#f5c518", "rood": "#c0262d", "none": "#8a8a8a"}
LIGHT_LABELS = {"groen": "Groen", "geel": "Geel", "rood": "Rood", "none": "Nog niet beoordeeld"}
PLAIN_MAP_STYLE = {
    "version": 8,
    "sources": {},
    "layers": [{"id": "achtergrond", "type": "background", "paint": {"background-color": "#f3f3f3"}}],
}
MAX_HEIGHT = 1200  # pixels
MAX_LABELLED = 40  # rows with a label on the axis
FONT = {"family": "Liberation Sans, DejaVu Sans, Arial, sans-serif", "size": 13, "color": "#1a1a1a"}


@dataclass
class Chart:
    id: str
    title: str
    data: list[dict]
    layout: dict
    headers: list[str]
    rows: list[list]
    summary: str
    kind: str = "chart"  # "chart" or "map"
    config: dict = field(default_factory=dict)
    row_urls: list[str] | None = None  # a link for each row's first cell (drill-down), or None
    section: str = ""

    @property
    def dom_id(self) -> str:
        return f"grafiek-{self.id}"

    @property
    def spec_id(self) -> str:
        return f"grafiek-{self.id}-spec"

    @property
    def spec(self) -> dict:
        """What plotly.js draws: plain JSON, so a page does not pay for plotly's validation."""
        layout = {"font": FONT, "margin": {"l": 60, "r": 20, "t": 30, "b": 60}, **self.layout}
        return {"data": self.data, "layout": layout, "config": {"displaylogo": False, **self.config}}

    @cached_property
    def figure(self) -> go.Figure:
        """The validated plotly figure for SVG export with kaleido (the PDF). Exports fetch nothing from the
        network, so a map is drawn on a plain background instead of the tiles."""
        spec = self.spec
        layout = spec["layout"]
        if self.kind == "map":
            layout = {**layout, "map": {**layout["map"], "style": PLAIN_MAP_STYLE}}
        return go.Figure(data=spec["data"], layout=layout)

    def spec_json(self) -> str:
        return json.dumps(self.spec)


def _rows_layout(count: int, *, per_row: int, base: int) -> dict:
    """A chart with one bar or line per row grows with its rows, up to a limit; beyond it the labels go
    (the table beside the chart names every row)."""
    return {
        "height": min(MAX_HEIGHT, max(300, per_row * count + base)),
        "yaxis": {"automargin": True, "autorange": "reversed", "showticklabels": count <= MAX_LABELLED},
    }


def _status_chart(d: Dashboard) -> Chart:
    f = d.figures
    rows = []
    for key, label in STATUSES:
        phases = f.get(f"{key}_by_phase")
        rows.append([label, f[key], *([phases[p] for p in PHASES] if phases else ["" for _ in PHASES])])
    data = [
        {"type": "bar", "name": label, "x": [label], "y": [f[key]], "marker": {"color": COLOURS[key]}}
        for key, label in STATUSES
    ]
    summary = ", ".join(f"{label.lower()} {format_number(f[key])}" for key, label in STATUSES)
    return Chart(
        id="plancapaciteit",
        title="Plancapaciteit naar status",
        data=data,
        layout={"showlegend": False, "yaxis": {"title": {"text": "woningen"}}},
        headers=["Status", "Woningen", *[f"Fase {p}" for p in PHASES]],
        rows=rows,
        summary=f"Woningen in plannen: {summary}.",
    )


def _segment_chart(d: Dashboard) -> Chart:
    segments = d.figures["segments"]
    total = sum(segments.values())
    rows = [
        [label, segments[key], format_number(round(100 * segments[key] / total, 1)) if total else "—"]
        for key, label in SEGMENTS
    ]
    return Chart(
        id="segmenten",
        title="Woningen naar prijssegment",
        data=[
            {
                "type": "bar",
                "x": [label for _, label in SEGMENTS],
                "y": [segments[key] for key, _ in SEGMENTS],
                "marker": {"color": "#154273"},
                "name": "Woningen",
            }
        ],
        layout={"yaxis": {"title": {"text": "woningen"}}},
        headers=["Prijssegment", "Woningen", "Aandeel (%)"],
        rows=rows,
        summary="Woningen per prijssegment: "
        + ", ".join(f"{label.lower()} {format_number(segments[key])}" for key, label in SEGMENTS)
        + ".",
    )


def _target_chart(d: Dashboard) -> Chart:
    rows = [
        [t.label, format_number(t.value), t.unit, t.target_label, format_number(t.progress), _met(t.met)]
        for t in d.targets
    ]
    return Chart(
        id="doelen",
        title="Voortgang ten opzichte van de doelen van de Woondeal",
        data=[
            {
                "type": "bar",
                "orientation": "h",
                "y": [t.label for t in d.targets],
                "x": [t.progress or 0 for t in d.targets],
                "marker": {"color": ["#1e7b34" if t.met else "#c87d0e" for t in d.targets]},
                "name": "Percentage van het doel",
            }
        ],
        layout={
            "xaxis": {
                "title": {"text": "% van het doel"},
                "range": [0, max([110, *[t.progress or 0 for t in d.targets]])],
            },
            "yaxis": {"automargin": True, "autorange": "reversed"},
            "shapes": [
                {
                    "type": "line",
                    "x0": 100,
                    "x1": 100,
                    "y0": 0,
                    "y1": 1,
                    "yref": "paper",
                    "line": {"color": "#1a1a1a", "dash": "dash"},
                }
            ],
        },  # fmt: skip
        headers=["Doel", "Stand", "Eenheid", "Doelwaarde", "% van het doel", "Gehaald"],
        rows=rows,
        summary="; ".join(
            f"{t.label}: {format_number(t.value)} {t.unit} (doel {t.target_label})" for t in d.targets
        )
        or "Er zijn geen doelen vastgelegd voor dit niveau.",
    )


def _met(met: bool | None) -> str:
    return "onbekend" if met is None else ("ja" if met else "nee")


def _contribution_chart(d: Dashboard, chart_id: str, title: str, rows_in) -> Chart:
    names = [row.name for row in rows_in]
    data = [
        {"type": "bar", "orientation": "h", "name": label, "y": names,
         "x": [row.figures[key] for row in rows_in], "marker": {"color": COLOURS[key]}}
        for key, label in STATUSES
    ]  # fmt: skip
    rows = [
        [
            row.name,
            *[row.figures[key] for key, _ in STATUSES],
            "" if row.realised is None else row.realised,
            format_number(row.figures["affordable_soft_share"]),
            format_number(row.figures["circular_share"]),
        ]
        for row in rows_in
    ]
    largest = max(rows_in, key=lambda r: r.figures["hard"] + r.figures["soft"], default=None)
    summary = (
        f"{len(rows_in)} onderdelen; de grootste plancapaciteit (hard en zacht) heeft {largest.name} met "
        f"{format_number(largest.figures['hard'] + largest.figures['soft'])} woningen."
        if largest
        else "Geen onderdelen op dit niveau."
    )
    return Chart(
        id=chart_id,
        title=title,
        data=data,
        layout={
            "barmode": "stack",
            **_rows_layout(len(names), per_row=28, base=120),
            "xaxis": {"title": {"text": "woningen"}},
            "legend": {"orientation": "h", "y": -0.15},
        },
        headers=[
            "Naam",
            *[label for _, label in STATUSES],
            "Gerealiseerd",
            "Betaalbaar in zacht (%)",
            "Circulair (%)",
        ],
        rows=rows,
        summary=summary,
        row_urls=[row.url for row in rows_in],
        section="bijdrage",
    )


def _map_chart(d: Dashboard) -> Chart:
    points = d.map_points
    style = {
        "version": 8,
        "sources": {"tiles": {"type": "raster", "tiles": [settings.MAP_TILE_URL], "tileSize": 256,
                              "attribution": "Kaart: PDOK BRT-Achtergrondkaart"}},
        "layers": [{"id": "tiles", "type": "raster", "source": "tiles"}],
    }  # fmt: skip
    traces = []
    for kind, colour, size in (("Gemeente", "#154273", 9), (None, "#c0262d", 12)):
        chosen = [p for p in points if (p.kind == "Gemeente") == (kind == "Gemeente")]
        traces.append(
            {
                "type": "scattermap",
                "mode": "markers",
                "name": "Gemeenten" if kind else "Locaties",
                "lat": [p.latitude for p in chosen],
                "lon": [p.longitude for p in chosen],
                "text": [f"{p.name} ({p.kind}): {format_number(p.homes)} woningen" for p in chosen],
                "hoverinfo": "text",
                "marker": {"size": size, "color": colour},
            }
        )
    lats = [p.latitude for p in points] or [51.9]
    lons = [p.longitude for p in points] or [5.9]
    centre = {"lat": (min(lats) + max(lats)) / 2, "lon": (min(lons) + max(lons)) / 2}
    zoom = 13 if len(points) <= 2 else 9
    return Chart(
        id="kaart",
        title="Kaart van gemeenten en locaties",
        data=traces,
        layout={
            "map": {"style": style, "center": centre, "zoom": zoom},
            "height": 480,
            "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
            "legend": {"orientation": "h"},
        },  # fmt: skip
        headers=["Naam", "Soort", "Gemeente", "Woningen", "Breedtegraad", "Lengtegraad"],
        rows=[
            [p.name, p.kind, p.municipality, p.homes, _degrees(p.latitude), _degrees(p.longitude)]
            for p in points
        ],
        summary=f"{sum(p.kind != 'Gemeente' for p in points)} locaties en "
        f"{sum(p.kind == 'Gemeente' for p in points)} gemeenten op de kaart.",
        kind="map",
        config={"scrollZoom": False},
        row_urls=[p.url for p in points],
    )


def _degrees(value: float) -> str:
    return f"{value:.5f}".replace(".", ",")


def _goal_chart(d: Dashboard) -> Chart:
    numeric = [(key, label) for key, label in GOALS if key != "target_groups"]
    names = [row.name for row in d.goal_rows]
    z = [
        [row.values[key] for key, _ in numeric] + [1 if row.values["target_groups"] else 0]
        for row in d.goal_rows
    ]
    rows = [
        [row.name, row.municipality, row.homes, *[row.values[key] for key, _ in GOALS], row.source]
        for row in d.goal_rows
    ]
    counts = {label: sum(bool(row.values[key]) for row in d.goal_rows) for key, label in GOALS}
    return Chart(
        id="doelmatrix",
        title="Welke plekken dragen bij aan welke doelen",
        data=[
            {
                "type": "heatmap",
                "x": [label for _, label in GOALS],
                "y": names,
                "z": [[1 if value else 0 for value in line] for line in z],
                "text": [
                    [
                        format_number(v) if i < len(numeric) else ("ja" if v else "nee")
                        for i, v in enumerate(line)
                    ]
                    for line in z
                ],
                "texttemplate": "%{text}" if len(names) <= MAX_LABELLED else "",
                "colorscale": [[0, "#f3f3f3"], [1, "#7fa7d1"]],
                "showscale": False,
                "hoverinfo": "x+y+text",
                "xgap": 2,
                "ygap": 2,
            }
        ],  # fmt: skip
        layout={**_rows_layout(len(names), per_row=30, base=100)},
        headers=["Locatie", "Gemeente", "Woningen", *[label for _, label in GOALS], "Bron"],
        rows=rows,
        summary="Aantal locaties dat bijdraagt: "
        + ", ".join(f"{label.lower()} {count}" for label, count in counts.items())
        + f" (van {len(d.goal_rows)}).",
        row_urls=[row.url for row in d.goal_rows],
    )


def _timeline_chart(d: Dashboard) -> Chart:
    labels = [point.label for point in d.timeline]
    data = [
        {"type": "scatter", "mode": "lines+markers", "name": label, "x": labels,
         "y": [point.figures[key] for point in d.timeline], "line": {"color": COLOURS[key]}}
        for key, label in STATUSES
    ]  # fmt: skip
    rows = [
        [p.label, *[p.figures[key] for key, _ in STATUSES], "actueel" if p.is_current else "vervangen"]
        for p in d.timeline
    ]
    if len(d.timeline) >= 2:
        first, last = d.timeline[0].figures, d.timeline[-1].figures
        summary = f"Van {labels[0]} tot {labels[-1]}: " + ", ".join(
            f"{label.lower()} {format_number(first[key])} → {format_number(last[key])}"
            for key, label in STATUSES
        )
    else:
        summary = "Er is nog maar één import of geen import; de tijdlijn groeit met elke nieuwe import."
    return Chart(
        id="tijdlijn",
        title="Plancapaciteit over opeenvolgende imports",
        data=data,
        layout={
            "xaxis": {"title": {"text": "peildatum"}, "type": "category"},
            "yaxis": {"title": {"text": "woningen"}},
        },
        headers=["Peildatum", *[label for _, label in STATUSES], "Import"],
        rows=rows,
        summary=summary,
    )


def _lights_chart(d: Dashboard) -> Chart:
    names = [f"Pijler {p.number}" for p in d.pillar_lights]
    data = [
        {"type": "bar", "orientation": "h", "name": LIGHT_LABELS[c], "y": names,
         "x": [p.counts[c] for p in d.pillar_lights], "marker": {"color": LIGHT_COLOURS[c]}}
        for c in LIGHT_COLOURS
    ]  # fmt: skip
    totals = {c: sum(p.counts[c] for p in d.pillar_lights) for c in LIGHT_COLOURS}
    period = d.period.label if d.period else "geen open periode"
    return Chart(
        id="stoplichten",
        title=f"Stoplichten van de afspraken per pijler ({period})",
        data=data,
        layout={
            "barmode": "stack",
            "yaxis": {"autorange": "reversed"},
            "xaxis": {"title": {"text": "afspraken"}},
            "legend": {"orientation": "h", "y": -0.2},
        },  # fmt: skip
        headers=["Pijler", "Naam", "Afspraken", *LIGHT_LABELS.values()],
        rows=[[p.number, p.name, p.total, *[p.counts[c] for c in LIGHT_COLOURS]] for p in d.pillar_lights],
        summary=", ".join(f"{LIGHT_LABELS[c].lower()}: {n}" for c, n in totals.items()) + f" ({period}).",
    )


def charts_for(dashboard: Dashboard) -> list[Chart]:
    """Every chart of the dashboard, in page order."""
    charts = []
    if dashboard.pillar_lights:
        charts.append(_lights_chart(dashboard))
    if dashboard.targets:
        charts.append(_target_chart(dashboard))
    charts += [_status_chart(dashboard), _segment_chart(dashboard)]
    charts += [
        _contribution_chart(dashboard, cid, title, rows) for cid, title, rows in dashboard.contributions
    ]
    charts.append(_map_chart(dashboard))
    if dashboard.goal_rows:
        charts.append(_goal_chart(dashboard))
    charts.append(_timeline_chart(dashboard))
    return charts
