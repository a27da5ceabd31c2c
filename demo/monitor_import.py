"""A demo monitor import: plans for the region's municipalities whose hard and soft totals are those of the
provincial plan capacity of spring 2021 (``plancapaciteit-per-gemeente-2021.xlsx``: 14,412 hard, 23,255 soft);
plan sizes, years, segments, locations and target groups are invented (deterministic, ``random.Random(seed)``).
Imported through the real services, so the demo has a committed import with its indicators. An earlier
autumn-2020 import (the baseline measurement; figures derived from spring 2021, less hard and more soft) is
committed first and superseded, so the dashboard's timeline shows movement between two imports.
"""

import datetime
import io
import random

from openpyxl import Workbook

from accounts.models import User
from monitor import services
from monitor.importing.columns import COLUMNS
from monitor.models import Location, MonitorImport, Municipality

DEMO_FILENAME = "demo-monitor-voorjaar-2021.xlsx"
DEMO_PEILDATUM = datetime.date(2021, 4, 1)
BASELINE_FILENAME = "demo-monitor-nulmeting-najaar-2020.xlsx"
BASELINE_PEILDATUM = datetime.date(2020, 10, 1)
BASELINE_SCALE = {"hard": 0.88, "zacht": 1.06}  # half a year earlier: less was planologically fixed
# fmt: off
CAPACITY_2021 = {
    "GM0202": (4553, 1323), "GM0268": (6144, 10564), "GM1945": (159, 1268), "GM0209": (492, 1235),
    "GM0221": (55, 145), "GM0225": (279, 772), "GM0226": (99, 1012), "GM0252": (77, 1001), "GM1705": (378, 945),
    "GM1955": (199, 737), "GM0944": (66, 111), "GM1734": (317, 834), "GM0274": (346, 241), "GM0275": (134, 785),
    "GM0277": (12, 0), "GM0293": (38, 258), "GM0296": (247, 1389), "GM0299": (817, 635),
}
# fmt: on
LABELS = {
    "hard": ("1A Onherroepelijk", "2A Vastgesteld", "hard"),
    "zacht": ("3 In voorbereiding", "4A Visie", "zacht"),
}
YEARS = {"hard": (2021, 2028), "zacht": (2023, 2036)}
GROUPS = ("", "", "", "starters", "ouderen", "studenten", "aandachtsgroepen")


def ensure_demo_monitor_import(*, uploaded_by: User, seed: int = 2021) -> MonitorImport:
    """The committed demo import (after the superseded baseline); created once, found on every later run."""
    existing = MonitorImport.objects.defer("content").filter(filename=DEMO_FILENAME).first()
    if existing is not None:
        return existing
    baseline = demo_workbook(seed=seed, scale=BASELINE_SCALE)
    _commit(content=baseline, filename=BASELINE_FILENAME, peildatum=BASELINE_PEILDATUM, user=uploaded_by)
    content = demo_workbook(seed=seed)
    return _commit(content=content, filename=DEMO_FILENAME, peildatum=DEMO_PEILDATUM, user=uploaded_by)


def _commit(*, content: bytes, filename: str, peildatum: datetime.date, user: User) -> MonitorImport:
    monitor_import, _ = services.upload_monitor_import(
        content=content, filename=filename, peildatum=peildatum, uploaded_by=user
    )
    return services.commit_monitor_import(monitor_import=monitor_import, user=user)


def demo_workbook(*, seed: int, scale: dict[str, float] | None = None) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Plannen"
    sheet.append([column.name for column in COLUMNS])
    for row in demo_rows(seed=seed, scale=scale):
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def demo_rows(*, seed: int, scale: dict[str, float] | None = None) -> list[list]:
    rng = random.Random(seed)
    locations: dict[int, list[str]] = {}
    for location in Location.objects.order_by("name"):
        locations.setdefault(location.municipality_id, []).append(location.name)
    rows = []
    for municipality in Municipality.objects.filter(cbs_code__in=CAPACITY_2021).order_by("cbs_code"):
        for status, total in zip(("hard", "zacht"), CAPACITY_2021[municipality.cbs_code], strict=True):
            total = round(total * (scale or {}).get(status, 1))
            for homes in _split(rng, total):
                rows.append(
                    _row(rng, len(rows) + 1, municipality, status, homes, locations.get(municipality.pk, []))
                )
    return rows


def _split(rng: random.Random, total: int) -> list[int]:
    """``total`` as 1–8 plan sizes that add up exactly."""
    parts = min(total, rng.randint(1, 8))
    cuts = sorted(rng.sample(range(1, total), parts - 1)) if parts > 1 else []
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True) if b > a]


def _row(rng, number, municipality, status, homes, location_names) -> list:
    shares = (0.3, 0.15, 0.05, 0.2, 0.2)
    segments = [int(homes * share * rng.uniform(0.5, 1.0)) for share in shares]
    location = rng.choice(location_names) if location_names and rng.random() < 0.4 else None
    year = rng.randint(*YEARS[status]) if rng.random() < 0.85 else None
    return [
        f"DEMO-{number:04d}",
        f"Plan {municipality.name} {number}",
        municipality.cbs_code,
        location,
        rng.choice(LABELS[status]),
        rng.choice(("uitleg", "verdichting", "transformatie", "herstructurering")),
        year,
        homes,
        *segments,
        int(homes * rng.uniform(0, 0.2)),
        int(homes * rng.uniform(0, 0.25)),
        int(homes * rng.uniform(0, 0.05)),
        rng.choice(GROUPS),
    ]
