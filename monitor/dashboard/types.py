"""The plain data of a dashboard: what the pages, the charts and the PDF report read."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from agreements.lights import KEYS, LightCounts
from agreements.models import Period
from monitor.models import Location, MonitorImport

from .figures import GOALS


@dataclass
class Link:
    name: str
    url: str


@dataclass
class TargetRow:
    code: str
    label: str
    value: float | None
    unit: str
    target_label: str
    progress: float | None  # percentage of the target reached
    met: bool | None
    note: str = ""
    unknown: str = ""  # why the value is unknown ("onbekend"), when it is

    @property
    def verdict(self) -> str:
        """ "doel gehaald" / "doel nog niet gehaald" / "onbekend": never a verdict without a value."""
        if self.met is None:
            return "onbekend"
        return "doel gehaald" if self.met else "doel nog niet gehaald"


@dataclass
class ScopeRow:
    """One child scope's contribution: a subregion, municipality or location."""

    name: str
    url: str
    figures: dict
    realised: int | None = None


@dataclass
class MapPoint:
    name: str
    url: str
    kind: str
    municipality: str
    latitude: float
    longitude: float
    homes: int
    boundary: dict | None = None  # a municipality's GeoJSON geometry, for the map without tiles


@dataclass
class GoalRow:
    name: str
    url: str
    municipality: str
    homes: int
    values: dict  # goal key -> homes (int) or, for target groups, a text
    source: str

    @property
    def contributes(self) -> list[bool]:
        return [bool(self.values[key]) for key, _ in GOALS]


@dataclass
class TimelinePoint:
    peildatum: datetime.date
    label: str
    is_current: bool
    figures: dict
    source: str = ""


@dataclass
class PillarLights:
    number: int
    name: str
    lights: LightCounts  # groen / geel / rood / none, and how many were carried over

    @property
    def total(self) -> int:
        return self.lights.total

    @property
    def counts(self) -> dict[str, int]:
        return {key: self.lights[key] for key in KEYS}


@dataclass
class Dashboard:
    level: str
    title: str
    slug: str
    breadcrumbs: list[Link]
    monitor_import: MonitorImport | None  # the newest current source
    period: Period | None
    figures: dict
    realised: int | None
    realised_source: str
    realised_note: str
    targets: list[TargetRow]
    contributions: list[tuple[str, str, list[ScopeRow]]]  # (id, title, rows)
    map_points: list[MapPoint]
    goal_rows: list[GoalRow]
    timeline: list[TimelinePoint]
    pillar_lights: list[PillarLights] = field(default_factory=list)
    location: Location | None = None
    agreements: list = field(default_factory=list)
    tempotafels: list = field(default_factory=list)
    sources: list[MonitorImport] = field(default_factory=list)  # the current import of each kind

    @property
    def has_data(self) -> bool:
        return self.monitor_import is not None
