"""The map without tiles: municipalities drawn from their boundaries, shaded by plan capacity, locations as points.

Plain plotly shapes on two hidden axes (longitude, latitude), so nothing is fetched: the PDF (kaleido) and the
browser's offline fallback draw the same map. Each class of plan capacity has a colour *and* a pattern, and
every municipality is named on the map, so it reads in black and white. The boundaries are reference data
(``Municipality.boundary``, CBS / Kadaster, CC BY 4.0): the source is printed with the map.
"""

from __future__ import annotations

import math

from agreements.formatting import format_number

from ..dashboard import MapPoint
from .style import TEXT

SOURCE = "Bron: CBS, Kadaster"
SHADES = ["#eef3f9", "#c6d7ec", "#8fb0d8", "#4a78b0", "#154273"]
PATTERNS = ["", ".", "/", "x", "+"]
DARK_FROM = 3  # classes from here on are dark: names printed in white
LOCATION_COLOUR = "#c0262d"


def area_map(points: list[MapPoint], *, height: int = 520) -> dict:
    """``{"data": [...], "layout": {...}}`` of the map, for plotly.js and for kaleido."""
    areas = [p for p in points if p.kind == "Gemeente" and p.boundary]
    places = [p for p in points if p.kind != "Gemeente" or not p.boundary]
    breaks = class_breaks([p.homes for p in areas])
    traces, shown = [], set()
    for point in areas:
        index = class_of(point.homes, breaks)
        traces.append(_area_trace(point, index, breaks, first=index not in shown))
        shown.add(index)
    traces.sort(key=lambda trace: trace["legendrank"])
    if areas:
        traces.append(_names_trace(areas, breaks))
    if places:
        traces.append(_places_trace(places))
    return {"data": traces, "layout": _layout(points, height)}


def class_breaks(values: list[int]) -> list[int]:
    """Lower bounds of up to five equal classes on a round step (0, 2.500, 5.000, ...)."""
    top = max(values, default=0)
    if top <= 0:
        return [0]
    step = _round_step(top / len(SHADES))
    return [step * i for i in range(len(SHADES)) if step * i <= top]


def class_of(value: int, breaks: list[int]) -> int:
    return max(i for i, lower in enumerate(breaks) if value >= lower)


def class_label(index: int, breaks: list[int]) -> str:
    if index + 1 < len(breaks):
        return f"{format_number(breaks[index])} – {format_number(breaks[index + 1] - 1)} woningen"
    return f"{format_number(breaks[index])} woningen of meer" if breaks[index] else "geen woningen in plannen"


def _round_step(raw: float) -> int:
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return max(1, int(factor * magnitude))
    return int(10 * magnitude)


def _rings(geometry: dict) -> list[list]:
    """Outer rings and holes of a Polygon or MultiPolygon, as lists of [lon, lat]."""
    if geometry.get("type") == "Polygon":
        return list(geometry["coordinates"])
    if geometry.get("type") == "MultiPolygon":
        return [ring for polygon in geometry["coordinates"] for ring in polygon]
    return []


def _xy(geometry: dict) -> tuple[list, list]:
    xs, ys = [], []
    for ring in _rings(geometry):
        xs += [pair[0] for pair in ring] + [None]
        ys += [pair[1] for pair in ring] + [None]
    return xs, ys


def _area_trace(point: MapPoint, index: int, breaks: list[int], *, first: bool) -> dict:
    xs, ys = _xy(point.boundary)
    label = f"{point.name}: {format_number(point.homes)} woningen in plannen"
    return {
        "type": "scatter",
        "mode": "lines",
        "x": xs,
        "y": ys,
        "fill": "toself",
        "fillcolor": SHADES[index],
        "fillpattern": {
            "shape": PATTERNS[index],
            "bgcolor": SHADES[index],
            "fgcolor": "#ffffff" if index >= DARK_FROM else TEXT,
            "fgopacity": 0.35,
            "size": 7,
        },
        "line": {"color": "#ffffff", "width": 1},
        "name": class_label(index, breaks),
        "legendgroup": f"klasse-{index}",
        "legendrank": index + 1,
        "showlegend": first,
        "text": label,
        "hoveron": "fills",
        "hoverinfo": "text",
    }


def _centre(geometry: dict) -> tuple[float, float]:
    """The area-weighted centroid of the largest ring (shoelace formula)."""
    ring = max(_rings(geometry), key=lambda r: abs(_area(r)))
    area = _area(ring)
    if not area:
        return ring[0][0], ring[0][1]
    cx = sum((a[0] + b[0]) * (a[0] * b[1] - b[0] * a[1]) for a, b in zip(ring, ring[1:], strict=False))
    cy = sum((a[1] + b[1]) * (a[0] * b[1] - b[0] * a[1]) for a, b in zip(ring, ring[1:], strict=False))
    return cx / (6 * area), cy / (6 * area)


def _area(ring: list) -> float:
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:], strict=False)) / 2


def _names_trace(areas: list[MapPoint], breaks: list[int]) -> dict:
    centres = [_centre(p.boundary) for p in areas]
    return {
        "type": "scatter",
        "mode": "text",
        "x": [c[0] for c in centres],
        "y": [c[1] for c in centres],
        "text": [p.name for p in areas],
        "textfont": {
            "size": 10,
            "color": ["#ffffff" if class_of(p.homes, breaks) >= DARK_FROM else TEXT for p in areas],
        },
        "hoverinfo": "skip",
        "showlegend": False,
        "name": "Gemeenten",
    }


def _places_trace(places: list[MapPoint]) -> dict:
    return {
        "type": "scatter",
        "mode": "markers",
        "x": [p.longitude for p in places],
        "y": [p.latitude for p in places],
        "marker": {
            "symbol": "diamond",
            "size": 11,
            "color": LOCATION_COLOUR,
            "line": {"color": "#ffffff", "width": 1.5},
        },
        "name": "Locatie (punt)",
        "legendrank": 100,
        "text": [f"{p.name} ({p.kind}, {p.municipality}): {format_number(p.homes)} woningen" for p in places],
        "hoverinfo": "text",
    }


def _layout(points: list[MapPoint], height: int) -> dict:
    lats = [p.latitude for p in points] or [52.0]
    axis = {"visible": False, "showgrid": False, "zeroline": False}
    return {
        "height": height,
        "xaxis": {**axis, "constrain": "domain"},
        "yaxis": {
            **axis,
            "scaleanchor": "x",
            "scaleratio": 1 / math.cos(math.radians(sum(lats) / len(lats))),
        },
        "legend": {
            "orientation": "v",
            "x": 1.0,
            "xanchor": "left",
            "y": 1,
            "yanchor": "top",
            "title": {"text": "Woningen in plannen per gemeente"},
        },
        "margin": {"l": 10, "r": 10, "t": 10, "b": 30},
        "annotations": [
            {
                "text": SOURCE,
                "xref": "paper",
                "yref": "paper",
                "x": 1,
                "y": 0,
                "xanchor": "right",
                "yanchor": "top",
                "yshift": -6,
                "showarrow": False,
                "font": {"size": 11},
            }
        ],
        "hovermode": "closest",
        "dragmode": False,
    }
