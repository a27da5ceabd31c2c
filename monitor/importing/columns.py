"""The plan-level template's columns (DESIGN.md, "Monitor import"): one place for the reader, the template and the help sheet."""

import re
from dataclasses import dataclass

from .matching import normalise


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    help: str
    valid: str
    attribute: str = ""


COLUMNS = (
    Column(
        "plan_id",
        True,
        "Vaste id van het plan in de monitor; uniek in het bestand.",
        "tekst of getal",
        "plan_id",
    ),
    Column("plannaam", True, "Naam van het plan.", "tekst (max. 255 tekens)", "name"),
    Column(
        "gemeente", True, "Gemeente van het plan.", "CBS-code (GM0202, 0202 of 202) of de officiële naam", ""
    ),
    Column(
        "locatie",
        False,
        "Naam van een Woondeal-locatie in die gemeente.",
        "een bekende locatienaam of leeg",
        "",
    ),
    Column(
        "status",
        True,
        "Planstatus.",
        "hard, zacht, in aanbouw, opgeleverd, of 1A t/m 4B (1–2 hard, 3–4 zacht)",
        "",
    ),
    Column(
        "plantype",
        False,
        "Soort plan.",
        "uitleg, verdichting, transformatie, herstructurering, …",
        "plan_type",
    ),
    Column(
        "oplevering_jaar",
        False,
        "Verwacht of werkelijk jaar van oplevering.",
        "jaartal of datum; leeg = fase onbekend",
        "",
    ),
    Column("woningen", True, "Aantal woningen.", "geheel getal ≥ 0", "homes"),
    Column("sociale_huur", False, "Woningen in de sociale huur.", "geheel getal ≥ 0", "sociale_huur"),
    Column("middenhuur", False, "Woningen in de middenhuur.", "geheel getal ≥ 0", "middenhuur"),
    Column("dure_huur", False, "Woningen in de dure huur.", "geheel getal ≥ 0", "dure_huur"),
    Column("betaalbare_koop", False, "Betaalbare koopwoningen.", "geheel getal ≥ 0", "betaalbare_koop"),
    Column(
        "dure_koop", False, "Dure koopwoningen.", "geheel getal ≥ 0; segmenten samen ≤ woningen", "dure_koop"
    ),
    Column(
        "circulair",
        False,
        "Woningen die circulair gebouwd worden.",
        "geheel getal ≥ 0, ≤ woningen",
        "circular",
    ),
    Column(
        "conceptueel",
        False,
        "Woningen die conceptueel gebouwd worden.",
        "geheel getal ≥ 0, ≤ woningen",
        "conceptual",
    ),
    Column("flexwonen", False, "Flexwoningen.", "geheel getal ≥ 0, ≤ woningen", "flexible"),
    Column(
        "doelgroep",
        False,
        "Doelgroep.",
        "studenten, arbeidsmigranten, ouderen, aandachtsgroepen, … of leeg",
        "",
    ),
)
BY_NAME = {column.name: column for column in COLUMNS}
REQUIRED = tuple(column.name for column in COLUMNS if column.required)
ALIASES = {
    "planid": "plan_id",
    "id": "plan_id",
    "naam": "plannaam",
    "plan": "plannaam",
    "gem_naam": "gemeente",
    "gemeentenaam": "gemeente",
    "gemeentecode": "gemeente",
    "planstatus": "status",
    "type": "plantype",
    "opleverjaar": "oplevering_jaar",
    "jaar_oplevering": "oplevering_jaar",
    "oplevering": "oplevering_jaar",
    "aantal_woningen": "woningen",
    "flexwoningen": "flexwonen",
}
SEPARATORS = re.compile(r"[\s_\-]+")


def header_key(value: object) -> str:
    """'Oplevering  Jaar' → 'oplevering_jaar'; aliases resolved."""
    key = SEPARATORS.sub("_", normalise(value)).strip("_")
    return ALIASES.get(key, key)
