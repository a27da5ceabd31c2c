"""What confirming an import would do to the figures people read: every figure, per area, that would become
unknown or change by more than 10 %. The preview lists them; confirming then asks a second, explicit
confirmation naming them. Computed in memory from the parsed file and the stored figures (writes nothing)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from agreements.formatting import format_number

from .dashboard.sources import current_sources, levels_of, merge_figures
from .importing.parsed import ParsedImport, phase_for_year
from .indicators import SUMMED, Tally
from .models import Indicator, Location, MonitorImport, Municipality, Subregion

Level = Indicator.Level
THRESHOLD = 0.10
FIGURES = {
    "homes": "woningen in plannen",
    "hard": "harde plancapaciteit",
    "soft": "zachte plancapaciteit",
    "in_aanbouw": "in aanbouw",
    "opgeleverd": "opgeleverd",
    "affordable_soft_share": "aandeel betaalbaar in zacht (%)",
    "circular_share": "aandeel circulair (%)",
}
NEW = 0  # the id the new import's figures go by while nothing is written


@dataclass(frozen=True)
class Consequence:
    area: str
    figure: str
    before: float | None
    after: float | None

    @property
    def becomes_unknown(self) -> bool:
        return self.after is None

    @property
    def before_text(self) -> str:
        return format_number(self.before)

    @property
    def after_text(self) -> str:
        return format_number(self.after)

    @property
    def text(self) -> str:
        before = format_number(self.before)
        if self.becomes_unknown:
            return f"{self.area}: {self.figure} wordt onbekend (was {before})"
        return f"{self.area}: {self.figure} van {before} naar {format_number(self.after)}"


def _tallies(parsed: ParsedImport) -> dict[tuple, Tally]:
    subregion_of = dict(Municipality.objects.values_list("id", "subregion_id"))
    with_locations = Level.LOCATIE in levels_of(parsed.layout)
    tallies: dict[tuple, Tally] = defaultdict(Tally)
    for plan in parsed.plans:
        row = {name: getattr(plan, name) for name in SUMMED}
        row.update(plans=1, status=plan.status, target_group=plan.target_group)
        row["phase"] = phase_for_year(plan.completion_year)
        scopes = [(Level.REGIO, None), (Level.SUBREGIO, subregion_of[plan.municipality_id])]
        scopes.append((Level.GEMEENTE, plan.municipality_id))
        if with_locations and plan.location_id:
            scopes.append((Level.LOCATIE, plan.location_id))
        for scope in scopes:
            tallies[scope].add(row)
    return tallies


def _areas() -> list[tuple[tuple, str]]:
    areas = [((Level.REGIO, None), "Regio")]
    areas += [((Level.SUBREGIO, pk), name) for pk, name in Subregion.objects.values_list("id", "name")]
    areas += [((Level.GEMEENTE, pk), name) for pk, name in Municipality.objects.values_list("id", "name")]
    locations = Location.objects.values_list("id", "name", "municipality__name")
    return areas + [((Level.LOCATIE, pk), f"{name} ({town})") for pk, name, town in locations]


def _stored(sources: list[MonitorImport]) -> dict[tuple, dict[int, dict]]:
    found: dict[tuple, dict[int, dict]] = defaultdict(dict)
    for row in Indicator.objects.filter(monitor_import__in=sources):
        scope_id = row.location_id or row.municipality_id or row.subregion_id
        found[(row.level, scope_id)][row.monitor_import_id] = row.figures
    return found


def _changed(before, after) -> bool:
    if before is None or before == after:
        return False
    if after is None or not before:
        return True
    return abs(after - before) > THRESHOLD * abs(before)


def consequences_of(parsed: ParsedImport, *, monitor_import: MonitorImport) -> list[Consequence]:
    """Every figure per area that confirming ``parsed`` (the file of ``monitor_import``) would make unknown or
    change by more than 10 %."""
    before_sources = current_sources()
    new = MonitorImport(pk=NEW, layout=parsed.layout, peildatum=monitor_import.peildatum)
    others = [s for s in before_sources if s.layout != parsed.layout]
    after_sources = sorted(
        [new, *others], key=lambda s: s.peildatum, reverse=True
    )  # stable: new first on a tie
    stored, tallies = _stored(before_sources), _tallies(parsed)
    result = []
    for key, area in _areas():
        before = merge_figures(key[0], stored.get(key, {}), before_sources)
        found_after = {**stored.get(key, {}), NEW: tallies[key].figures()}
        after = merge_figures(key[0], found_after, after_sources)
        result += [
            Consequence(area, label, before[name], after[name])
            for name, label in FIGURES.items()
            if _changed(before[name], after[name])
        ]
    return result
