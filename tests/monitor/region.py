"""The region's 18 municipalities in three subregions, as the app's reference data has them
(``fixtures/subregions.json`` and ``fixtures/municipalities.json``, the one source of the region)."""

import json
from functools import cache

from django.core.management import call_command

from agreements.reference import REGION_FIXTURES
from monitor.models import Municipality


@cache
def _municipality_fields() -> list[dict]:
    return [row["fields"] for row in json.loads(REGION_FIXTURES[1].read_text())]


# (CBS code, name, subregion) of each municipality, in the reference data's order.
REGION = [(fields["cbs_code"], fields["name"], fields["subregion"][0]) for fields in _municipality_fields()]


def create_region() -> dict[str, Municipality]:
    """Loads the region's reference data (again: loading updates in place); name → municipality."""
    call_command("loaddata", *REGION_FIXTURES, verbosity=0)
    return {m.name: m for m in Municipality.objects.select_related("subregion")}


def boundary(cbs_code: str) -> dict:
    """The municipality's generalised boundary from the reference data (CBS / Kadaster)."""
    return next(fields["boundary"] for fields in _municipality_fields() if fields["cbs_code"] == cbs_code)
