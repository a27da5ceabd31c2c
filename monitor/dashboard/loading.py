"""Reading the stored data of a scope: indicators of the current import, timeline, completions, lights."""

from __future__ import annotations

from django.db.models import Count, Q, Sum

from agreements.models import Period, Pillar, TrafficLight
from monitor.models import Indicator, MonitorImport, YearlyCompletion

from .figures import REALISED_FROM_YEAR, SUPERSEDED_OR_CURRENT, Level, complete_figures
from .types import PillarLights, TimelinePoint


def current_import() -> MonitorImport | None:
    return MonitorImport.objects.filter(state=MonitorImport.State.COMMITTED).defer("content").first()


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


def load_indicators(monitor_import: MonitorImport | None, level: str, obj) -> dict:
    if monitor_import is None:
        return {}
    rows = Indicator.objects.filter(_scope_filter(level, obj), monitor_import=monitor_import).only(
        "level", "subregion_id", "municipality_id", "location_id", "figures"
    )
    return {_indicator_key(row): complete_figures(row.figures) for row in rows}


def timeline_of(level: str, obj) -> list[TimelinePoint]:
    scope = {Level.SUBREGIO: "subregion", Level.GEMEENTE: "municipality", Level.LOCATIE: "location"}
    lookup = {scope[level]: obj} if level in scope else {}
    rows = (
        Indicator.objects.filter(level=level, monitor_import__state__in=SUPERSEDED_OR_CURRENT, **lookup)
        .select_related("monitor_import")
        .only("figures", "monitor_import__peildatum", "monitor_import__state", "monitor_import__filename")
        .order_by("monitor_import__peildatum", "monitor_import__uploaded_at")
    )
    return [
        TimelinePoint(
            peildatum=row.monitor_import.peildatum,
            label=f"{row.monitor_import.peildatum:%d-%m-%Y}",
            is_current=row.monitor_import.state == MonitorImport.State.COMMITTED,
            figures=complete_figures(row.figures),
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
    in_period = Q(agreements__statuses__period=period)
    counts = {
        colour: Count("agreements__statuses", filter=in_period & Q(agreements__statuses__colour=colour))
        for colour in TrafficLight.values
    }
    pillars = Pillar.objects.annotate(total=Count("agreements", distinct=True), **counts)
    result = []
    for pillar in pillars:
        colours = {colour: getattr(pillar, colour) if period else 0 for colour in TrafficLight.values}
        colours["none"] = pillar.total - sum(colours.values())
        result.append(PillarLights(pillar.number, pillar.name, pillar.total, colours))
    return result
