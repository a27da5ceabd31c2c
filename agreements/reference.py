"""The reference data the app ships: fixture files with natural keys, in the order they must be loaded.

Loading them again updates the rows in place (natural keys), so corrections made in the admin to these
rows are overwritten by the fixture values; correct the fixture instead.
"""

from django.conf import settings

FIXTURE_DIR = settings.BASE_DIR / "fixtures"

REFERENCE_FIXTURES: list[str] = [
    str(FIXTURE_DIR / name)
    for name in (
        "deal.json",
        "pillars.json",
        "organisations.json",
        "subregions.json",
        "municipalities.json",
        "periods.json",
        "targets.json",
        "completions.json",
        "bodies.json",
    )
]

# The region (subregions, then their municipalities): loaded on their own by tests and benchmarks.
REGION_FIXTURES = [FIXTURE_DIR / "subregions.json", FIXTURE_DIR / "municipalities.json"]
