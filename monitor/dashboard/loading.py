"""Reading the stored data of a scope: indicators of the current import, timeline, completions, lights."""

from __future__ import annotations

from django.db.models import Q, Sum

from agreements.lights import LightCounts
from agreements.models import Agreement, Period, Pillar
from monitor.models import Indicator, MonitorImport, YearlyCompletion

from .figures import REALISED_FROM_YEAR, SUPERSEDED_OR_CURRENT, Level
from .sources import levels_of, merge_figures
from .types import PillarLights, TimelinePoint


class ScopeFigures(dict):
    """(level, scope id) → merged figures; a scope without stored rows reads as what the sources say of it
    (unknown where no source covers it), never as zeros."""

    def __init__(self, sources: list[MonitorImport]):
        super().__init__()
        self.sources = sources

    def __missing__(self, key: tuple[str, int | None]) -> dict:
        return merge_figures(key[0], {}, self.sources)


def _scope_filter(level: str, obj) -> Q:
    """Indicators of the scope itself and of everything inside it."""
    if level == Level.REGIO:
        return Q()
    if level == Level.SUBREGIO:
        return (
            Q(level=Level.SUBREGIO, subregion=obj)
            | Q(level=Level.GEMEENTE, municipality__subregion=obj)
            | Q(level=Level.LOCATIE, location__municipality__subregion=obj)
        )
    if level == Level.GEMEENTE:
        return Q(level=Level.GEMEENTE, municipality=obj) | Q(level=Level.LOCATIE, location__municipality=obj)
    return Q(level=Level.LOCATIE, location=obj)


def _indicator_key(indicator: Indicator) -> tuple[str, int | None]:
    scope_id = {
        Level.REGIO: None,
        Level.SUBREGIO: indicator.subregion_id,
        Level.GEMEENTE: indicator.municipality_id,
        Level.LOCATIE: indicator.location_id,
    }[indicator.level]
    return (indicator.level, scope_id)


def load_indicators(sources: list[MonitorImport], level: str, obj) -> ScopeFigures:
    """The figures of the scope and everything inside it, each group from its current source."""
    result = ScopeFigures(sources)
    if not sources:
        return result
    rows = Indicator.objects.filter(_scope_filter(level, obj), monitor_import__in=sources).only(
        "monitor_import_id", "level", "subregion_id", "municipality_id", "location_id", "figures"
    )
    found: dict[tuple, dict[int, dict]] = {}
    for row in rows:
        found.setdefault(_indicator_key(row), {})[row.monitor_import_id] = row.figures
    for key, by_import in found.items():
        result[key] = merge_figures(key[0], by_import, sources)
    return result


def region_figures(sources: list[MonitorImport]) -> dict:
    """The region's figures from the current sources side by side (two queries at most)."""
    rows = Indicator.objects.filter(level=Level.REGIO, monitor_import__in=sources).only(
        "monitor_import_id", "figures"
    )
    return merge_figures(Level.REGIO, {row.monitor_import_id: row.figures for row in rows}, sources)


def timeline_of(level: str, obj) -> list[TimelinePoint]:
    scope = {Level.SUBREGIO: "subregion", Level.GEMEENTE: "municipality", Level.LOCATIE: "location"}
    lookup = {scope[level]: obj} if level in scope else {}
    layouts = [layout for layout in MonitorImport.Layout.values if level in levels_of(layout)]
    rows = (
        Indicator.objects.filter(
            level=level,
            monitor_import__state__in=SUPERSEDED_OR_CURRENT,
            monitor_import__layout__in=layouts,
            **lookup,
        )
        .select_related("monitor_import")
        .only(
            "figures",
            "monitor_import__peildatum",
            "monitor_import__state",
            "monitor_import__filename",
            "monitor_import__layout",
            "monitor_import__committed_at",
        )
        .order_by("monitor_import__peildatum", "monitor_import__uploaded_at")
    )
    return [
        TimelinePoint(
            peildatum=row.monitor_import.peildatum,
            label=f"{row.monitor_import.peildatum:%d-%m-%Y}",
            source=row.monitor_import.get_layout_display(),
            is_current=row.monitor_import.state == MonitorImport.State.COMMITTED,
            figures=merge_figures(level, {row.monitor_import_id: row.figures}, [row.monitor_import]),
        )
        for row in rows
    ]


def completions_by_municipality(until_year: int) -> dict[int, int]:
    rows = (
        YearlyCompletion.objects.filter(year__gte=REALISED_FROM_YEAR, year__lte=until_year)
        .values("municipality_id")
        .annotate(total=Sum("homes"))
    )
    return {row["municipality_id"]: row["total"] for row in rows}


def pillar_lights_of(period: Period | None) -> list[PillarLights]:
    """The lights per pillar in ``period``, counted as every page counts them (``light_counts``)."""
    counts = Agreement.objects.light_counts(period)
    return [
        PillarLights(pillar.number, pillar.name, counts.get(pillar.pk, LightCounts()))
        for pillar in Pillar.objects.all()
    ]
