"""The half-yearly progress report as plain data: ``build_progress_report(period) -> ReportData``.

One builder serves the browser preview, the PDF and the publication snapshot (seed, section 4.1): a cover,
the management summary's five parts, the dashboard (region and per subregion), the six pillar factsheets with
their traffic lights, what changed since the previous report, drafts of the lists the core team writes from,
and an annex with every agreement. A fixed number of queries, whatever the amount of data.
"""

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import date

from agreements.lights import Light
from agreements.models import Agreement, AgreementStatus, Deal, Period, Pillar, TrafficLight
from reports.agreement_lines import AgreementLine, ColourCount, count_colours
from reports.factsheets.sheet import FactsheetData, build_factsheet
from reports.models import Factsheet, ProgressReport
from reports.monitor_figures import current_region_figures
from tempotafels.models import Action

from .dashboard_section import DashboardSection, build_dashboard_section
from .decisions import DecisionsSection, build_decisions_section

NOT_ASSESSED = "Nog niet beoordeeld"
COLOUR_RANK = {TrafficLight.ROOD: 0, TrafficLight.GEEL: 1, TrafficLight.GROEN: 2}
SUMMARY_PARTS = [
    ("main_results", "Belangrijkste resultaten"),
    ("acceleration", "Wat is gedaan om te versnellen of vertraging te voorkomen"),
    ("added_value", "Meerwaarde van de Woondeal-aanpak en de Versnellingstafel"),
    ("attention", "Afspraken die extra aandacht vragen van het Bestuurlijk Overleg en/of het NIER"),
    ("next_half_year", "Wat de partners het komende halfjaar te doen staat"),
]


@dataclass(frozen=True)
class Change:
    """The colour change of one agreement since the previous report: an arrow plus its words."""

    arrow: str  # ↑ beter, ↓ slechter, = gelijk, • nieuw, – niet beoordeeld
    label: str


@dataclass(frozen=True, kw_only=True)
class ReportLine(AgreementLine):
    pillar_number: int
    change: Change
    colour_change_reason: str


@dataclass(frozen=True)
class SummaryPart:
    key: str
    title: str
    text: str


@dataclass(frozen=True)
class OverdueAction:
    tempotafel: str
    description: str
    owner: str
    due_on: date


@dataclass(frozen=True)
class Drafts:
    """Pre-filled lists the core team writes the management summary from."""

    colour_changes: tuple[ReportLine, ...]
    attention: tuple[ReportLine, ...]
    overdue_actions: tuple[OverdueAction, ...] | None  # None: the Tempotafel actions are not available


@dataclass
class ReportData:
    period_code: str
    period_label: str
    previous_period_label: str
    title: str
    deadline: date | None
    summary: tuple[SummaryPart, ...]
    dashboard: DashboardSection
    factsheets: tuple[FactsheetData, ...]
    agreements: tuple[ReportLine, ...]
    drafts: Drafts
    missing_factsheets: tuple[str, ...] = field(default=())
    briefing: object = None  # the first four pages (``briefing.Briefing``, set by ``compile_report``)
    decisions: DecisionsSection | None = None  # "Besluiten en opvolging" (governance)
    demo_data: bool = (
        False  # compiled while demo data was loaded: every page of the PDF says so, and so does the snapshot
    )

    @property
    def changes(self) -> tuple[ReportLine, ...]:
        return self.agreements

    @property
    def colour_counts(self) -> tuple[ColourCount, ...]:
        return count_colours(self.agreements)

    def to_snapshot(self) -> dict:
        """JSON-ready data, as published (figures and images are left out: the PDF holds those)."""
        data = _jsonable(
            {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("dashboard", "briefing")}
        )
        data["dashboard"] = self.dashboard.to_snapshot()
        return data


def _jsonable(value):
    if is_dataclass(value):
        return _jsonable(asdict(value))
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def colour_change(previous: str, current: str) -> Change:
    if not current:
        return Change("–", "niet beoordeeld")
    if not previous:
        return Change("•", "nieuw")
    delta = COLOUR_RANK[current] - COLOUR_RANK[previous]
    if delta > 0:
        return Change("↑", "beter")
    if delta < 0:
        return Change("↓", "slechter")
    return Change("=", "gelijk")


def agreement_lines(period: Period, previous: Period | None) -> list[ReportLine]:
    """Every agreement with its light in ``period`` (carried over where not re-assessed, and labelled so) and
    the colour change since its light in ``previous`` (4 queries)."""
    agreements = Agreement.objects.select_related("pillar").order_by("number")
    statuses = {(s.agreement_id): s for s in AgreementStatus.objects.filter(period=period).order_by()}
    lights, before = Agreement.objects.lights(period), Agreement.objects.lights(previous) if previous else {}
    lines = []
    for agreement in agreements:
        status, light = statuses.get(agreement.pk), lights.get(agreement.pk, Light())
        previous_light = before.get(agreement.pk, Light())
        lines.append(
            ReportLine.of(
                agreement,
                status=status,
                light=light,
                previous=previous_light,
                pillar_number=agreement.pillar.number,
                change=colour_change(previous_light.colour, light.colour),
                colour_change_reason=status.colour_change_reason if status else "",
            )
        )
    return lines


