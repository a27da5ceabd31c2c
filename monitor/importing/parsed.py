"""The result of reading a file: plan rows ready to be written, and every problem found on the way."""

import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter

from monitor.models import PlanPhase, PriceSegment

from .problems import Problem

PHASES = tuple(PlanPhase.values)
# Provincial aggregates have no completion year of their own; they carry one year inside their phase.
PHASE_YEARS = {
    PlanPhase.FROM_2020: 2022,
    PlanPhase.FROM_2025: 2027,
    PlanPhase.FROM_2030: 2030,
    PlanPhase.UNKNOWN: None,
}
SEGMENTS = tuple(PriceSegment.values)
AFFORDABLE_SEGMENTS = PriceSegment.affordable()
# The fields a plan carries besides its import; compared between imports to show what changed.
PLAN_FIELDS = (
    "name",
    "municipality_id",
    "location_id",
    "status",
    "status_label",
    "plan_type",
    "completion_year",
    "homes",
    *SEGMENTS,
    "circular",
    "conceptual",
    "flexible",
    "target_group",
)


def phase_for_year(year: int | None) -> str:
    return PlanPhase.for_year(year).value


@dataclass(slots=True)
class PlanRow:
    excel_row: int
    plan_id: str
    name: str
    municipality_id: int
    status: str
    homes: int
    status_label: str = ""
    location_id: int | None = None
    plan_type: str = ""
    completion_year: int | None = None
    sociale_huur: int = 0
    middenhuur: int = 0
    dure_huur: int = 0
    betaalbare_koop: int = 0
    dure_koop: int = 0
    circular: int = 0
    conceptual: int = 0
    flexible: int = 0
    target_group: str = ""

    def values(self) -> tuple:
        return _plan_values(self)


_plan_values = attrgetter(*PLAN_FIELDS)  # one C call per plan: this runs for every plan on preview and commit


@dataclass
class ParsedImport:
    layout: str
    sheet: str
    plans: list[PlanRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    row_count: int = 0
    outside_region: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def is_valid(self) -> bool:
        return not any(p.is_error for p in self.problems)


@contextmanager
def collector_paused():
    """Reading, comparing and writing tens of thousands of plans allocates many small objects that all stay
    alive; Python's cyclic garbage collector would walk them again and again (up to a quarter of the time for
    20,000 plans). Paused only for the duration of such a loop."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
