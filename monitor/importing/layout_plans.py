"""The plan-level template: one header row, one plan per row (DESIGN.md, "Monitor import")."""

from collections.abc import Sequence
from operator import itemgetter

from agreements.uploads import UploadRefused
from monitor.models import MonitorImport

from . import cells
from .columns import BY_NAME, REQUIRED, header_key
from .matching import STATUS_HELP, LocationMatcher, MunicipalityMatcher, map_status
from .parsed import SEGMENTS, ParsedImport, PlanRow, collector_paused
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
    names, pick = list(positions), itemgetter(*positions.values())
    width = max(positions.values()) + 1
    seen: dict[str, int] = {}
    for index in range(header + 1, len(rows)):
        row = rows[index]
        if row.count("") + row.count(None) == len(row):
            continue
        if len(row) < width:
            row = [*row, *[""] * (width - len(row))]
        parsed.row_count += 1
        values = (*pick(row), "")
        plan = reader.quick(index, values) or reader.read(index, dict(zip(names, values, strict=False)))
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
    return parsed


def _problem(
    severity: str, sheet: str, index: int, position: int | None, field: str, message: str
) -> Problem:
    letter = column_letter(position) if position is not None else ""
    return Problem(severity, sheet, index + 1, letter, field, message)


class _RowReader:
    def __init__(self, sheet, positions, municipalities, locations, problems):
        self.sheet, self.positions, self.problems = sheet, positions, problems
        self.municipalities, self.locations = municipalities, locations
        self.statuses: dict[object, tuple] = {}
        self.quick_statuses: dict[str, tuple] = {}
        order = list(positions)  # the header order of the columns present; -1 is the trailing ""
        self.slots = {name: order.index(name) if name in positions else -1 for name in BY_NAME}
        self.pick_numbers = itemgetter(*(self.slots[name] for name, _ in NUMBER_COLUMNS))

    def error(self, index: int, name: str, message: str, severity: str = ERROR) -> None:
        self.problems.append(_problem(severity, self.sheet, index, self.positions.get(name), name, message))

    @staticmethod
    def cell(row: dict, name: str) -> object:
        return row.get(name, "")

    def quick(self, index: int, values: tuple) -> PlanRow | None:
        """The usual clean row, with the cheapest checks only; None hands the row to :meth:`read`, which
        checks everything and says what is wrong. A row with a location always goes to :meth:`read`.

        ``values`` holds the template's columns in header order plus a trailing "" that absent columns
        point at (see ``slots``)."""
        slot = self.slots
        plan_id, name, label = values[slot["plan_id"]], values[slot["plannaam"]], values[slot["status"]]
        if plan_id.__class__ is float and plan_id.is_integer():
            plan_id = str(int(plan_id))
        elif plan_id.__class__ is str:
            plan_id = plan_id.strip()
        else:
            return None
        if name.__class__ is not str or label.__class__ is not str or values[slot["locatie"]] != "":
            return None
        name = name.strip()
        if not plan_id or not name or len(plan_id) > 100 or len(name) > 255:
            return None
        municipality = self.municipalities.match(values[slot["gemeente"]])
        mapped = self.quick_statuses.get(label)
        if mapped is None:
            mapped = self.quick_statuses[label] = map_status(label) if label.strip() else (None, None)
        if municipality is None or mapped[0] is None or mapped[1] is not None:
            return None
        numbers = []
        for value in self.pick_numbers(values):
            if (
                value.__class__ is float
                and value >= 0
                and value.is_integer()
                or value.__class__ is int
                and value >= 0
            ):
                numbers.append(int(value))
            elif value == "" and numbers:  # woningen (the first) is required; the others default to 0
                numbers.append(0)
            else:
                return None
        (
            homes,
            sociale_huur,
            middenhuur,
            dure_huur,
            betaalbare_koop,
            dure_koop,
            circular,
            conceptual,
            flexible,
        ) = numbers
        if sociale_huur + middenhuur + dure_huur + betaalbare_koop + dure_koop > homes:
            return None
        if circular > homes or conceptual > homes or flexible > homes:
            return None
        plan_type, group, year = (
            values[slot["plantype"]],
            values[slot["doelgroep"]],
            values[slot["oplevering_jaar"]],
        )
        if (
            plan_type.__class__ is not str
            or group.__class__ is not str
            or len(plan_type) > 50
            or len(group) > 100
        ):
            return None
        if year == "":
            year = None
        elif year.__class__ is float and year.is_integer() and 1900 <= year <= 2100:
            year = int(year)
        else:
            return None
        return PlanRow(
            index + 1, plan_id, name, municipality.pk, mapped[0], homes, label.strip()[:100], None,
            plan_type.strip(), year, sociale_huur, middenhuur, dure_huur, betaalbare_koop, dure_koop,
            circular, conceptual, flexible, group.strip().lower(),
        )  # fmt: skip

    def read(self, index: int, row: dict) -> PlanRow | None:
        before = len(self.problems)
        texts = {}
        for name, limit in TEXT_LIMITS.items():
            value = row.get(name, "")
            value = value.strip() if value.__class__ is str else cells.text(value)
            if len(value) > limit:
                self.error(index, name, f"Te lang ({len(value)} tekens, maximaal {limit}).")
            texts[name] = value
        for name in ("plan_id", "plannaam"):
            if not texts[name]:
                self.error(index, name, f"{name} is verplicht.")
        municipality = self._municipality(index, row)
        location_id = self._location(index, row, municipality) if "locatie" in row else None
        status, label = self._status(index, row)
        numbers = self._numbers(index, row)
        year = row.get("oplevering_jaar", "")
        if (
            year.__class__ is float and year.is_integer() and 1900 <= year <= 2100
        ):  # the usual cell: fast path
            completion_year = int(year)
        else:
            completion_year = self._year(index, row)
        if len(self.problems) > before and any(p.is_error for p in self.problems[before:]):
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

    def _municipality(self, index, row):
        value = self.cell(row, "gemeente")
        if cells.is_blank(value):
            self.error(index, "gemeente", "gemeente is verplicht (CBS-code of naam).")
            return None
        found = self.municipalities.match(value)
        if found is None:
            self.error(index, "gemeente", self.municipalities.unknown_message(cells.text(value)))
        return found

    def _location(self, index, row, municipality) -> int | None:
        value = self.cell(row, "locatie")
        if cells.is_blank(value) or municipality is None:
            return None
        found = self.locations.match(municipality.pk, value)
        if found is None:
            self.error(index, "locatie", self.locations.unknown_message(municipality, cells.text(value)))
            return None
        return found.pk

    def _status(self, index, row) -> tuple[str | None, str]:
        label = cells.text(self.cell(row, "status"))
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

    def _numbers(self, index, row) -> dict[str, int]:
        numbers = {}
        for name, attribute in NUMBER_COLUMNS:
            value = row.get(name, "")
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
        homes = numbers["homes"]
        if (
            numbers["sociale_huur"]
            + numbers["middenhuur"]
            + numbers["dure_huur"]
            + numbers["betaalbare_koop"]
            + numbers["dure_koop"]
            > homes
        ):
            detail = " + ".join(f"{name} {numbers[name]}" for name in SEGMENTS if numbers[name])
            self.error(
                index, "woningen", f"De prijssegmenten ({detail}) zijn samen meer dan woningen ({homes})."
            )
        for name, attribute in NUMBER_COLUMNS[-3:]:
            if numbers[attribute] > homes:
                self.error(index, name, f"{name} ({numbers[attribute]}) is meer dan woningen ({homes}).")
        return numbers

    def _year(self, index, row) -> int | None:
        try:
            return cells.year(self.cell(row, "oplevering_jaar"))
        except cells.CellError as exc:
            self.error(index, "oplevering_jaar", f"{exc}.")
            return None
