"""The house style of every chart, on screen (plotly.js) and in print (kaleido → SVG → PDF): one plotly template.

Every ``Chart.spec`` carries ``HOUSE_TEMPLATE`` in its layout, so the dashboard and the PDF draw the same:
the app's colours and font, Dutch numbers (``separators`` ",." gives 37.667 and 41,9; ``exponentformat``
"none" means never "5k"), axis titles with room of their own and the legend above the plot area, where it
cannot run into the x-axis title. Where colour carries meaning (status, traffic light) a pattern or symbol
comes with it (``STATUS_STYLE``, ``LIGHT_STYLE``), so the chart still reads in black and white.
"""

from __future__ import annotations

from agreements.lights import HEX

PRIMARY = "#154273"
TEXT = "#1a1a1a"
MUTED = "#555555"
GRID = "#d9d9d9"
FONT = {"family": "Liberation Sans, DejaVu Sans, Arial, sans-serif", "size": 13, "color": TEXT}

# colour, fill pattern (bars, areas), marker symbol and line dash (lines): meaning never by colour alone
STATUS_STYLE = {
    "hard": ("#154273", "", "circle", "solid"),
    "soft": ("#7fa7d1", "/", "square", "dash"),
    "in_aanbouw": ("#c87d0e", ".", "diamond", "dot"),
    "opgeleverd": ("#1e7b34", "x", "triangle-up", "dashdot"),
}
LIGHT_PATTERNS = {"groen": "", "geel": ".", "rood": "x", "none": "/"}
LIGHT_STYLE = {key: (HEX[key], pattern) for key, pattern in LIGHT_PATTERNS.items()}  # colours: TrafficLight's

_AXIS = {
    "automargin": True,
    "title": {"standoff": 12, "font": {"size": 13, "color": MUTED}},
    "separatethousands": True,
    "exponentformat": "none",
    "gridcolor": GRID,
    "zerolinecolor": "#9a9a9a",
    "linecolor": "#9a9a9a",
    "ticks": "outside",
    "tickcolor": "#9a9a9a",
}

HOUSE_TEMPLATE = {
    "layout": {
        "font": FONT,
        "separators": ",.",
        "colorway": [PRIMARY, "#c87d0e", "#1e7b34", "#7fa7d1", "#c0262d", "#6b4c9a", "#8a8a8a"],
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "xaxis": _AXIS,
        "yaxis": _AXIS,
        "legend": {
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": 1.02,
            "yanchor": "bottom",
            "font": {"size": 12},
            "traceorder": "normal",
        },
        "hoverlabel": {"font": {"family": FONT["family"]}},
        "margin": {"l": 60, "r": 20, "t": 40, "b": 60},
    },
}


def status_bar(key: str) -> dict:
    """Marker of a bar in a status's colour with its pattern."""
    colour, pattern, _, _ = STATUS_STYLE[key]
    return {"color": colour, "pattern": {"shape": pattern, "fgcolor": "#ffffff", "fgopacity": 0.7}}


def status_line(key: str) -> dict:
    """Line and marker of a status's series: colour, dash and symbol."""
    colour, _, symbol, dash = STATUS_STYLE[key]
    return {"line": {"color": colour, "dash": dash}, "marker": {"color": colour, "symbol": symbol, "size": 8}}


def light_bar(colour: str) -> dict:
    fill, pattern = LIGHT_STYLE[colour]
    return {
        "color": fill,
        "line": {"color": TEXT, "width": 0.5},
        "pattern": {"shape": pattern, "fgcolor": TEXT, "fgopacity": 0.6},
    }
