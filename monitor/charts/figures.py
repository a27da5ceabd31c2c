"""Charts of quantities: traffic lights, targets, plan capacity by status and segment, contributions, timeline."""

from __future__ import annotations

from agreements.formatting import format_number
from agreements.lights import KEYS, SHORT_LABELS

from ..dashboard import PHASES, SEGMENTS, STATUSES, Dashboard, why_unknown
from .chart import Chart, rows_layout
from .style import LIGHT_STYLE, PRIMARY, TEXT, light_bar, status_bar, status_line


def status_chart(d: Dashboard) -> Chart:
    f = d.figures
    rows = []
    for key, label in STATUSES:
        phases = f.get(f"{key}_by_phase")
        rows.append([label, f[key], *([phases[p] for p in PHASES] if phases else ["" for _ in PHASES])])
    unknown = [label.lower() for key, label in STATUSES if f[key] is None]
    data = [
        {"type": "bar", "name": label, "x": [label], "y": [f[key]], "marker": status_bar(key)}
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
        summary=f"Woningen in plannen: {summary}."
        + (f" Onbekend ({', '.join(unknown)}): {why_unknown(f, 'opgeleverd')}." if unknown else ""),
    )


def segment_chart(d: Dashboard) -> Chart:
    segments = d.figures["segments"]
    if segments is None:
        return Chart(
            id="segmenten",
            title="Woningen naar prijssegment",
            data=[],
            layout={},
            headers=["Prijssegment", "Woningen", "Aandeel (%)"],
            rows=[[label, None, None] for key, label in SEGMENTS if key != "onbekend"],
            summary=f"Prijssegmenten onbekend: {why_unknown(d.figures, 'segments')}.",
        )
    total = sum(segments.values())
    rows = [
        [label, segments[key], round(100 * segments[key] / total, 1) if total else None]
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
                "marker": {"color": PRIMARY},
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


def target_chart(d: Dashboard) -> Chart:
    rows = [[t.label, t.value, t.unit, t.target_label, t.progress, _met(t.met)] for t in d.targets]
    return Chart(
        id="doelen",
        title="Voortgang ten opzichte van de doelen van de Woondeal",
        data=[_target_bars(d.targets)],
        layout=_target_layout(d.targets),
        headers=["Doel", "Stand", "Eenheid", "Doelwaarde", "% van het doel", "Gehaald"],
        rows=rows,
        summary="; ".join(
            f"{t.label}: {format_number(t.value)} {t.unit} (doel {t.target_label})" for t in d.targets
        )
        or "Er zijn geen doelen vastgelegd voor dit niveau.",
    )


def _target_bars(targets) -> dict:
    """One bar per target, labelled with its percentage and whether it is met (never by colour alone);
    an unknown value gets no bar, only the word "onbekend"."""
    texts = [
        "onbekend" if t.progress is None else f"{format_number(t.progress)} % · {_met_word(t.met)}"
        for t in targets
    ]
    return {
        "type": "bar",
        "orientation": "h",
        "y": [t.label for t in targets],
        "x": [t.progress if t.progress is not None else 0 for t in targets],
        "text": texts,
        "textposition": "outside",
        "cliponaxis": False,
        "marker": {
            "color": [LIGHT_STYLE["groen"][0] if t.met else "#c87d0e" for t in targets],
            "pattern": {"shape": ["" if t.met else "/" for t in targets], "fgcolor": "#ffffff"},
        },
        "name": "Percentage van het doel",
        "hoverinfo": "y+text",
    }


def _target_layout(targets) -> dict:
    line = {"color": TEXT, "dash": "dash"}
    return {
        "showlegend": False,
        "xaxis": {
            "title": {"text": "% van het doel (stippellijn: doel gehaald)"},
            "range": [0, max([130, *[1.25 * (t.progress or 0) for t in targets]])],
        },
        "yaxis": {"automargin": True, "autorange": "reversed"},
        "shapes": [{"type": "line", "x0": 100, "x1": 100, "y0": 0, "y1": 1, "yref": "paper", "line": line}],
    }


def _met_word(met: bool | None) -> str:
    return "gehaald" if met else "nog niet gehaald"


def _met(met: bool | None) -> str:
    return "onbekend" if met is None else ("ja" if met else "nee")


def contribution_chart(d: Dashboard, chart_id: str, title: str, rows_in) -> Chart:
    names = [row.name for row in rows_in]
    data = [
        {
            "type": "bar",
            "orientation": "h",
            "name": label,
            "y": names,
            "x": [row.figures[key] for row in rows_in],
            "marker": status_bar(key),
        }
        for key, label in STATUSES
    ]
    rows = [
        [
            row.name,
            *[row.figures[key] for key, _ in STATUSES],
            "" if row.realised is None else row.realised,
            row.figures["affordable_soft_share"],
            row.figures["circular_share"],
        ]
        for row in rows_in
    ]
    known = [row for row in rows_in if row.figures["hard"] is not None]
    largest = max(known, key=lambda r: r.figures["hard"] + r.figures["soft"], default=None)
    summary = (
        f"{len(rows_in)} onderdelen; de grootste plancapaciteit (hard en zacht) heeft {largest.name} met "
        f"{format_number(largest.figures['hard'] + largest.figures['soft'])} woningen."
        if largest
        else f"Plancapaciteit onbekend: {why_unknown(rows_in[0].figures, 'hard')}."
        if rows_in
        else "Geen onderdelen op dit niveau."
    )
    return Chart(
        id=chart_id,
        title=title,
        data=data,
        layout={
            "barmode": "stack",
            **rows_layout(len(names), per_row=28, base=120),
            "xaxis": {"title": {"text": "woningen"}},
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


def timeline_chart(d: Dashboard) -> Chart:
    labels = [point.label for point in d.timeline]
    data = [
        {
            "type": "scatter",
            "mode": "lines+markers",
            "name": label,
            "x": labels,
            "y": [point.figures[key] for point in d.timeline],
            **status_line(key),
        }
        for key, label in STATUSES
    ]
    rows = [
        [
            p.label,
            *[p.figures[key] for key, _ in STATUSES],
            p.source,
            "actueel" if p.is_current else "vervangen",
        ]
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
        headers=["Peildatum", *[label for _, label in STATUSES], "Bron", "Import"],
        rows=rows,
        summary=summary,
    )


def lights_chart(d: Dashboard) -> Chart:
    names = [f"Pijler {p.number}" for p in d.pillar_lights]
    data = [
        {
            "type": "bar",
            "orientation": "h",
            "name": SHORT_LABELS[key],
            "y": names,
            "x": [p.lights[key] for p in d.pillar_lights],
            "marker": light_bar(key),
        }
        for key in KEYS
    ]
    totals = {key: sum(p.lights[key] for p in d.pillar_lights) for key in KEYS}
    carried = sum(p.lights.carried_over for p in d.pillar_lights)
    period = d.period.label if d.period else "geen periode"
    summary = ", ".join(f"{SHORT_LABELS[key].lower()}: {n}" for key, n in totals.items()) + f" ({period})."
    if carried:
        summary += f" Waarvan {carried} overgenomen uit een eerder halfjaar (niet opnieuw beoordeeld)."
    return Chart(
        id="stoplichten",
        title=f"Stoplichten van de afspraken per pijler ({period})",
        data=data,
        layout={
            "barmode": "stack",
            "yaxis": {"autorange": "reversed"},
            "xaxis": {"title": {"text": "afspraken"}},
        },
        headers=["Pijler", "Naam", "Afspraken", *SHORT_LABELS.values(), "Waarvan overgenomen"],
        rows=[[p.number, p.name, p.total, *p.lights.cells, p.lights.carried_over] for p in d.pillar_lights],
        summary=summary,
    )
