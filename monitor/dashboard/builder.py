"""Building the dashboard of one scope (region, subregion, municipality or location)."""

from __future__ import annotations

import functools

from django.urls import reverse

from agreements.models import Period
from monitor.models import Location, MonitorSettings, Municipality, Subregion, Target

from .figures import AFFORDABLE_SEGMENTS, REALISED_FROM_YEAR, Level
from .loading import (
    completions_by_municipality,
    load_indicators,
    pillar_lights_of,
    region_figures,
    timeline_of,
)
from .sources import current_sources
from .targets import build_targets
from .types import Dashboard, GoalRow, Link, MapPoint, ScopeRow, TargetRow

TARGET_CODES = ["homes-2025", "plan-stock-2030", "need-per-year", "affordable-share", "circular-share"]


def scope_url(obj=None) -> str:
    """The dashboard URL of a subregion, municipality or location (the region without one)."""
    if isinstance(obj, Subregion):
        return _url("monitor:subregion", obj.slug)
    if isinstance(obj, Municipality):
        return _url("monitor:municipality", obj.cbs_code)
    if isinstance(obj, Location):
        return _url("monitor:location", obj.pk)
    return _url("monitor:dashboard", None)


@functools.lru_cache(maxsize=4096)
def _url(name: str, key) -> str:  # a region page links hundreds of scopes: reverse each once
    return reverse(name, args=[] if key is None else [key])


class _Realised:
    """Homes realised per scope, from the yearly completions or from completed plans, as the core team chose."""

    def __init__(self, *, source: str, until_year: int, municipalities: list[Municipality]):
        self.use_completions = source == MonitorSettings.RealisedSource.COMPLETIONS
        self.by_municipality = completions_by_municipality(until_year) if self.use_completions else {}
        self.municipalities = municipalities

    def of(self, level: str, obj, figures: dict) -> int | None:
        if not self.use_completions or level == Level.LOCATIE:  # None when no source counts completions
            return figures["opgeleverd"]
        if not self.by_municipality:
            return None
        if level == Level.GEMEENTE:
            return self.by_municipality.get(obj.pk, 0)
        members = [m for m in self.municipalities if level == Level.REGIO or m.subregion_id == obj.pk]
        return sum(self.by_municipality.get(m.pk, 0) for m in members)


def _scope(subregion, municipality, location) -> tuple[str, object | None]:
    if location is not None:
        return Level.LOCATIE, location
    if municipality is not None:
        return Level.GEMEENTE, municipality
    if subregion is not None:
        return Level.SUBREGIO, subregion
    return Level.REGIO, None


def _breadcrumbs(level: str, obj) -> list[Link]:
    chain = [Link("Regio Arnhem-Nijmegen", scope_url())]
    if level == Level.REGIO:
        return chain
    municipality = obj.municipality if level == Level.LOCATIE else obj
    subregion = obj if level == Level.SUBREGIO else municipality.subregion
    for item in (subregion, municipality if level != Level.SUBREGIO else None, obj):
        if item is not None and item.name not in [link.name for link in chain]:
            chain.append(Link(item.name, scope_url(item)))
    return chain


def _in_scope(level: str, obj):
    municipalities = Municipality.objects.select_related("subregion")
    locations = Location.objects.select_related("municipality")
    if level == Level.SUBREGIO:
        municipalities = municipalities.filter(subregion=obj)
        locations = locations.filter(municipality__subregion=obj)
    elif level == Level.GEMEENTE:
        municipalities = municipalities.filter(pk=obj.pk)
        locations = locations.filter(municipality=obj)
    elif level == Level.LOCATIE:
        municipalities = municipalities.filter(pk=obj.municipality_id)
        locations = locations.filter(pk=obj.pk)
    return list(municipalities), list(locations)


def _goal_row(location: Location, figures: dict) -> GoalRow:
    if figures["plans"] and figures["segments"] is not None:
        segments = figures["segments"]
        values = {
            "affordable": sum(segments[key] for key in AFFORDABLE_SEGMENTS),
            "circular": figures["circular"],
            "conceptual": figures["conceptual"],
            "flexible": figures["flexible"],
            "target_groups": ", ".join(sorted(k for k, v in figures["target_groups"].items() if v)),
        }
        homes, source = figures["homes"], "monitor"
    else:
        values = {
            "affordable": location.affordable_homes,
            "circular": location.circular_homes,
            "conceptual": location.conceptual_homes,
            "flexible": location.flexible_homes,
            "target_groups": location.target_groups,
        }
        homes, source = location.planned_homes, "locatieregister"
    url = scope_url(location)
    return GoalRow(location.name, url, location.municipality.name, homes, values, source)


def _map_points(municipalities, locations, indicators) -> list[MapPoint]:
    points = [
        MapPoint(
            m.name,
            scope_url(m),
            "Gemeente",
            m.name,
            float(m.latitude),
            float(m.longitude),
            indicators[(Level.GEMEENTE, m.pk)]["homes"],
            boundary=m.boundary,
        )
        for m in municipalities
    ]
    for loc in locations:
        if loc.latitude is None or loc.longitude is None:
            continue
        figures = indicators[(Level.LOCATIE, loc.pk)]
        homes = figures["homes"] if figures["plans"] else loc.planned_homes
        points.append(
            MapPoint(
                loc.name,
                scope_url(loc),
                loc.get_kind_display(),
                loc.municipality.name,
                float(loc.latitude),
                float(loc.longitude),
                homes,
            )
        )
    return points


