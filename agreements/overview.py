"""The period overview for the core team: where every pillar stands in one half year (two queries)."""

from dataclasses import dataclass, field

from .models import Agreement, Period, Pillar, TrafficLight

COLOURS = [TrafficLight.GROEN, TrafficLight.GEEL, TrafficLight.ROOD]


@dataclass
class PillarCounts:
    pillar: Pillar
    counts: dict[str, int] = field(default_factory=lambda: {c.value: 0 for c in COLOURS})
    not_assessed: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values()) + self.not_assessed

    @property
    def cells(self) -> list[int]:
        return [self.counts[c.value] for c in COLOURS]


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
        return [sum(p.cells[i] for p in self.pillars) for i in range(len(COLOURS))] + [
            sum(p.not_assessed for p in self.pillars),
            sum(p.total for p in self.pillars),
        ]


def build_period_overview(period: Period) -> PeriodOverview:
    previous = period.previous()
    pillars = {p.pk: PillarCounts(p) for p in Pillar.objects.all()}
    agreements = (
        Agreement.objects.with_status(period)
        .with_status(previous, prefix="previous")
        .only("id", "number", "title", "pillar_id")
        .order_by("number")
    )
    overview = PeriodOverview(period, previous, list(pillars.values()), [], [], [])
    for agreement in agreements:
        agreement.pillar = pillars[agreement.pillar_id].pillar
        row = pillars[agreement.pillar_id]
        if agreement.current_colour is None:
            row.not_assessed += 1
            overview.not_assessed.append(agreement)
            continue
        row.counts[agreement.current_colour] += 1
        if agreement.previous_colour and agreement.previous_colour != agreement.current_colour:
            overview.colour_changes.append(agreement)
        if agreement.current_needs_attention:
            overview.flagged.append(agreement)
    return overview
