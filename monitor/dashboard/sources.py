"""Sources side by side: which current import each figure comes from, and why a figure is unknown.

An aggregate import (plan capacity per municipality, the provincial workbook) and a plan-level import are
different sources. The most recent committed import of each kind stays current, so committing one never
erases what only the other provides. Per scope, each group of figures comes from the newest current source
that provides it at that level; a group that no current source provides is ``None`` ("onbekend"), with the
reason, never zero. ``merge_figures`` is the one function that decides this: the dashboard, the factsheets
and the report all read figures through it.
"""

from __future__ import annotations

from monitor.models import Indicator, MonitorImport

from .figures import complete_figures

Layout = MonitorImport.Layout
Level = Indicator.Level

# The figure keys of the Indicator contract, grouped by what a source must contain to provide them.
GROUPS: dict[str, tuple[str, ...]] = {
    "capacity": ("plans", "homes", "hard", "soft", "hard_by_phase", "soft_by_phase"),
    "progress": ("in_aanbouw", "opgeleverd"),
    "segments": ("segments", "soft_affordable", "affordable_soft_share"),
    "goals": (
        "circular",
        "conceptual",
        "flexible",
        "circular_share",
        "conceptual_share",
        "flexible_share",
        "target_groups",
    ),
}
GROUP_OF = {key: group for group, keys in GROUPS.items() for key in keys}
GROUP_NAMES = {
    "capacity": "plancapaciteit",
    "progress": "woningen in aanbouw en opgeleverd",
    "segments": "prijssegmenten",
    "goals": "circulair, conceptueel, flexwonen en doelgroepen",
}
ALL_LEVELS = frozenset(Level.values)
# What each kind of source contains, and at which levels.
PROVIDES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    Layout.PLANS: (frozenset(GROUPS), ALL_LEVELS),
    Layout.PROVINCIAL: (frozenset({"capacity"}), frozenset({Level.REGIO, Level.SUBREGIO, Level.GEMEENTE})),
}


def provides(layout: str, group: str, level: str) -> bool:
    groups, levels = PROVIDES[layout]
    return group in groups and level in levels


def levels_of(layout: str) -> frozenset[str]:
    return PROVIDES[layout][1]


def current_sources() -> list[MonitorImport]:
    """The current import of each kind, newest peildatum first (the newest source wins a shared figure)."""
    return list(
        MonitorImport.objects.filter(state=MonitorImport.State.COMMITTED)
        .defer("content")
        .order_by("-peildatum", "-committed_at", "-pk")
    )


def unknown_reason(group: str, level: str, sources: list[MonitorImport]) -> str:
    if not sources:
        return "er is nog geen bevestigde monitorimport"
    if level == Level.LOCATIE:
        return "geen actuele bron telt plannen per locatie (alleen een import op planniveau doet dat)"
    kinds = ", ".join(source.get_layout_display().lower() for source in sources)
    return f"de actuele bron ({kinds}) bevat geen {GROUP_NAMES[group]}; alleen een import op planniveau levert die"


def merge_figures(level: str, found: dict[int, dict], sources: list[MonitorImport]) -> dict:
    """The figures of one scope from the rows ``found`` (import id → stored figures) of the current sources.

    Every documented key is present; a key no source provides is ``None``. ``figures["sources"]`` names the
    source of each group (``{"capacity": "…, peildatum 1-4-2021"}``), ``figures["unknown"]`` the reason
    each missing group is unknown.
    """
    result: dict = {"sources": {}, "unknown": {}}
    for group, keys in GROUPS.items():
        source = next((s for s in sources if provides(s.layout, group, level)), None)
        if source is None:
            result.update(dict.fromkeys(keys))
            result["unknown"][group] = unknown_reason(group, level, sources)
            continue
        figures = complete_figures(found.get(source.pk))
        result.update({key: figures[key] for key in keys})
        result["sources"][group] = source.source_label
    return result


def why_unknown(figures: dict, key: str) -> str:
    """The reason a figure is unknown: its group's reason, or (a share over nothing) that nothing is counted."""
    group = GROUP_OF.get(key, "")
    if reason := (figures.get("unknown") or {}).get(group):
        return reason
    if key == "affordable_soft_share":
        return "geen zachte plannen met een bekend prijssegment"
    return "er zijn geen woningen in plannen om een aandeel van te berekenen"