def factsheet_sections(period: Period) -> tuple[list[FactsheetData], list[str]]:
    """The six factsheets, built as on their own pages (one layout); pillars not yet final are listed."""
    factsheets = {
        f.pillar_id: f
        for f in Factsheet.objects.filter(period=period).select_related("updated_by").order_by()
    }
    monitor = current_region_figures()
    sections, missing = [], []
    for pillar in Pillar.objects.order_by("number"):
        factsheet = factsheets.get(pillar.pk) or Factsheet(pillar=pillar, period=period)
        factsheet.pillar, factsheet.period = pillar, period
        if factsheet.state != Factsheet.State.FINAL or factsheet.pk is None:
            missing.append(f"Pijler {pillar.number}: {pillar.name} ({factsheet.state_label.lower()})")
        sections.append(build_factsheet(factsheet, monitor=monitor))
    return sections, missing


def overdue_actions(period: Period) -> tuple[OverdueAction, ...]:
    """Tempotafel actions due by the end of the period and not done."""
    actions = (
        Action.objects.filter(done=False, due_on__lte=period.end)
        .select_related("tempotafel", "owner")
        .order_by("due_on", "pk")
    )
    return tuple(
        OverdueAction(
            tempotafel=action.tempotafel.name,
            description=action.description,
            owner=str(action.owner) if action.owner_id else action.owner_name,
            due_on=action.due_on,
        )
        for action in actions
    )


def build_drafts(period: Period, lines: list[ReportLine]) -> Drafts:
    return Drafts(
        colour_changes=tuple(line for line in lines if line.change.arrow in {"↑", "↓"}),
        attention=tuple(line for line in lines if line.colour == TrafficLight.ROOD or line.needs_attention),
        overdue_actions=overdue_actions(period),
    )


@dataclass(frozen=True)
class Changes:
    """What the report's page and the summary form show: every agreement's change, and the drafts."""

    agreements: tuple[ReportLine, ...]
    drafts: Drafts


def build_changes(period: Period) -> Changes:
    """Only the changes and drafts (no dashboard, no factsheets): cheap enough for every page view."""
    lines = agreement_lines(period, period.previous())
    return Changes(agreements=tuple(lines), drafts=build_drafts(period, lines))


def build_progress_report(period: Period, report: ProgressReport | None = None) -> ReportData:
    """Compile the report of ``period``; ``report`` (loaded by the caller) gives the management summary."""
    if report is None:
        report = ProgressReport.objects.filter(period=period).first() or ProgressReport(period=period)
    previous = period.previous()
    lines = agreement_lines(period, previous)
    sections, missing = factsheet_sections(period)
    return ReportData(
        period_code=period.code,
        period_label=period.label,
        previous_period_label=previous.label if previous else "",
        title=report_title(period),
        deadline=period.deadline,
        summary=tuple(SummaryPart(key, title, getattr(report, key)) for key, title in SUMMARY_PARTS),
        dashboard=build_dashboard_section(period),
        factsheets=tuple(sections),
        agreements=tuple(lines),
        drafts=build_drafts(period, lines),
        missing_factsheets=tuple(missing),
        decisions=build_decisions_section(period),
        demo_data=Deal.objects.filter(demo_data=True).exists(),
    )


def report_title(period: Period) -> str:
    """ "Voortgangsrapportage <the deal's name>, <period>": the name comes from the reference data."""
    deal = Deal.objects.current()
    return f"Voortgangsrapportage {deal.name if deal else 'woondeal'}, {period.label}"


def attention_draft(data: ReportData | Changes) -> str:
    """A first draft of the summary's "extra attention" part: the red and flagged agreements, one per line."""
    lines = [
        f"- Afspraak {line.number} ({line.title}): {line.colour_label.lower()}"
        + ("; aandacht van het Bestuurlijk Overleg / NIER gevraagd" if line.needs_attention else "")
        for line in data.drafts.attention
    ]
    return "\n".join(lines)


def annex_table(period: Period) -> tuple[list[str], list[list]]:
    """The Excel annex: every agreement with its traffic light in each half year up to ``period`` (3 queries)."""
    periods = [
        p for p in Period.objects.order_by("year", "half") if (p.year, p.half) <= (period.year, period.half)
    ]
    colours = {
        (s.agreement_id, s.period_id): s.get_colour_display()
        for s in AgreementStatus.objects.filter(period__in=periods).order_by()
    }
    headers = ["Nr.", "Pijler", "Afspraak"] + [f"Stoplicht {p.label}" for p in periods]
    rows = [
        [a.number, a.pillar.name, a.title] + [colours.get((a.pk, p.pk), NOT_ASSESSED) for p in periods]
        for a in Agreement.objects.select_related("pillar").order_by("number")
    ]
    return headers, rows
