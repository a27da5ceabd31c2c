"""Charts of places: the map of municipalities and locations, and the locations × goals matrix."""

from __future__ import annotations

from django.conf import settings

from ..dashboard import GOALS, Dashboard, format_number
from .chart import MAX_LABELLED, Chart, rows_layout


def map_chart(d: Dashboard) -> Chart:
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


def goal_chart(d: Dashboard) -> Chart:
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
        layout={**rows_layout(len(names), per_row=30, base=100)},
        headers=["Locatie", "Gemeente", "Woningen", *[label for _, label in GOALS], "Bron"],
        rows=rows,
        summary="Aantal locaties dat bijdraagt: "
        + ", ".join(f"{label.lower()} {count}" for label, count in counts.items())
        + f" (van {len(d.goal_rows)}).",
        row_urls=[row.url for row in d.goal_rows],
    )
