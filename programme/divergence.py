"""A location's ambition (its elaboration) beside the monitor's figures for it, and whether they diverge.

The monitor's location figures come from the current plan-level import (only plan-level files know
locations; ``monitor.dashboard.sources`` decides which import is current). A figure the monitor does not have is "onbekend", never 0; a difference of more than
``TOLERANCE`` of the ambition is flagged.
"""

from dataclasses import dataclass
from decimal import Decimal

from agreements.formatting import format_number
from monitor.dashboard.sources import current_sources, levels_of
from monitor.importing.parsed import AFFORDABLE_SEGMENTS
from monitor.models import Indicator, MonitorImport

from .models import LocationElaboration

TOLERANCE = Decimal("0.10")
FIGURES = (  # (label, elaboration field, how to read the monitor's figures)
    ("woningen", "homes", lambda f: f.get("homes")),
    ("betaalbaar", "affordable_homes", lambda f: affordable_homes(f)),
    ("circulair", "circular_homes", lambda f: f.get("circular")),
)


def affordable_homes(figures: dict) -> int | None:
    segments = figures.get("segments") or {}
    known = [segments.get(name) for name in AFFORDABLE_SEGMENTS]
    if not segments or any(value is None for value in known):
        return None
    if segments.get("onbekend") and segments.get("onbekend") == figures.get("homes"):
        return None  # no plan in scope has a known segment: unknown, not zero
    return sum(known)


@dataclass
class Comparison:
    label: str
    ambition: int
    monitor: int | None

    @property
    def diverges(self) -> bool:
        if self.monitor is None:
            return False
        return abs(self.ambition - self.monitor) > TOLERANCE * max(self.ambition, 1)

    @property
    def text(self) -> str:
        return f"{self.label}: ambitie {format_number(self.ambition)}, monitor {format_number(self.monitor)}"


@dataclass
class LocationVerdict:
    elaboration: LocationElaboration
    source: MonitorImport | None
    comparisons: list[Comparison]

    @property
    def monitor_known(self) -> bool:
        return any(c.monitor is not None for c in self.comparisons)

    @property
    def diverges(self) -> bool:
        return any(c.diverges for c in self.comparisons)

    @property
    def reason(self) -> str:
        if self.source is None:
            return "Onbekend: er is nog geen monitorimport op planniveau."
        if not self.monitor_known:
            return "Onbekend: de monitor heeft geen plannen op deze locatie."
        diverging = [c.text for c in self.comparisons if c.diverges]
        return "Wijkt af: " + "; ".join(diverging) + "." if diverging else "Ambitie en monitor komen overeen."


def plan_level_source() -> MonitorImport | None:
    """The current source that counts plans per location (a plan-level import), as the dashboard reads it."""
    return next((s for s in current_sources() if Indicator.Level.LOCATIE in levels_of(s.layout)), None)


def verdicts(elaborations: list[LocationElaboration]) -> list[LocationVerdict]:
    """One verdict per elaboration, reading the monitor's location figures in one query."""
    source = plan_level_source()
    figures = {}
    if source is not None:
        rows = Indicator.objects.filter(
            monitor_import=source,
            level=Indicator.Level.LOCATIE,
            location_id__in=[e.location_id for e in elaborations],
        ).only("location_id", "figures")
        figures = {row.location_id: row.figures for row in rows if row.figures.get("plans")}
    result = []
    for elaboration in elaborations:
        found = figures.get(elaboration.location_id)
        comparisons = [
            Comparison(label, getattr(elaboration, name), read(found) if found else None)
            for label, name, read in FIGURES
        ]
        result.append(LocationVerdict(elaboration, source, comparisons))
    return result
