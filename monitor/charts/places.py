"""Charts of places: the map of municipalities and locations, and the locations × goals matrix."""

from __future__ import annotations

import math

from django.conf import settings

from agreements.formatting import format_number

from ..dashboard import GOALS, Dashboard
from .area_map import SOURCE, area_map
from .chart import MAX_LABELLED, Chart, rows_layout


def map_chart(d: Dashboard) -> Chart:
    """The map of the scope. With tiles configured: the tiled map, and the same map without tiles as the
    ``offline`` fallback (drawn when the tiles cannot be reached, and printed in the PDF); without tiles the
    map is drawn from the municipal boundaries only. The table lists every point in words and numbers."""
    points = d.map_points
    offline = area_map(points)
    tiled = _tiled_map(points) if settings.MAP_TILE_URL else None
    return Chart(
        id="kaart",
        title="Kaart van gemeenten en locaties",
        data=tiled["data"] if tiled else offline["data"],
        layout=tiled["layout"] if tiled else offline["layout"],
        headers=["Naam", "Soort", "Gemeente", "Woningen"],
        rows=[[p.name, p.kind, p.municipality, p.homes] for p in points],
        summary=f"{sum(p.kind != 'Gemeente' for p in points)} locaties en "
        f"{sum(p.kind == 'Gemeente' for p in points)} gemeenten op de kaart; de gemeenten zijn gekleurd naar "
        f"woningen in plannen. {SOURCE}.",
        kind="map",
        config={"scrollZoom": False},
        row_urls=[p.url for p in points],
        offline=offline if tiled else None,
        probe=_tile_url(points) if tiled else "",
    )


def _tiled_map(points) -> dict:
    style = {
        "version": 8,
        "sources": {
            "tiles": {
                "type": "raster",
                "tiles": [settings.MAP_TILE_URL],
                "tileSize": 256,
                "attribution": "Kaart: PDOK BRT-Achtergrondkaart",
            }
        },
        "layers": [{"id": "tiles", "type": "raster", "source": "tiles"}],
    }
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
    lat, lon = _centre(points)
    layout = {
        "map": {"style": style, "center": {"lat": lat, "lon": lon}, "zoom": 13 if len(points) <= 2 else 9},
        "height": 480,
        "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        "legend": {"orientation": "h"},
    }
    return {"data": traces, "layout": layout}


def _centre(points) -> tuple[float, float]:
    lats = [p.latitude for p in points] or [51.9]
    lons = [p.longitude for p in points] or [5.9]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def _tile_url(points, zoom: int = 9) -> str:
    """One tile of the map's centre: the browser loads it first and falls back to the map without tiles
    when it does not arrive."""
    lat, lon = _centre(points)
    scale = 2**zoom
    x = int((lon + 180) / 360 * scale)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * scale)
    return settings.MAP_TILE_URL.replace("{z}", str(zoom)).replace("{x}", str(x)).replace("{y}", str(y))


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
        ],
        layout={**rows_layout(len(names), per_row=30, base=100)},
        headers=["Locatie", "Gemeente", "Woningen", *[label for _, label in GOALS], "Bron"],
        rows=rows,
        summary="Aantal locaties dat bijdraagt: "
        + ", ".join(f"{label.lower()} {count}" for label, count in counts.items())
        + f" (van {len(d.goal_rows)}).",
        row_urls=[row.url for row in d.goal_rows],
    )