def _contributions(level, obj, municipalities, locations, indicators, realised) -> list:
    def rows(level_of_child, children):
        result = []
        for child in children:
            figures = indicators[(level_of_child, child.pk)]
            result.append(
                ScopeRow(child.name, scope_url(child), figures, realised.of(level_of_child, child, figures))
            )
        return result

    if level == Level.REGIO:
        return [
            ("subregios", "Bijdrage per subregio", rows(Level.SUBREGIO, Subregion.objects.all())),
            ("gemeenten", "Bijdrage per gemeente", rows(Level.GEMEENTE, municipalities)),
        ]
    if level == Level.SUBREGIO:
        return [("gemeenten", "Bijdrage per gemeente", rows(Level.GEMEENTE, municipalities))]
    if level == Level.GEMEENTE:
        return [("locaties", "Bijdrage per locatie", rows(Level.LOCATIE, locations))]
    return []


def _linked(location: Location, period: Period | None, user) -> tuple[list, list]:
    agreements = list(location.agreements.with_latest_status(period).select_related("pillar"))
    # Only the tafels this user may open (Tempotafel.objects.for_user, reached through the reverse relation).
    tafels = list(location.tempotafels.for_user(user)) if user is not None else []
    return agreements, tafels


def build_dashboard(
    *, subregion=None, municipality=None, location=None, period: Period | None = None, user=None
) -> Dashboard:
    """The dashboard of one scope (the region when no scope is given), with the lights of ``period`` (by
    default the current half year). A location's Tempotafels are listed only as far as ``user`` may see them
    (none without a user)."""
    level, obj = _scope(subregion, municipality, location)
    sources = current_sources()
    indicators = load_indicators(sources, level, obj)
    figures = indicators[(level, getattr(obj, "pk", None))]
    targets = {t.code: t for t in Target.objects.filter(code__in=TARGET_CODES)}
    municipalities, locations = _in_scope(level, obj)
    monitor_settings = MonitorSettings.get_solo()
    realised = _realised_until_target(monitor_settings.realised_source, targets, municipalities)
    period = period or Period.objects.current()
    scope_realised = realised.of(level, obj, figures)
    dashboard = Dashboard(
        level=level,
        title=obj.name if obj is not None else "Regio Arnhem-Nijmegen",
        slug=_slug(level, obj),
        breadcrumbs=_breadcrumbs(level, obj),
        monitor_import=sources[0] if sources else None,
        sources=sources,
        period=period,
        figures=figures,
        realised=scope_realised,
        realised_source=monitor_settings.get_realised_source_display(),
        realised_note=_realised_note(level, realised, scope_realised),
        targets=build_targets(level=level, figures=figures, realised=scope_realised, targets=targets),
        contributions=_contributions(level, obj, municipalities, locations, indicators, realised),
        map_points=_map_points(municipalities, locations, indicators),
        goal_rows=[_goal_row(loc, indicators[(Level.LOCATIE, loc.pk)]) for loc in locations],
        timeline=timeline_of(level, obj),
    )
    if level == Level.REGIO:
        dashboard.pillar_lights = pillar_lights_of(period)
    if level == Level.LOCATIE:
        dashboard.location = obj
        dashboard.agreements, dashboard.tempotafels = _linked(obj, period, user)
    return dashboard


def _realised_until_target(source: str, targets: dict[str, Target], municipalities) -> _Realised:
    """Homes realised from the chosen source, counted until the horizon of the homes target (else 2025)."""
    homes_target = targets.get("homes-2025")
    until_year = homes_target.horizon_year if homes_target and homes_target.horizon_year else 2025
    return _Realised(source=source, until_year=until_year, municipalities=municipalities)


def _slug(level: str, obj) -> str:
    """The scope's name in the dashboard's URLs and downloads."""
    return {
        Level.REGIO: "regio",
        Level.SUBREGIO: getattr(obj, "slug", ""),
        Level.GEMEENTE: getattr(obj, "cbs_code", ""),
    }.get(level, f"locatie-{getattr(obj, 'pk', '')}")


def region_target_rows() -> dict[str, TargetRow]:
    """Target code → the region's row (value, target, verdict), as the region dashboard shows it; reads only
    the region's figures (a few queries), for the monitor's verdict beside an agreement's light."""
    figures = region_figures(current_sources())
    targets = {t.code: t for t in Target.objects.filter(code__in=TARGET_CODES)}
    homes_target = targets.get("homes-2025")
    realised = _Realised(
        source=MonitorSettings.get_solo().realised_source,
        until_year=(homes_target.horizon_year if homes_target and homes_target.horizon_year else 2025),
        municipalities=list(Municipality.objects.all()),
    ).of(Level.REGIO, None, figures)
    rows = build_targets(level=Level.REGIO, figures=figures, realised=realised, targets=targets)
    return {row.code: row for row in rows}


def _realised_note(level: str, realised: _Realised, value: int | None) -> str:
    if not realised.use_completions:
        return "Gerealiseerd = woningen in plannen met de status opgeleverd in de actuele monitorimport."
    if level == Level.LOCATIE:
        return "Opleveringen worden per gemeente vastgelegd; voor een locatie tellen de opgeleverde plannen."
    if value is None:
        return "Het kernteam heeft nog geen opleveringen per gemeente vastgelegd."
    return f"Gerealiseerd = opleveringen per gemeente (CBS) vanaf {REALISED_FROM_YEAR}, vastgelegd door het kernteam."
