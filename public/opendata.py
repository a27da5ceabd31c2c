"""Open data per published half year: the agreements with their lights, the indicators and the targets per area,
each as CSV and JSON, described by columns, units, source, peildatum and licence (``datapackage.json``, the
Frictionless Data Package layout). Everything comes from the published snapshot (``public.published``).

CSV like the app's other exports (``agreements.exports``): UTF-8 with BOM, semicolons, text that a spreadsheet
would run as a formula neutralised; numbers with a decimal comma and no thousands separator (41,9; 14412), empty
when unknown. JSON keeps numbers as numbers and unknown as null.
"""

import re
from dataclasses import dataclass

from agreements.exports import csv_text

from .published import PublishedReport

LICENCE = {
    "name": "CC0-1.0",
    "title": "Creative Commons Zero 1.0 Universeel (publiek domein)",
    "path": "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
}
PUBLISHER = "Ambtelijk Kernteam Woondeal regio Arnhem-Nijmegen"
DEMO_DESCRIPTION = (
    "Demo-gegevens: deze rapportage is gemaakt uit de demogegevens van de Woondeal Monitor. Afspraken met "
    "illustratief = ja zijn verzonnen, en ook de overige voortgang en de cijfers zijn voorbeelden; neem niets "
    "hiervan over als feit."
)


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # integer, number, string, boolean, date
    description: str
    unit: str = ""


@dataclass(frozen=True)
class Resource:
    name: str  # also the file name: <name>.csv, <name>.json
    title: str
    description: str
    columns: tuple[Column, ...]


AGREEMENTS = Resource(
    "afspraken",
    "Afspraken met hun stoplicht",
    "Elke afspraak van de Woondeal met het stoplicht en de fase zoals gepubliceerd in de voortgangsrapportage.",
    (
        Column("periode", "string", "Halfjaar, bijvoorbeeld 2021-h1."),
        Column("nummer", "integer", "Nummer van de afspraak (1–69)."),
        Column("afspraak", "string", "Titel van de afspraak."),
        Column("pijler", "integer", "Nummer van de pijler (1–6)."),
        Column("stoplicht", "string", "groen, geel of rood; leeg: nog niet beoordeeld."),
        Column("stoplicht_omschrijving", "string", "Het stoplicht in woorden."),
        Column("fase", "string", "Nog niet gestart, in uitvoering, afgerond of geborgd; leeg: onbekend."),
        Column("aandacht_bestuur", "boolean", "Vraagt aandacht van het Bestuurlijk Overleg / NIER (ja/nee)."),
        Column("vorig_stoplicht", "string", "Het stoplicht in de vorige rapportage; leeg: niet beoordeeld."),
        Column("verandering", "string", "beter, slechter, gelijk, nieuw of niet beoordeeld."),
        Column(
            "illustratief",
            "boolean",
            "Demo-gegevens: een verzonnen afspraak, geen feit uit de deal (ja/nee).",
        ),
    ),
)
AREA_COLUMNS = (
    Column("periode", "string", "Halfjaar van de rapportage, bijvoorbeeld 2021-h1."),
    Column("niveau", "string", "regio, subregio of gemeente."),
    Column("gebiedscode", "string", "regio; de slug van de subregio; de CBS-code van de gemeente (GMxxxx)."),
    Column("gebied", "string", "Naam van het gebied."),
)
INDICATORS = Resource(
    "indicatoren",
    "Indicatoren per gebied",
    "Woningbouwcijfers uit de woningbouwmonitor per regio, subregio en gemeente, zoals gepubliceerd.",
    (
        *AREA_COLUMNS,
        Column("indicator", "string", "Code van de indicator, bijvoorbeeld homes of circular_share."),
        Column("omschrijving", "string", "De indicator in woorden."),
        Column("waarde", "number", "De waarde; leeg (CSV) of null (JSON): onbekend, nooit 0.", "zie eenheid"),
        Column("eenheid", "string", "woningen, plannen of % (percentage met één decimaal)."),
    ),
)
TARGETS = Resource(
    "doelen",
    "Doelen per gebied",
    "De doelen van de deal per gebied met de bereikte waarde en het oordeel, zoals gepubliceerd.",
    (
        *AREA_COLUMNS,
        Column("doel", "string", "Code van het doel, bijvoorbeeld affordable-share."),
        Column("omschrijving", "string", "Het doel in woorden."),
        Column("waarde", "number", "De bereikte waarde; leeg: onbekend.", "zie eenheid"),
        Column("eenheid", "string", "woningen of %."),
        Column("doelwaarde", "string", "Het doel zoals de deal het stelt, bijvoorbeeld ≥ 40 %."),
        Column("voortgang", "number", "Percentage van het doel dat is bereikt; leeg: onbekend.", "%"),
        Column("oordeel", "string", "doel gehaald, doel nog niet gehaald of onbekend."),
    ),
)
RESOURCES = {resource.name: resource for resource in (AGREEMENTS, INDICATORS, TARGETS)}


