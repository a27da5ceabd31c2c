"""Which monitor figures belong in which pillar's factsheet: the one place that maps pillars to indicators.

The figures are the region's, from the current sources side by side (``monitor.dashboard.region_figures``, as
the dashboard shows them; see the Indicator docstring in ``monitor/models.py`` for the keys). A figure no
current source provides reads "onbekend" with the reason, never 0 %. Pillars without monitor figures get none.
"""

from dataclasses import dataclass
from datetime import date

from agreements.formatting import UNKNOWN, format_number
from monitor.dashboard import GROUP_OF, current_sources, region_figures, why_unknown


@dataclass(frozen=True)
class FigureSpec:
    label: str
    key: str
    unit: str  # "woningen", "%" or "doelgroepen" (a dict of homes per target group)


PILLAR_FIGURES: dict[int, tuple[FigureSpec, ...]] = {
    1: (
        FigureSpec("Woningen in plannen", "homes", "woningen"),
        FigureSpec("Harde plancapaciteit", "hard", "woningen"),
        FigureSpec("Zachte plancapaciteit", "soft", "woningen"),
        FigureSpec("In aanbouw", "in_aanbouw", "woningen"),
        FigureSpec("Opgeleverd", "opgeleverd", "woningen"),
    ),
    2: (
        FigureSpec("Betaalbaar aandeel van de zachte plancapaciteit", "affordable_soft_share", "%"),
        FigureSpec("Betaalbare woningen in zachte plannen", "soft_affordable", "woningen"),
    ),
    3: (
        FigureSpec("Circulair aandeel van de plannen", "circular_share", "%"),
        FigureSpec("Circulair te bouwen woningen", "circular", "woningen"),
        FigureSpec("Conceptueel te bouwen woningen", "conceptual", "woningen"),
    ),
    6: (
        FigureSpec("Flexwoningen", "flexible", "woningen"),
        FigureSpec("Woningen voor doelgroep", "target_groups", "doelgroepen"),
    ),
}


@dataclass(frozen=True)
class MonitorFigures:
    """The region's figures of the current committed import."""

    peildatum: date
    filename: str
    figures: dict


@dataclass(frozen=True)
class IndicatorFigure:
    label: str
    value: str
    source: str = ""  # "plancapaciteit per gemeente (provinciaal), peildatum 1-4-2021"


def current_region_figures() -> MonitorFigures | None:
    """The region's figures of the current sources (the newest source's peildatum and file name)."""
    sources = current_sources()
    if not sources:
        return None
    return MonitorFigures(sources[0].peildatum, sources[0].filename, region_figures(sources))


def format_value(value, unit: str) -> str:
    if value is None:
        return UNKNOWN
    if unit == "%":
        return f"{format_number(float(value), decimals=1)} %"
    return f"{format_number(value)} woningen"


def pillar_figures(pillar_number: int, monitor: MonitorFigures | None) -> tuple[IndicatorFigure, ...]:
    if monitor is None:
        return ()
    lines: list[IndicatorFigure] = []
    for spec in PILLAR_FIGURES.get(pillar_number, ()):
        value = monitor.figures.get(spec.key)
        source = (monitor.figures.get("sources") or {}).get(GROUP_OF.get(spec.key, ""), "")
        if value is None:
            text = f"onbekend ({why_unknown(monitor.figures, spec.key)})"
            lines.append(IndicatorFigure(spec.label, text))
        elif spec.unit == "doelgroepen":
            for group, homes in sorted(value.items()):
                lines.append(
                    IndicatorFigure(f"{spec.label} {group}", format_value(homes, "woningen"), source)
                )
        else:
            lines.append(IndicatorFigure(spec.label, format_value(value, spec.unit), source))
    return tuple(lines)
