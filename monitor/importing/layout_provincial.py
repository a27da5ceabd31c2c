"""The provincial per-municipality layout (sheet ``plancapaciteit_nl``): hard and soft capacity per phase.

Only the region's municipalities are taken; other rows are counted and reported, never errors. Each
municipality becomes one aggregate plan per status and phase (plan_id ``GM0202-hard-2020-2024``) carrying a
completion year inside its phase, so the indicators treat both layouts alike. A total larger than the sum of
its phases (or a total without phases) goes to phase "onbekend".
"""

from collections.abc import Sequence

from agreements.uploads import UploadRefused
from monitor.models import MonitorImport, PlanPhase, PlanStatus

from . import cells
from .columns import SEPARATORS
from .matching import MunicipalityMatcher, nearest, normalise
from .parsed import PHASE_YEARS, ParsedImport, PlanRow
from .plausibility import municipality_problems
from .problems import ERROR, WARNING, Problem, column_letter

SHEET = "plancapaciteit_nl"
PHASE_COLUMNS = {
    PlanStatus.HARD: (
        "htotaal",
        {PlanPhase.FROM_2020: "h2020_2024", PlanPhase.FROM_2025: "h2025_2029", PlanPhase.FROM_2030: "h2030+"},
    ),
    PlanStatus.ZACHT: (
        "ztotaal",
        {PlanPhase.FROM_2020: "z2021_2024", PlanPhase.FROM_2025: "z2025_2029", PlanPhase.FROM_2030: "z2030+"},
    ),
}
STATUS_NAMES = {PlanStatus.HARD: "hard", PlanStatus.ZACHT: "zacht"}


def is_provincial_header(row: Sequence) -> bool:
    keys = {_key(value) for value in row}
    return {"gemeente", "htotaal", "ztotaal"} <= keys


def _key(value: object) -> str:
    return SEPARATORS.sub("_", normalise(value)).strip("_")


def read_provincial(
    rows: Sequence[Sequence], *, sheet: str, municipalities: MunicipalityMatcher
) -> ParsedImport:
    positions = _header_positions(rows, sheet)
    parsed = ParsedImport(layout=MonitorImport.Layout.PROVINCIAL, sheet=sheet)
    seen: dict[int, int] = {}  # municipality pk → the Excel row it was read from
    for index in range(1, len(rows)):
        row = rows[index]
        municipality = _region_municipality(parsed, row, index, positions, municipalities, seen)
        if municipality is None:
            continue
        seen[municipality.pk] = index + 1
        parsed.row_count += 1
        for status in PHASE_COLUMNS:
            parsed.plans.extend(_aggregates(parsed, row, index, positions, municipality, status))
    parsed.problems += municipality_problems(
        parsed.plans, municipalities=municipalities, sheet=sheet, column=column_letter(positions["htotaal"])
    )
    parsed.problems += _coverage_warnings(parsed, seen, municipalities)
    return parsed


def _header_positions(rows: Sequence[Sequence], sheet: str) -> dict[str, int]:
    """The position of each column by its normalised name (the first one where a name repeats)."""
    if not rows or not is_provincial_header(rows[0]):
        raise UploadRefused(f"Tabblad '{sheet}' heeft geen kopregel met gemeente, htotaal en ztotaal.")
    positions: dict[str, int] = {}
    for position, value in enumerate(rows[0]):
        positions.setdefault(_key(value), position)
    return positions


def _region_municipality(parsed, row, index, positions, municipalities, seen):
    """The row's municipality, or None for an empty name, a municipality outside the region (counted, and a
    warning when the name only differs in spaces from one inside it) or one already read (an error)."""
    name = cells.text(row[positions["gemeente"]])
    if not name:
        return None
    where = (parsed.sheet, index + 1, column_letter(positions["gemeente"]), "gemeente")
    municipality = municipalities.match(name)
    if municipality is None:
        parsed.outside_region += 1
        close = nearest(name, municipalities.names, n=1)
        if close and normalise(close[0]).replace(" ", "") == normalise(name).replace(" ", ""):
            message = f"'{name}' lijkt op '{close[0]}' maar is niet gelijk; de rij is overgeslagen."
            parsed.problems.append(Problem(WARNING, *where, message))
        return None
    if municipality.pk in seen:
        message = f"{municipality.name} staat ook al in rij {seen[municipality.pk]}."
        parsed.problems.append(Problem(ERROR, *where, message))
        return None
    return municipality


def _coverage_warnings(parsed, seen, municipalities) -> list[Problem]:
    """How many rows were outside the region, and which of the region's municipalities the file lacks."""
    warnings = []
    if outside := parsed.outside_region:
        message = f"{outside} rijen met gemeenten buiten de regio zijn overgeslagen."
        warnings.append(Problem(WARNING, parsed.sheet, None, "", "gemeente", message))
    missing = [municipalities.by_id[pk] for pk in set(municipalities.by_id) - set(seen)]
    for municipality in sorted(missing, key=lambda m: m.name):
        message = f"{municipality.name} staat niet in het bestand."
        warnings.append(Problem(WARNING, parsed.sheet, None, "", "gemeente", message))
    return warnings


def _number(parsed, row, index, positions, column) -> int | None:
    position = positions.get(column)
    if position is None or position >= len(row):
        return None
    try:
        return cells.whole_number(row[position], allow_fraction=True)
    except cells.CellError as exc:
        parsed.problems.append(
            Problem(ERROR, parsed.sheet, index + 1, column_letter(position), column, f"{exc}.")
        )
        return None


def _aggregates(parsed, row, index, positions, municipality, status) -> list[PlanRow]:
    """One aggregate plan per phase of ``status`` that has homes; what the phases lack goes to "onbekend"."""
    total_column, phase_columns = PHASE_COLUMNS[status]
    phases = {
        phase: _number(parsed, row, index, positions, column) for phase, column in phase_columns.items()
    }
    total = _number(parsed, row, index, positions, total_column)
    where = (parsed.sheet, index + 1, column_letter(positions[total_column]), total_column)
    phases[PlanPhase.UNKNOWN] = _unphased(parsed, where, municipality, total, phases)
    label = STATUS_NAMES[status]
    return [
        PlanRow(
            excel_row=index + 1,
            plan_id=f"{municipality.cbs_code}-{label}-{phase}",
            name=f"Plancapaciteit {label} {phase} {municipality.name}",
            municipality_id=municipality.pk,
            status=status,
            status_label=f"{label} (provinciaal)",
            completion_year=PHASE_YEARS[phase],
            homes=homes,
        )
        for phase, homes in phases.items()
        if homes
    ]


def _unphased(parsed, where, municipality, total, phases) -> int:
    """The part of the total that no phase holds: none without a total, all of it without phases (a warning),
    none when the phases add up to more than the total (a warning: the phases count)."""
    known = sum(value or 0 for value in phases.values())
    column = where[-1]
    if total is None:
        return 0
    if all(value is None for value in phases.values()) and total:
        message = f"{municipality.name}: {column} {total} zonder fasering; geteld als fase onbekend."
        parsed.problems.append(Problem(WARNING, *where, message))
    if known > total:
        message = f"{municipality.name}: de fasen ({known}) zijn samen meer dan {column} ({total}); de fasen tellen."
        parsed.problems.append(Problem(WARNING, *where, message))
        return 0
    return total - known
