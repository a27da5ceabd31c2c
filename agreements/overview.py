"""The period overview for the core team: where every pillar stands in one half year (three queries).

The counts per pillar are the lights of the period as every page counts them (``light_counts``: assessed
in the period or carried over); the lists name what the core team still has to chase in this half year."""

from dataclasses import dataclass, field

from .lights import KEYS, NONE, LightCounts
from .models import Agreement, Period, Pillar


@dataclass
class PillarCounts:
    pillar: Pillar
    lights: LightCounts = field(default_factory=LightCounts)

    @property
    def total(self) -> int:
        return self.lights.total

    @property
    def cells(self) -> list[int]:
        return self.lights.cells

    @property
    def not_assessed(self) -> int:
        return self.lights[NONE]


@dataclass
class PeriodOverview:
    period: Period
    previous: Period | None
    pillars: list[PillarCounts]
    not_assessed: list[Agreement]
    colour_changes: list[Agreement]
    flagged: list[Agreement]

    @property
    def totals(self) -> list[int]:
        return [sum(p.cells[i] for p in self.pillars) for i in range(len(KEYS))] + [
            sum(p.total for p in self.pillars)
        ]

    @property
    def carried_over(self) -> int:
        return sum(p.lights.carried_over for p in self.pillars)


def build_period_overview(period: Period) -> PeriodOverview:
    previous = period.previous()
    counts = Agreement.objects.light_counts(period)
    pillars = {p.pk: PillarCounts(p, counts.get(p.pk, LightCounts())) for p in Pillar.objects.all()}
    agreements = (
        Agreement.objects.with_status(period)
        .with_status(previous, prefix="previous")
        .only("id", "number", "title", "pillar_id", "is_illustrative")
        .order_by("number")
    )
    overview = PeriodOverview(period, previous, list(pillars.values()), [], [], [])
    for agreement in agreements:
        agreement.pillar = pillars[agreement.pillar_id].pillar
        if agreement.current_colour is None:
            overview.not_assessed.append(agreement)
            continue
        if agreement.previous_colour and agreement.previous_colour != agreement.current_colour:
            overview.colour_changes.append(agreement)
        if agreement.current_needs_attention:
            overview.flagged.append(agreement)
    return overview
