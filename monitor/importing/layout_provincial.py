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
    if not rows or not is_provincial_header(rows[0]):
        raise UploadRefused(f"Tabblad '{sheet}' heeft geen kopregel met gemeente, htotaal en ztotaal.")
    positions = {}
    for position, value in enumerate(rows[0]):
        positions.setdefault(_key(value), position)
    parsed = ParsedImport(layout=MonitorImport.Layout.PROVINCIAL, sheet=sheet)
    seen: dict[int, int] = {}
    for index in range(1, len(rows)):
        row = rows[index]
        name = cells.text(row[positions["gemeente"]])
        if not name:
            continue
        municipality = municipalities.match(name)
        if municipality is None:
            parsed.outside_region += 1
            close = nearest(name, municipalities.names, n=1)
            if close and normalise(close[0]).replace(" ", "") == normalise(name).replace(" ", ""):
                parsed.problems.append(
                    Problem(
                        WARNING,
                        sheet,
                        index + 1,
                        column_letter(positions["gemeente"]),
                        "gemeente",
                        f"'{name}' lijkt op '{close[0]}' maar is niet gelijk; de rij is overgeslagen.",
                    )
                )
            continue
        if municipality.pk in seen:
            parsed.problems.append(
                Problem(
                    ERROR,
                    sheet,
                    index + 1,
                    column_letter(positions["gemeente"]),
                    "gemeente",
                    f"{municipality.name} staat ook al in rij {seen[municipality.pk]}.",
                )
            )
            continue
        seen[municipality.pk] = index + 1
        parsed.row_count += 1
        for status in PHASE_COLUMNS:
            parsed.plans.extend(_aggregates(parsed, row, index, positions, municipality, status))
    parsed.problems += municipality_problems(
        parsed.plans, municipalities=municipalities, sheet=sheet, column=column_letter(positions["htotaal"])
    )
    if outside := parsed.outside_region:
        parsed.problems.append(
            Problem(
                WARNING,
                sheet,
                None,
                "",
                "gemeente",
                f"{outside} rijen met gemeenten buiten de regio zijn overgeslagen.",
            )
        )
    for missing in sorted(
        set(municipalities.by_id) - set(seen), key=lambda pk: municipalities.by_id[pk].name
    ):
        parsed.problems.append(
            Problem(
                WARNING,
                sheet,
                None,
                "",
                "gemeente",
                f"{municipalities.by_id[missing].name} staat niet in het bestand.",
            )
        )
    return parsed


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
    total_column, phase_columns = PHASE_COLUMNS[status]
    phases = {
        phase: _number(parsed, row, index, positions, column) for phase, column in phase_columns.items()
    }
    total = _number(parsed, row, index, positions, total_column)
    known = sum(value or 0 for value in phases.values())
    where = (parsed.sheet, index + 1, column_letter(positions[total_column]), total_column)
    if total is None:
        total = known
    elif all(value is None for value in phases.values()) and total:
        parsed.problems.append(
            Problem(
                WARNING,
                *where,
                f"{municipality.name}: {total_column} {total} zonder fasering; geteld als fase onbekend.",
            )
        )
    if known > total:
        parsed.problems.append(
            Problem(
                WARNING,
                *where,
                f"{municipality.name}: de fasen ({known}) zijn samen meer dan {total_column} ({total}); de fasen tellen.",
            )
        )
        total = known
    phases[PlanPhase.UNKNOWN] = total - known
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
