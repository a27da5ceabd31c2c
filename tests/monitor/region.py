"""The region's 18 municipalities in three subregions (woondeal-facts.md), for monitor tests."""

import json
from decimal import Decimal
from functools import cache
from pathlib import Path

from monitor.models import Municipality, Subregion

REGION = [
    ("GM0202", "Arnhem", "Arnhem en omgeving"),
    ("GM0268", "Nijmegen", "Nijmegen en omgeving"),
    ("GM1945", "Berg en Dal", "Nijmegen en omgeving"),
    ("GM0209", "Beuningen", "Nijmegen en omgeving"),
    ("GM0221", "Doesburg", "De Liemers"),
    ("GM0225", "Druten", "Nijmegen en omgeving"),
    ("GM0226", "Duiven", "De Liemers"),
    ("GM0252", "Heumen", "Nijmegen en omgeving"),
    ("GM1705", "Lingewaard", "Arnhem en omgeving"),
    ("GM1955", "Montferland", "De Liemers"),
    ("GM0944", "Mook en Middelaar", "Nijmegen en omgeving"),
    ("GM1734", "Overbetuwe", "Arnhem en omgeving"),
    ("GM0274", "Renkum", "Arnhem en omgeving"),
    ("GM0275", "Rheden", "Arnhem en omgeving"),
    ("GM0277", "Rozendaal", "Arnhem en omgeving"),
    ("GM0293", "Westervoort", "De Liemers"),
    ("GM0296", "Wijchen", "Nijmegen en omgeving"),
    ("GM0299", "Zevenaar", "De Liemers"),
]


def create_region() -> dict[str, Municipality]:
    subregions = {}
    for slug, name in (
        ("arnhem", "Arnhem en omgeving"),
        ("nijmegen", "Nijmegen en omgeving"),
        ("liemers", "De Liemers"),
    ):
        subregions[name], _ = Subregion.objects.get_or_create(name=name, defaults={"slug": slug})
    municipalities = {}
    for code, name, subregion in REGION:
        municipalities[name], _ = Municipality.objects.get_or_create(
            cbs_code=code,
            defaults={
                "name": name,
                "province": "Limburg" if code == "GM0944" else "Gelderland",
                "subregion": subregions[subregion],
                "latitude": Decimal("51.9"),
                "longitude": Decimal("5.9"),
            },
        )
    return municipalities


@cache
def _boundaries() -> dict[str, dict]:
    fixture = Path(__file__).resolve().parents[2] / "fixtures" / "municipalities.json"
    return {row["fields"]["cbs_code"]: row["fields"]["boundary"] for row in json.loads(fixture.read_text())}


def boundary(cbs_code: str) -> dict:
    """The municipality's generalised boundary from the reference data (CBS / Kadaster)."""
    return _boundaries()[cbs_code]
