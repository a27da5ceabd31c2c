"""The agreement register as an Excel file: read and check an upload into a plan of changes, and export.

Import and export share one layout (``COLUMNS``), so an exported file imports without changes. Reading never
writes: ``read_register`` returns a ``RegisterPlan`` (every change and every error); ``apply_register_plan``
in ``services.py`` writes a confirmed plan.
"""

import hashlib
import re
from dataclasses import dataclass, field

from .exports import FORMULA_TRIGGERS
from .history import FieldChange
from .models import Agreement, Organisation, Pillar
from .uploads import UploadRefused, read_sheet

# (column header, model field, Dutch label in messages)
COLUMNS = [
    ("nummer", "number", "nummer"),
    ("pijler", "pillar", "pijler"),
    ("titel", "title", "titel"),
    ("tekst", "text", "tekst"),
    ("schaalniveau", "scale", "schaalniveau"),
    ("soort", "kind", "soort"),
    ("termijn", "horizon", "termijn"),
    ("landt_in", "lands_in", "waar de afspraak landt"),
    ("trekker", "lead_organisation", "trekker"),
    ("betrokken_organisaties", "organisations", "betrokken organisaties"),
]
HEADERS = [header for header, _, _ in COLUMNS]
LABELS = {name: label for _, name, label in COLUMNS}
MAX_NUMBER = 32767


@dataclass
class RowError:
    row: int
    column: str
    message: str


@dataclass
class AgreementChange:
    number: int
    title: str
    is_new: bool
    changes: list[FieldChange]
    values: dict


@dataclass
class RegisterPlan:
    changes: list[AgreementChange] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    unchanged: int = 0

    @property
    def fingerprint(self) -> str:
        """Identifies this exact set of changes, to notice that the register moved on since the preview."""
        text = repr(
            [(c.number, c.is_new, [(f.label, f.old, f.new) for f in c.changes]) for c in self.changes]
        )
        return hashlib.sha256(text.encode()).hexdigest()


def _header_key(header) -> str:
    return re.sub(r"[\s_]+", "_", str(header).strip().lower())


def _cell_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    if text.startswith("'") and text[1:].startswith(FORMULA_TRIGGERS):
        text = text[1:]  # undo the export's formula neutralisation
    return text


def read_records(data: bytes) -> list[tuple[int, dict[str, str]]]:
    """(Excel row number, {header: cell text}) for every row under the header row (the first filled row).
    Raises :class:`UploadRefused` for a file that is not a safe .xlsx or lacks columns."""
    rows = read_sheet(data).rows
    start = next((i for i, row in enumerate(rows) if any(_cell_text(value) for value in row)), len(rows))
    if start == len(rows):
        raise UploadRefused("Het bestand bevat geen afspraken.")
    positions: dict[str, int] = {}
    for position, value in enumerate(rows[start]):
        positions.setdefault(_header_key(value), position)
    missing = [h for h in HEADERS if h not in positions]
    if missing:
        raise UploadRefused("Deze kolommen ontbreken: " + ", ".join(missing) + ".")
    records = []
    for index in range(start + 1, len(rows)):
        row = rows[index]
        cells = {h: _cell_text(row[positions[h]]) if positions[h] < len(row) else "" for h in HEADERS}
        if any(cells.values()):
            records.append((index + 1, cells))
    if not records:
        raise UploadRefused("Het bestand bevat geen afspraken.")
    return records


class _Lookups:
    """Reference data for parsing rows, loaded once per file."""

    def __init__(self):
        self.pillars = {p.number: p for p in Pillar.objects.all()}
        self.organisations: dict[str, Organisation] = {}
        for organisation in Organisation.objects.all():
            self.organisations.setdefault(organisation.name.lower(), organisation)
            if organisation.short_name:
                self.organisations.setdefault(organisation.short_name.lower(), organisation)

    @staticmethod
    def choice(choices, text: str) -> str | None:
        for value, label in choices:
            if text.lower() in (value.lower(), label.lower()):
                return value
        return None


def _parse_row(cells: dict, lookups: _Lookups, add_error) -> dict | None:
    """The row's field values, or None when a cell is wrong (each wrong cell is reported to ``add_error``)."""
    failed = []

    def fail(column, message):
        failed.append(column)
        add_error(column, message)

    values = {
        **_number_and_pillar(cells, lookups, fail),
        **_texts(cells, fail),
        **_choices(cells, lookups, fail),
        **_organisations(cells, lookups, fail),
    }
    return None if failed else values


def _number_and_pillar(cells: dict, lookups: _Lookups, fail) -> dict:
    values = {}
    number = cells["nummer"]
    if not number.isdigit() or not 1 <= int(number) <= MAX_NUMBER:
        fail("nummer", f"Het nummer moet een geheel getal van 1 tot {MAX_NUMBER} zijn, niet '{number}'.")
    else:
        values["number"] = int(number)
    pillar = lookups.pillars.get(int(cells["pijler"])) if cells["pijler"].isdigit() else None
    if pillar is None:
        fail("pijler", f"Onbekende pijler '{cells['pijler']}'; gebruik het nummer van de pijler.")
    values["pillar"] = pillar
    return values


def _texts(cells: dict, fail) -> dict:
    values = {"title": cells["titel"], "text": cells["tekst"], "horizon": cells["termijn"]}
    if not values["title"]:
        fail("titel", "De titel is verplicht.")
    elif len(values["title"]) > 250:
        fail("titel", "De titel is langer dan 250 tekens.")
    if len(values["horizon"]) > 50:
        fail("termijn", "De termijn is langer dan 50 tekens.")
    return values