def _agreement_rows(report: PublishedReport) -> list[list]:
    return [
        [
            report.code,
            line["number"],
            line["title"],
            line["pillar_number"],
            line["colour"] or None,
            line["colour_label"],
            line["phase_label"] or None,
            bool(line["needs_attention"]),
            line["previous_colour"] or None,
            line["change"].get("label"),
            bool(line.get("is_illustrative")),
        ]
        for line in report.data["agreements"]
    ]


def _indicator_rows(report: PublishedReport) -> list[list]:
    return [
        [report.code, area["level"], area["code"], area["name"], i["code"], i["label"], i["value"], i["unit"]]
        for area in report.data["indicators"]
        for i in area["indicators"]
    ]


def _target_rows(report: PublishedReport) -> list[list]:
    return [
        [report.code, area["level"], area["code"], area["name"], t["code"], t["label"], t["value"], t["unit"]]
        + [t["target"], t["progress"], t["verdict"]]
        for area in report.data["indicators"]
        for t in area["targets"]
    ]


ROWS = {"afspraken": _agreement_rows, "indicatoren": _indicator_rows, "doelen": _target_rows}


def rows_of(resource: Resource, report: PublishedReport) -> list[dict]:
    names = [column.name for column in resource.columns]
    return [dict(zip(names, row, strict=True)) for row in ROWS[resource.name](report)]


def _csv_value(value):
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",") if not value.is_integer() else str(int(value))
    return value


def resource_csv(resource: Resource, report: PublishedReport) -> str:
    headers = [column.name for column in resource.columns]
    rows = ([_csv_value(value) for value in row] for row in ROWS[resource.name](report))
    return "\ufeff" + csv_text(headers, rows)


def peildatum(report: PublishedReport) -> str | None:
    """The monitor's reference date of the published figures (ISO), read from the report's source line."""
    found = re.search(r"peildatum (\d{2})-(\d{2})-(\d{4})", report.data["dashboard"].get("source") or "")
    return f"{found[3]}-{found[2]}-{found[1]}" if found else None


def data_package(report: PublishedReport, base_url: str) -> dict:
    """The data description of one published half year (Frictionless Data Package, in Dutch)."""
    sources = [{"title": f"Voortgangsrapportage {report.label}, gepubliceerd {report.published_at:%Y-%m-%d}"}]
    if report.data["dashboard"].get("source"):
        sources.append({"title": f"Woningbouwmonitor: {report.data['dashboard']['source']}"})
    package = {
        "name": f"woondeal-voortgang-{report.code}",
        "title": f"Voortgang Woondeal regio Arnhem-Nijmegen, {report.label}",
        "licenses": [LICENCE],
        "publisher": PUBLISHER,
        "sources": sources,
        "peildatum": peildatum(report),
        "created": report.published_at.isoformat(),
        "resources": [_described(resource, base_url) for resource in RESOURCES.values()],
    }
    if report.is_demo:
        package["description"] = DEMO_DESCRIPTION
    return package


def _described(resource: Resource, base_url: str) -> dict:
    fields = [
        {"name": c.name, "type": c.type, "description": c.description, **({"unit": c.unit} if c.unit else {})}
        for c in resource.columns
    ]
    return {
        "name": resource.name,
        "title": resource.title,
        "description": resource.description,
        "path": f"{base_url}{resource.name}.csv",
        "format": "csv",
        "dialect": {"delimiter": ";", "decimalChar": ",", "encoding": "utf-8-sig"},
        "schema": {"fields": fields},
    }
