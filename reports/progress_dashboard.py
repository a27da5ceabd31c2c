"""The report's dashboard: the region and each subregion, from the indicators of the current monitor import.

Built from ``monitor.models.Indicator`` (figures computed once when an import is committed; see its docstring).
Each chart is a plotly figure plus the table it shows and a one-line summary: the table is always printed,
the figure becomes an SVG image when a browser is available (``charts_export``).
"""

from dataclasses import dataclass, field

import plotly.graph_objects as go

from agreements.models import Period
from monitor.models import Indicator, MonitorImport, Target

PHASES = ["2020-2024", "2025-2029", "2030+", "onbekend"]
SEGMENTS = [
    ("sociale_huur", "Sociale huur"),
    ("middenhuur", "Middenhuur"),
    ("dure_huur", "Dure huur"),
    ("betaalbare_koop", "Betaalbare koop"),
    ("dure_koop", "Dure koop"),
    ("onbekend", "Segment onbekend"),
]
STATUSES = [("hard", "Hard"), ("soft", "Zacht"), ("in_aanbouw", "In aanbouw"), ("opgeleverd", "Opgeleverd")]
HARD_COLOUR, SOFT_COLOUR = "#1f4e79", "#8fb3d9"


@dataclass
class Chart:
    id: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple, ...]
    summary: str
    figure: go.Figure | None = field(default=None, repr=False)
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
    charts: list[Chart]


