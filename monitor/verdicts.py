"""The monitor's verdict beside an agreement's traffic light: "monitor: 74,6 % van ≥ 130 %, doel nog niet gehaald".

An agreement linked to a target (``AgreementTarget``) is measured by the region's figure for that target, as
the region dashboard computes it. A light disagrees with the monitor when it is green while a share target is
not met, or red while it is met; a cumulative target with a horizon (homes realised by 2025) gives a verdict
but no disagreement, because "not yet reached" before the horizon is not "off course".
"""

from __future__ import annotations

from dataclasses import dataclass

from agreements.formatting import format_number
from agreements.lights import TrafficLight

from .dashboard.builder import region_target_rows
from .dashboard.types import TargetRow
from .models import AgreementTarget


@dataclass(frozen=True)
class Verdict:
    row: TargetRow

    @property
    def text(self) -> str:
        if self.row.value is None:
            return f"monitor: onbekend ({self.row.unknown or 'geen gegevens'}), doel {self.row.target_label}"
        value = f"{format_number(self.row.value)} {self.row.unit}"
        return f"monitor: {value} van {self.row.target_label}, {self.row.verdict}"

    @property
    def compares(self) -> bool:
        return self.row.unit == "%" and self.row.met is not None

    def disagrees_with(self, colour: str | None) -> bool:
        if not self.compares or not colour:
            return False
        if self.row.met:
            return colour == TrafficLight.ROOD
        return colour == TrafficLight.GROEN


def verdicts_for(agreement_ids) -> dict[int, Verdict]:
    """Agreement id → the monitor's verdict, for the agreements among ``agreement_ids`` linked to a target."""
    links = dict(
        AgreementTarget.objects.filter(agreement_id__in=agreement_ids).values_list(
            "agreement_id", "target__code"
        )
    )
    if not links:
        return {}
    rows = region_target_rows()
    return {agreement_id: Verdict(rows[code]) for agreement_id, code in links.items() if code in rows}
