"""The overview of the programme's means for the core team and the Directeurenoverleg: the werkbudget per line
(budget, committed, spent, still free), its warnings and chart, and the core team's capacity in a half year.
One builder; the page, the Excel download and the progress report's annex all read it."""

from dataclasses import dataclass, field
from decimal import Decimal

from agreements.formatting import UNKNOWN, format_number
from agreements.models import Period
from monitor.charts.chart import Chart

from .models import BudgetLine, CapacityPosition, Formation, WorkBudget
from .models.budget import ZERO

# The house style's colours (monitor.charts.style), each with a pattern: colour is not the only cue.
COLOURS = {"budget": "#154273", "committed": "#c87d0e", "spent": "#1e7b34"}
PATTERNS = {"budget": "", "committed": "/", "spent": "."}


def euro(value: Decimal | None) -> str:
    """``€ 1.000.000,00``; ``−`` before a negative amount; "onbekend" for no value."""
    if value is None:
        return UNKNOWN
    return f"€\u00a0{'−' if value < 0 else ''}{format_number(abs(value), decimals=2)}"  # a non-breaking space: the sign stays with the number


@dataclass
class BudgetOverview:
    budget: WorkBudget | None
    lines: list[BudgetLine]
    warnings: list[str] = field(default_factory=list)

    @property
    def amount(self) -> Decimal:
        return self.budget.amount if self.budget else ZERO

    @property
    def lines_amount(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)

    @property
    def committed(self) -> Decimal:
        return sum((line.committed for line in self.lines), ZERO)

    @property
    def spent(self) -> Decimal:
        return sum((line.spent for line in self.lines), ZERO)

    @property
    def available(self) -> Decimal:
        return self.lines_amount - self.committed

    @property
    def is_illustrative(self) -> bool:
        return bool(self.budget and self.budget.is_illustrative) or any(
            line.is_illustrative for line in self.lines
        )

    def rows(self) -> list[list]:
        """Budget line, funders, budget, committed, spent, free, warning: the table and the Excel download."""
        return [
            [
                line.name,
                ", ".join(str(f) for f in line.funders.all()),
                line.amount,
                line.committed,
                line.spent,
                line.available,
                over_commitment_warning(line),
            ]
            for line in self.lines
        ]

    def chart(self) -> Chart:
        names = [line.name for line in self.lines]
        series = [
            ("budget", "Budget", [line.amount for line in self.lines]),
            ("committed", "Verplicht", [line.committed for line in self.lines]),
            ("spent", "Besteed", [line.spent for line in self.lines]),
        ]
        data = [
            {
                "type": "bar",
                "orientation": "h",
                "name": label,
                "y": names,
                "x": [float(v) for v in values],
                "marker": {
                    "color": COLOURS[key],
                    "pattern": {
                        "shape": PATTERNS[key],
                        "fillmode": "overlay",
                        "fgcolor": "#ffffff",
                        "fgopacity": 0.6,
                    },
                },
                "hovertemplate": "%{y}: € %{x:,.2f}<extra>" + label + "</extra>",
            }
            for key, label, values in series
        ]
        layout = {
            "barmode": "group",
            "height": max(280, 90 * len(names) + 120),
            "xaxis": {"title": {"text": "euro"}, "tickformat": ",.0f", "rangemode": "tozero"},
            "yaxis": {"automargin": True, "autorange": "reversed"},
        }
        summary = (
            f"Werkbudget {euro(self.lines_amount)} over {len(names)} budgetregels: verplicht "
            f"{euro(self.committed)}, besteed {euro(self.spent)}, nog vrij {euro(self.available)}."
        )
        return Chart(
            id="werkbudget",
            title="Werkbudget per budgetregel",
            data=data,
            layout=layout,
            headers=HEADERS,
            rows=self.rows(),
            summary=summary,
        )


HEADERS = ["Budgetregel", "Financiers", "Budget", "Verplicht", "Besteed", "Nog vrij", "Signaal"]


def over_commitment_warning(line: BudgetLine) -> str:
    if line.over_committed > 0:
        return f"Verplichtingen overschrijden het budget met {euro(line.over_committed)}"
    return ""


def build_budget_overview() -> BudgetOverview:
    """The first werkbudget (the deal has one) with its lines and totals, in three queries."""
    budget = WorkBudget.objects.prefetch_related("funders").first()
    lines = list(BudgetLine.objects.filter(budget=budget).with_totals()) if budget else []
    overview = BudgetOverview(budget=budget, lines=lines)
    overview.warnings = [
        f"{line.name}: {over_commitment_warning(line)}." for line in lines if line.over_committed
    ]
    if budget and overview.lines_amount > budget.amount:
        overview.warnings.append(
            f"De budgetregels samen ({euro(overview.lines_amount)}) zijn meer dan het beschikbare werkbudget "
            f"({euro(budget.amount)})."
        )
    return overview


@dataclass
class CapacityOverview:
    period: Period | None
    formation: Formation | None
    positions: list[CapacityPosition]

    def fte(self, *states: str) -> Decimal:
        return sum((p.fte for p in self.positions if not states or p.state in states), ZERO)

    @property
    def filled(self) -> Decimal:
        return self.fte(CapacityPosition.State.INGEVULD, CapacityPosition.State.EXTERN)

    @property
    def vacant(self) -> Decimal:
        return self.fte(CapacityPosition.State.VACATURE)

    @property
    def is_illustrative(self) -> bool:
        return any(p.is_illustrative for p in self.positions)


def build_capacity_overview(period: Period | None) -> CapacityOverview:
    formation = Formation.objects.first()
    positions = (
        list(
            CapacityPosition.objects.filter(formation=formation, period=period).select_related(
                "organisation", "funded_by"
            )
        )
        if formation and period
        else []
    )
    return CapacityOverview(period=period, formation=formation, positions=positions)


def fte(value: Decimal | None) -> str:
    """``0,5``; ``4``; ``1,25`` (no trailing zeros)."""
    if value is None:
        return "onbekend"
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


@dataclass
class MeansAnnex:
    """The programme's means in the progress report's annex: the werkbudget and the core team's capacity."""

    budget: BudgetOverview
    capacity: CapacityOverview


def means_annex(period_code: str) -> MeansAnnex:
    """For the half year ``period_code`` (the report's period): a fixed number of queries."""
    period = Period.objects.filter(code=period_code).first()
    return MeansAnnex(budget=build_budget_overview(), capacity=build_capacity_overview(period))