@dataclass
class DashboardSection:
    source: str  # which import, with its peildatum; empty when there is none
    areas: list[Area]
    export_error: str = ""  # set when charts could not be exported; each chart then shows its table only

    @property
    def charts(self) -> list[Chart]:
        return [chart for area in self.areas for chart in area.charts]

    def to_snapshot(self) -> dict:
        return {
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


def _share(value) -> str:
    return "onbekend" if value is None else f"{value:.0f}%".replace(".", ",")


def _number(value) -> str:
    return f"{value or 0:,}".replace(",", ".")


def _layout(title: str, **extra) -> dict:
    return dict(
        # The title is the heading above the image (and the table's caption), not part of the image.
        meta=dict(title=title),
        template="simple_white",
        font=dict(family="Liberation Sans, DejaVu Sans, sans-serif", size=12),
        margin=dict(l=60, r=20, t=50, b=50),
        legend=dict(orientation="h", y=-0.15),
        **extra,
    )


def phase_chart(chart_id: str, area: str, figures: dict) -> Chart:
    hard = [figures.get("hard_by_phase", {}).get(p, 0) for p in PHASES]
    soft = [figures.get("soft_by_phase", {}).get(p, 0) for p in PHASES]
    title = f"Plancapaciteit naar fase, {area}"
    figure = go.Figure(
        [
            go.Bar(name="Hard", x=PHASES, y=hard, marker_color=HARD_COLOUR),
            go.Bar(name="Zacht", x=PHASES, y=soft, marker_color=SOFT_COLOUR),
        ],
        layout=_layout(title, barmode="stack", yaxis_title="woningen"),
    )
    rows = tuple((p, _number(h), _number(s)) for p, h, s in zip(PHASES, hard, soft, strict=True))
    summary = f"{area}: {_number(sum(hard))} woningen hard en {_number(sum(soft))} zacht in plannen."
    return Chart(chart_id, title, ("Fase", "Hard", "Zacht"), rows, summary, figure)


def segment_chart(chart_id: str, area: str, figures: dict) -> Chart:
    values = [figures.get("segments", {}).get(key, 0) for key, _ in SEGMENTS]
    labels = [label for _, label in SEGMENTS]
    title = f"Woningen naar prijssegment, {area}"
    figure = go.Figure(
        go.Bar(x=labels, y=values, marker_color=HARD_COLOUR), layout=_layout(title, yaxis_title="woningen")
    )
    rows = tuple((label, _number(v)) for label, v in zip(labels, values, strict=True))
    summary = f"{area}: verdeling van {_number(sum(values))} woningen over de prijssegmenten."
    return Chart(chart_id, title, ("Prijssegment", "Woningen"), rows, summary, figure)


def status_chart(chart_id: str, area: str, figures: dict) -> Chart:
    values = [figures.get(key, 0) for key, _ in STATUSES]
    labels = [label for _, label in STATUSES]
    title = f"Woningen naar planstatus, {area}"
    figure = go.Figure(
        go.Bar(x=labels, y=values, marker_color=HARD_COLOUR), layout=_layout(title, yaxis_title="woningen")
    )
    rows = tuple((label, _number(v)) for label, v in zip(labels, values, strict=True))
    return Chart(
        chart_id, title, ("Planstatus", "Woningen"), rows, f"{area}: woningen per planstatus.", figure
    )


def parts_chart(chart_id: str, title: str, first_header: str, parts: list[tuple[str, dict]]) -> Chart:
    """Hard and soft capacity of the parts of an area (subregions of the region, municipalities of a subregion)."""
    names = [name for name, _ in parts]
    hard = [f.get("hard", 0) for _, f in parts]
    soft = [f.get("soft", 0) for _, f in parts]
    figure = go.Figure(
        [
            go.Bar(name="Hard", y=names, x=hard, orientation="h", marker_color=HARD_COLOUR),
            go.Bar(name="Zacht", y=names, x=soft, orientation="h", marker_color=SOFT_COLOUR),
        ],
        layout=_layout(title, barmode="stack", xaxis_title="woningen", yaxis=dict(autorange="reversed")),
    )
    rows = tuple(
        (name, _number(h), _number(s), _number(h + s)) for name, h, s in zip(names, hard, soft, strict=True)
    )
    summary = f"{title}: bijdrage van {len(parts)} delen aan de plancapaciteit."
    return Chart(chart_id, title, (first_header, "Hard", "Zacht", "Totaal"), rows, summary, figure)


def goals_chart(chart_id: str, parts: list[tuple[str, dict]], targets: dict[str, float]) -> Chart:
    names = [name for name, _ in parts]
    affordable = [f.get("affordable_soft_share") for _, f in parts]
    circular = [f.get("circular_share") for _, f in parts]
    title = "Betaalbaar en circulair bouwen ten opzichte van de doelen"
    figure = go.Figure(
        [
            go.Bar(name="Betaalbaar aandeel zacht (%)", x=names, y=[v or 0 for v in affordable]),
            go.Bar(name="Circulair aandeel (%)", x=names, y=[v or 0 for v in circular]),
        ],
        layout=_layout(title, barmode="group", yaxis_title="procent", yaxis_range=[0, 100]),
    )
    for name, value in targets.items():
        figure.add_hline(y=value, line_dash="dash", annotation_text=f"doel {name} {value:.0f}%")
    rows = tuple((n, _share(a), _share(c)) for n, a, c in zip(names, affordable, circular, strict=True))
    summary = (
        "Aandeel betaalbaar in de zachte plancapaciteit en aandeel circulair, per gebied, met de doelen."
    )
    return Chart(chart_id, title, ("Gebied", "Betaalbaar (zacht)", "Circulair"), rows, summary, figure)


def key_figures(figures: dict) -> tuple[tuple[str, str], ...]:
    return (
        ("Plannen", _number(figures.get("plans"))),
        ("Woningen in plannen", _number(figures.get("homes"))),
        ("Hard", _number(figures.get("hard"))),
        ("Zacht", _number(figures.get("soft"))),
        ("Betaalbaar aandeel van de zachte capaciteit", _share(figures.get("affordable_soft_share"))),
        ("Circulair aandeel", _share(figures.get("circular_share"))),
    )


def build_dashboard(period: Period) -> DashboardSection:
    """The region and every subregion from the committed import's indicators (3–4 queries)."""
    current = MonitorImport.objects.filter(state=MonitorImport.State.COMMITTED).first()
    if current is None:
        return DashboardSection(source="", areas=[])
    indicators = list(
        Indicator.objects.filter(monitor_import=current, level__in=["regio", "subregio", "gemeente"])
        .select_related("subregion", "municipality__subregion")
        .order_by()
    )
    targets = {
        t.code: float(t.value) for t in Target.objects.filter(code__in=["affordable-share", "circular-share"])
    }
    target_names = {"betaalbaar": targets.get("affordable-share"), "circulair": targets.get("circular-share")}
    region = next((i.figures for i in indicators if i.level == "regio"), {})
    subregions = sorted(
        ((i.subregion.name, i.subregion.slug, i.figures) for i in indicators if i.level == "subregio"),
    )
    municipalities = sorted(
        (i.municipality.subregion_id and i.municipality.subregion.name, i.municipality.name, i.figures)
        for i in indicators
        if i.level == "gemeente"
    )
    areas = [
        Area(
            "Regio Arnhem-Nijmegen",
            key_figures(region),
            [
                status_chart("regio-status", "regio", region),
                phase_chart("regio-fasering", "regio", region),
                segment_chart("regio-segmenten", "regio", region),
                parts_chart(
                    "regio-subregios",
                    "Plancapaciteit per subregio",
                    "Subregio",
                    [(name, figures) for name, _, figures in subregions],
                ),
                goals_chart(
                    "regio-doelen",
                    [("Regio", region)] + [(name, figures) for name, _, figures in subregions],
                    {k: v for k, v in target_names.items() if v is not None},
                ),
            ],
        )
    ]
    for name, slug, figures in subregions:
        members = [(m, f) for sub, m, f in municipalities if sub == name]
        areas.append(
            Area(
                f"Subregio {name}",
                key_figures(figures),
                [
                    phase_chart(f"{slug}-fasering", name, figures),
                    parts_chart(
                        f"{slug}-gemeenten", f"Plancapaciteit per gemeente, {name}", "Gemeente", members
                    ),
                ],
            )
        )
    source = f"{current.filename}, peildatum {current.peildatum:%d-%m-%Y}"
    return DashboardSection(source=source, areas=areas)
