"""The dashboard builder: plain data (numbers, labels, tables) for one scope of the monitor.

A scope is the region, a subregion, a municipality or a location. Everything comes from stored data: the
indicators of the current committed import (never recomputed from plans per request), the Target rows,
the traffic lights of the current period and the yearly completions. The pages and the PDF report both
read a ``Dashboard``; ``monitor.charts.charts_for`` turns one into charts with their tables.
"""

from .builder import build_dashboard, scope_url
from .figures import (
    AFFORDABLE_SEGMENTS,
    GOALS,
    PHASES,
    SEGMENTS,
    STATUSES,
    complete_figures,
    empty_figures,
)
from .loading import region_figures
from .sources import GROUP_OF, current_sources, merge_figures, why_unknown
from .types import Dashboard, GoalRow, Link, MapPoint, PillarLights, ScopeRow, TargetRow, TimelinePoint

__all__ = [
    "AFFORDABLE_SEGMENTS",
    "GOALS",
    "PHASES",
    "SEGMENTS",
    "STATUSES",
    "Dashboard",
    "GoalRow",
    "Link",
    "MapPoint",
    "PillarLights",
    "ScopeRow",
    "TargetRow",
    "TimelinePoint",
    "build_dashboard",
    "complete_figures",
    "GROUP_OF",
    "current_sources",
    "empty_figures",
    "merge_figures",
    "region_figures",
    "scope_url",
    "why_unknown",
]
