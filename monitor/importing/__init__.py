"""Reading monitor files (plan template and provincial layout) into validated plan rows, writing nothing."""

from .parsed import PHASES, SEGMENTS, ParsedImport, PlanRow, phase_for_year
from .problems import ERROR, WARNING, Problem
from .reading import read_monitor_file

__all__ = [
    "ERROR",
    "PHASES",
    "SEGMENTS",
    "WARNING",
    "ParsedImport",
    "PlanRow",
    "Problem",
    "phase_for_year",
    "read_monitor_file",
]
