"""The plan-level template: one header row, one plan per row (DESIGN.md, "Monitor import")."""

from collections.abc import Sequence
from operator import itemgetter

from agreements.uploads import UploadRefused
from monitor.models import MonitorImport

from . import cells
from .columns import BY_NAME, REQUIRED, header_key
from .matching import STATUS_HELP, LocationMatcher, MunicipalityMatcher, map_status
from .parsed import SEGMENTS, ParsedImport, PlanRow, collector_paused
from .plausibility import municipality_problems, plan_homes_problem
from .problems import ERROR, WARNING, Problem, column_letter

HEADER_SEARCH_ROWS = 10
NUMBER_COLUMNS = (
    ("woningen", "homes"),
    *((name, name) for name in SEGMENTS),
    ("circulair", "circular"),
    ("conceptueel", "conceptual"),
    ("flexwonen", "flexible"),
)
TEXT_LIMITS = {"plan_id": 100, "plannaam": 255, "plantype": 50, "doelgroep": 100}


def find_header(rows: Sequence[Sequence], sheet: str) -> tuple[int, dict[str, int], list[Problem]]:
    """(row index, {column name: index}, warnings for ignored columns). Refuses a sheet without a header row."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = [header_key(value) if not cells.is_blank(value) else "" for value in row]
        if sum(key in BY_NAME for key in keys) < 3:
            continue
        positions: dict[str, int] = {}
        problems = []
        for position, key in enumerate(keys):
            if key in BY_NAME and key not in positions:
                positions[key] = position
            elif key:
                problems.append(
                    _problem(
                        WARNING,
                        sheet,
                        index,
                        position,
                        str(row[position]),
                        "Onbekende of dubbele kolom; deze wordt genegeerd.",
                    )
                )
        missing = [name for name in REQUIRED if name not in positions]
        if missing:
            raise UploadRefused(
                f"Tabblad '{sheet}', kopregel (rij {index + 1}): verplichte kolom(men) ontbreken: {', '.join(missing)}."
            )
        return index, positions, problems
    raise UploadRefused(
        f"Tabblad '{sheet}' heeft geen kopregel met de kolommen van het sjabloon "
        f"(verplicht: {', '.join(REQUIRED)}). Download het sjabloon en gebruik die kolomnamen."
    )


def read_plans(
    rows: Sequence[Sequence], *, sheet: str, municipalities: MunicipalityMatcher, locations: LocationMatcher
) -> ParsedImport:
    header, positions, problems = find_header(rows, sheet)
    with collector_paused():
        return _read_rows(rows, header, positions, problems, sheet, municipalities, locations)


def _read_rows(rows, header, positions, problems, sheet, municipalities, locations) -> ParsedImport:
    parsed = ParsedImport(layout=MonitorImport.Layout.PLANS, sheet=sheet, problems=problems)
    reader = _RowReader(sheet, positions, municipalities, locations, parsed.problems)
    pick = itemgetter(*positions.values())
    width = max(positions.values()) + 1
    seen: dict[str, int] = {}
    for index in range(header + 1, len(rows)):
        row = rows[index]
        if row.count("") + row.count(None) == len(row):
            continue
        if len(row) < width:
            row = [*row, *[""] * (width - len(row))]
        parsed.row_count += 1
        plan = reader.read(index, (*pick(row), ""))
        if plan is None:
            continue
        if plan.plan_id in seen:
            reader.error(
                index,
                "plan_id",
                f"plan_id '{plan.plan_id}' komt al voor in rij {seen[plan.plan_id]}; elk plan_id mag één keer voorkomen.",
            )
            continue
        seen[plan.plan_id] = plan.excel_row
        parsed.plans.append(plan)
    if not parsed.row_count:
        parsed.problems.append(
            Problem(ERROR, sheet, header + 2, "", "", "Het tabblad bevat geen plannen onder de kopregel.")
        )
    column = column_letter(positions["woningen"])
    parsed.problems += municipality_problems(
        parsed.plans, municipalities=municipalities, sheet=sheet, column=column
    )
    return parsed


def _problem(
    severity: str, sheet: str, index: int, position: int | None, field: str, message: str
) -> Problem:
    letter = column_letter(position) if position is not None else ""
    return Problem(severity, sheet, index + 1, letter, field, message)


class _RowReader:
    """Checks one row with every rule of the template and says what is wrong, in one pass over a tuple: the
    template's columns in header order plus a trailing "" that absent columns point at (``slots``). The usual
    cell (a text, a whole float) takes a fast path; anything else goes through ``cells``."""

    def __init__(self, sheet, positions, municipalities, locations, problems):
        self.sheet, self.positions, self.problems = sheet, positions, problems
        self.municipalities, self.locations = municipalities, locations
        self.statuses: dict[object, tuple] = {}
        self.errors = 0
        order = list(positions)  # the header order of the columns present; -1 is the trailing ""
        self.slots = {name: order.index(name) if name in positions else -1 for name in BY_NAME}
        self.texts = [(name, limit, self.slots[name]) for name, limit in TEXT_LIMITS.items()]
        self.numbers = [(name, attribute, self.slots[name]) for name, attribute in NUMBER_COLUMNS]

    def error(self, index: int, name: str, message: str, severity: str = ERROR) -> None:
        self.errors += severity == ERROR
        self.problems.append(_problem(severity, self.sheet, index, self.positions.get(name), name, message))

    def read(self, index: int, values: tuple) -> PlanRow | None:
        errors = self.errors
        texts = self._texts(index, values)
        municipality = self._municipality(index, values[self.slots["gemeente"]])
        location_id = self._location(index, values[self.slots["locatie"]], municipality)
        status, label = self._status(index, values[self.slots["status"]])
        numbers = self._numbers(index, values)
        completion_year = self._year(index, values[self.slots["oplevering_jaar"]])
        if self.errors > errors:
            return None
        return PlanRow(
            excel_row=index + 1,
            plan_id=texts["plan_id"],
            name=texts["plannaam"],
            municipality_id=municipality.pk,
            status=status,
            status_label=label,
            location_id=location_id,
            plan_type=texts["plantype"],
            completion_year=completion_year,
            target_group=texts["doelgroep"].lower(),
            **numbers,
        )

    def _texts(self, index, values) -> dict[str, str]:
        texts = {}
        for name, limit, slot in self.texts:
            value = values[slot]
            value = value.strip() if value.__class__ is str else cells.text(value)
            if len(value) > limit:
                self.error(index, name, f"Te lang ({len(value)} tekens, maximaal {limit}).")
            texts[name] = value
        for name in ("plan_id", "plannaam"):
            if not texts[name]:
                self.error(index, name, f"{name} is verplicht.")
        return texts

    def _municipality(self, index, value):
        if cells.is_blank(value):
            self.error(index, "gemeente", "gemeente is verplicht (CBS-code of naam).")
            return None
        found = self.municipalities.match(value)
        if found is None:
            self.error(index, "gemeente", self.municipalities.unknown_message(cells.text(value)))
        return found

    def _location(self, index, value, municipality) -> int | None:
        if value == "" or cells.is_blank(value) or municipality is None:
            return None
        found = self.locations.match(municipality.pk, value)
        if found is None:
            self.error(index, "locatie", self.locations.unknown_message(municipality, cells.text(value)))
            return None
        return found.pk

    def _status(self, index, value) -> tuple[str | None, str]:
        label = value.strip() if value.__class__ is str else cells.text(value)
        if not label:
            self.error(index, "status", f"status is verplicht: {STATUS_HELP}.")
            return None, ""
        if label not in self.statuses:
            self.statuses[label] = map_status(label)
        status, warning = self.statuses[label]
        if status is None:
            self.error(index, "status", f"Onbekende status '{label}'. Geldig: {STATUS_HELP}.")
        elif warning:
            self.error(index, "status", warning, WARNING)
        return status, label[:100]

    def _numbers(self, index, values) -> dict[str, int]:
        numbers = {}
        for name, attribute, slot in self.numbers:
            value = values[slot]
            if value.__class__ is float and value >= 0 and value.is_integer():  # the usual cell: fast path
                numbers[attribute] = int(value)
                continue
            try:
                number = cells.whole_number(value)
            except cells.CellError as exc:
                self.error(index, name, f"{exc}.")
                number = 0
            if number is None:
                if name == "woningen":
                    self.error(index, name, "woningen is verplicht (een geheel getal ≥ 0).")
                number = 0
            numbers[attribute] = number
        self._check_sums(index, numbers)
        return numbers

    def _check_sums(self, index, numbers) -> None:
        homes = numbers["homes"]
        if (found := plan_homes_problem(homes)) is not None:
            self.error(index, "woningen", found[1], found[0])
        if sum(numbers[name] for name in SEGMENTS) > homes:
            detail = " + ".join(f"{name} {numbers[name]}" for name in SEGMENTS if numbers[name])
            self.error(
                index, "woningen", f"De prijssegmenten ({detail}) zijn samen meer dan woningen ({homes})."
            )
        for name, attribute in NUMBER_COLUMNS[-3:]:
            if numbers[attribute] > homes:
                self.error(index, name, f"{name} ({numbers[attribute]}) is meer dan woningen ({homes}).")

    def _year(self, index, value) -> int | None:
        if value.__class__ is float and value.is_integer() and 1900 <= value <= 2100:  # fast path
            return int(value)
        try:
            return cells.year(value)
        except cells.CellError as exc:
            self.error(index, "oplevering_jaar", f"{exc}.")
            return None
