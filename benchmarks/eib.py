"""The real EIB plan list (``/work/shared/data`` style CSV) turned into the plan template layout.

Names, statuses, plan types and numbers stay as they are; the plan's municipality is mapped onto the region's
municipalities (a fixed, sorted assignment, shifted by one for each copy so that no municipality gets every copy
of Amsterdam's plans: more than the plausibility bound per municipality), tenure goes to the two segments the EIB knows (huur → sociale_huur,
koop → dure_koop: the EIB does not split by price), and the completion year is the first year of the phase
holding most of the plan's homes (none when the phase is unknown). Used by tests and the benchmark.
"""

import io
import math
import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

from monitor.importing.columns import COLUMNS

DATA_DIR = Path(os.environ.get("WOONDEAL_DATA_DIR", "/work/shared/data"))
EIB_CSV = DATA_DIR / "eib-woningbouwplannen-2021.csv"
PROVINCIAL_XLSX = DATA_DIR / "plancapaciteit-per-gemeente-2021.xlsx"
PHASE_YEAR = {"op2019": 2019, "op202024": 2020, "op202529": 2025, "op20302050": 2030, "oplonb": None}


def eib_frame() -> pd.DataFrame:
    return pd.read_csv(EIB_CSV)


def template_rows(
    frame: pd.DataFrame, municipality_names: Sequence[str], *, copies: int = 1, repair: bool = False
) -> list[list]:
    """Rows in template column order; ``copies`` repeats the list with distinct plan ids (the benchmark).

    ``repair`` caps huur + koop at the homes left, so that the file has no errors (the EIB balances tenure
    with negative "unknown" figures, which the import rightly reports as errors).
    """
    region = sorted(municipality_names)
    places = {name: i for i, name in enumerate(sorted(frame["gem_naam"].unique()))}
    phases = list(PHASE_YEAR)
    rows = []
    for copy in range(copies):
        for number, plan in enumerate(frame.itertuples(index=False)):
            biggest = max(phases, key=lambda p: getattr(plan, p))
            year = PHASE_YEAR[biggest] if getattr(plan, biggest) > 0 else None
            plantype = plan.plantype if isinstance(plan.plantype, str) else None
            huur, koop = plan.huur, plan.koop
            if repair:
                huur = min(huur, plan.aantalrest)
                koop = min(koop, plan.aantalrest - huur)
            segments = [huur, 0, 0, 0, koop]  # sociale_huur … dure_koop
            rows.append(
                [
                    f"EIB-{copy}-{number + 2}",
                    plan.plannaam,
                    region[(places[plan.gem_naam] + copy) % len(region)],
                    None,
                    plan.planstatus,
                    plantype,
                ]
                + [year, plan.aantalrest, *segments, 0, 0, 0, None]
            )
    return rows


def template_workbook(rows: list[list]) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Plannen")
    sheet.append([column.name for column in COLUMNS])
    for row in rows:
        sheet.append([None if isinstance(v, float) and math.isnan(v) else v for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
