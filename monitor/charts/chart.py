"""The ``Chart``: one plotly figure with the table it shows and a one-line summary."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property

import plotly.graph_objects as go

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


def rows_layout(count: int, *, per_row: int, base: int) -> dict:
    """A chart with one bar or line per row grows with its rows, up to a limit; beyond it the labels go
    (the table beside the chart names every row)."""
    return {
        "height": min(MAX_HEIGHT, max(300, per_row * count + base)),
        "yaxis": {"automargin": True, "autorange": "reversed", "showticklabels": count <= MAX_LABELLED},
    }
