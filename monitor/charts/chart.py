"""The ``Chart``: one plotly figure with the table it shows and a one-line summary."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property

import plotly.graph_objects as go

from .style import HOUSE_TEMPLATE

MAX_HEIGHT = 1200  # pixels
MAX_LABELLED = 40  # rows with a label on the axis


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
    offline: dict | None = None  # a map's fallback without tiles: {"data", "layout"}, or None
    probe: str = ""  # a map's tile to try first; when it fails the browser draws ``offline``

    @property
    def dom_id(self) -> str:
        return f"grafiek-{self.id}"

    @property
    def spec_id(self) -> str:
        return f"grafiek-{self.id}-spec"

    @property
    def spec(self) -> dict:
        """What plotly.js draws: plain JSON, so a page does not pay for plotly's validation. Every chart
        carries the house template (``style.HOUSE_TEMPLATE``): the same look on screen and in print."""
        layout = {"template": HOUSE_TEMPLATE, **self.layout}
        spec = {"data": self.data, "layout": layout, "config": {"displaylogo": False, **self.config}}
        if self.offline:
            spec["offline"] = {
                **self.offline,
                "layout": {"template": HOUSE_TEMPLATE, **self.offline["layout"]},
            }
            spec["probe"] = self.probe
        return spec

    @cached_property
    def figure(self) -> go.Figure:
        """The validated plotly figure for SVG export with kaleido (the PDF). Exports fetch nothing from the
        network, so a map is drawn without tiles, from the municipal boundaries."""
        spec = self.spec.get("offline") or self.spec
        return go.Figure(data=spec["data"], layout=spec["layout"])

    def spec_json(self) -> str:
        return json.dumps(self.spec)


def rows_layout(count: int, *, per_row: int, base: int) -> dict:
    """A chart with one bar or line per row grows with its rows, up to a limit; beyond it the labels go
    (the table beside the chart names every row)."""
    return {
        "height": min(MAX_HEIGHT, max(300, per_row * count + base)),
        "yaxis": {"automargin": True, "autorange": "reversed", "showticklabels": count <= MAX_LABELLED},
    }
