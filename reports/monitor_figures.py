"""Which monitor figures belong in which pillar's factsheet: the one place that maps pillars to indicators.

The figures come from the region ``Indicator`` row of the current committed monitor import (see the Indicator
docstring in ``monitor/models.py`` for the keys). Pillars without measurable monitor figures get none.
"""

from dataclasses import dataclass
from datetime import date

from monitor.models import Indicator, MonitorImport


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


def current_region_figures() -> MonitorFigures | None:
    row = (
        Indicator.objects.filter(
            monitor_import__state=MonitorImport.State.COMMITTED, level=Indicator.Level.REGIO
        )
        .select_related("monitor_import")
        .only("figures", "monitor_import__peildatum", "monitor_import__filename")
        .first()
    )
    if row is None:
        return None
    return MonitorFigures(row.monitor_import.peildatum, row.monitor_import.filename, row.figures or {})


def format_number(value) -> str:
    return f"{int(value):,}".replace(",", ".")


def format_value(value, unit: str) -> str:
    if value is None:
        return "onbekend"
    if unit == "%":
        return f"{float(value):.1f}".replace(".", ",") + " %"
    return f"{format_number(value)} woningen"


def pillar_figures(pillar_number: int, monitor: MonitorFigures | None) -> tuple[IndicatorFigure, ...]:
    if monitor is None:
        return ()
    lines: list[IndicatorFigure] = []
    for spec in PILLAR_FIGURES.get(pillar_number, ()):
        value = monitor.figures.get(spec.key)
        if spec.unit == "doelgroepen":
            for group, homes in sorted((value or {}).items()):
                lines.append(IndicatorFigure(f"{spec.label} {group}", format_value(homes, "woningen")))
        else:
            lines.append(IndicatorFigure(spec.label, format_value(value, spec.unit)))
    return tuple(lines)