def _choices(cells: dict, lookups: _Lookups, fail) -> dict:
    values = {}
    for column, name, choices, required in [
        ("schaalniveau", "scale", Agreement.Scale.choices, True),
        ("soort", "kind", Agreement.Kind.choices, True),
        ("landt_in", "lands_in", Agreement.LandsIn.choices, False),
    ]:
        text = cells[column]
        values[name] = lookups.choice(choices, text) if text else ""
        if values[name] is None or (required and not text):
            options = ", ".join(label for _, label in choices)
            fail(column, f"Onbekende waarde '{text}' voor {LABELS[name]}; kies uit: {options}.")
    return values


def _organisations(cells: dict, lookups: _Lookups, fail) -> dict:
    """The lead organisation (or None) and the organisations involved, each by name or short name."""
    lead = None
    if cells["trekker"]:
        lead = lookups.organisations.get(cells["trekker"].lower())
        if lead is None:
            fail("trekker", f"Onbekende organisatie '{cells['trekker']}'.")
    organisations = []
    for name in filter(None, (n.strip() for n in cells["betrokken_organisaties"].split(";"))):
        organisation = lookups.organisations.get(name.lower())
        if organisation is None:
            fail("betrokken_organisaties", f"Onbekende organisatie '{name}'.")
        elif organisation not in organisations:
            organisations.append(organisation)
    return {"lead_organisation": lead, "organisations": organisations}


def _display(agreement_values: dict) -> dict[str, str]:
    """Comparable, readable text per field."""
    labels = {
        "scale": dict(Agreement.Scale.choices),
        "kind": dict(Agreement.Kind.choices),
        "lands_in": dict(Agreement.LandsIn.choices),
    }
    shown = {}
    for name, value in agreement_values.items():
        if name in labels:
            value = labels[name].get(value, value)
        elif name == "organisations":
            value = "; ".join(sorted(o.name for o in value))
        elif name in ("pillar", "lead_organisation"):
            value = "" if value is None else (str(value.number) if name == "pillar" else value.name)
        text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
        shown[name] = text or "—"
    return shown


def _current_values(agreement: Agreement) -> dict:
    return {
        "number": agreement.number,
        "pillar": agreement.pillar,
        "title": agreement.title,
        "text": agreement.text,
        "scale": agreement.scale,
        "kind": agreement.kind,
        "horizon": agreement.horizon,
        "lands_in": agreement.lands_in,
        "lead_organisation": agreement.lead_organisation,
        "organisations": list(agreement.organisations.all()),
    }


def read_register(data: bytes) -> RegisterPlan:
    """Check the whole file and compare it with the register. Raises ``UploadRefused``; writes nothing."""
    records = read_records(data)
    lookups = _Lookups()
    existing = {
        a.number: a
        for a in Agreement.objects.select_related("pillar", "lead_organisation").prefetch_related(
            "organisations"
        )
    }
    plan, seen = RegisterPlan(), {}
    for index, cells in records:

        def add_error(column, message, row=index):
            plan.errors.append(RowError(row, column, message))

        values = _parse_row(cells, lookups, add_error)
        if values is None:
            continue
        if values["number"] in seen:
            add_error("nummer", f"Nummer {values['number']} staat ook al in rij {seen[values['number']]}.")
            continue
        seen[values["number"]] = index
        current = existing.get(values["number"])
        new_text = _display(values)
        old_text = _display(_current_values(current)) if current else {}
        changes = [
            FieldChange(LABELS[name], old_text.get(name, "—"), new_text[name])
            for name in new_text
            if name != "number" and old_text.get(name) != new_text[name]
        ]
        if current is not None and current.is_illustrative:  # the register's own text replaces a demo subject
            changes.append(FieldChange("Illustratief", "ja", "nee (uit het register)"))
        if changes:
            plan.changes.append(
                AgreementChange(values["number"], values["title"], current is None, changes, values)
            )
        else:
            plan.unchanged += 1
    return plan


def register_rows() -> list[list]:
    """The register in the import layout (``HEADERS``), one row per agreement."""
    agreements = Agreement.objects.select_related("pillar", "lead_organisation").prefetch_related(
        "organisations"
    )
    rows = []
    for agreement in agreements.order_by("number"):
        shown = _display(_current_values(agreement))
        rows.append(
            [agreement.number, agreement.pillar.number, agreement.title, agreement.text]
            + [shown[name] if shown[name] != "—" else "" for name in ("scale", "kind")]
            + [agreement.horizon, shown["lands_in"] if agreement.lands_in else ""]
            + [agreement.lead_organisation.name if agreement.lead_organisation else ""]
            + ["; ".join(o.name for o in agreement.organisations.all())]
        )
    return rows


def plan_as_json(plan: RegisterPlan) -> dict:
    """What the preview shows of a plan (no model objects), to keep with the background job that read it."""
    return {
        "changes": [
            {
                "number": c.number,
                "title": c.title,
                "is_new": c.is_new,
                "changes": [{"label": f.label, "old": f.old, "new": f.new} for f in c.changes],
            }
            for c in plan.changes
        ],
        "errors": [{"row": e.row, "column": e.column, "message": e.message} for e in plan.errors],
        "unchanged": plan.unchanged,
    }


def plan_from_json(data: dict) -> RegisterPlan:
    """The plan as the preview shows it (``plan_as_json``); its changes carry no values to write."""
    changes = [
        AgreementChange(c["number"], c["title"], c["is_new"], [FieldChange(**f) for f in c["changes"]], {})
        for c in data["changes"]
    ]
    return RegisterPlan(changes, [RowError(**e) for e in data["errors"]], data["unchanged"])
