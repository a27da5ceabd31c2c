"""The factsheet builder: one pillar's half year as plain data, for the page, the PDF and the progress report.

``build_factsheet(factsheet)`` accepts a saved factsheet or an unsaved one (a pillar that has not started).
The progress report builds six of them; it may load the monitor figures once and pass them in.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Prefetch
from django.template.loader import render_to_string

from agreements.lights import Light
from agreements.models import Agreement, AgreementStatus, Deal
from reports.agreement_lines import AgreementLine, ColourCount, count_colours
from reports.models import Factsheet
from reports.monitor_figures import IndicatorFigure, MonitorFigures, current_region_figures, pillar_figures
from reports.pdf import render_pdf

from .diff import text_diff

NOT_ASSESSED = "Nog niet beoordeeld"
TEXT_LABELS = {name: Factsheet._meta.get_field(name).verbose_name for name in Factsheet.TEXT_FIELDS}


@dataclass(frozen=True, kw_only=True)
class FactsheetLine(AgreementLine):
    assessed: bool = False  # assessed in this half year (a carried-over light still has to be re-assessed)


@dataclass(frozen=True)
class FactsheetData:
    pillar_number: int
    pillar_name: str
    period_code: str
    period_label: str
    previous_period_label: str
    deadline: date | None
    state: str
    state_label: str
    summary: str
    partners: str
    output: str
    outcome: str
    next_actions: str
    agreements: tuple[FactsheetLine, ...]
    colour_counts: tuple[ColourCount, ...]
    indicators: tuple[IndicatorFigure, ...]
    peildatum: date | None
    updated_by: str
    updated_at: datetime | None

    @property
    def title(self) -> str:
        return f"Factsheet pijler {self.pillar_number}: {self.pillar_name}, {self.period_label}"


def _agreement_lines(factsheet: Factsheet, previous_period) -> tuple[FactsheetLine, ...]:
    """The pillar's agreements with their light in the period (assessed or carried over, as every page counts
    it) and in the previous one (3 queries)."""
    period = factsheet.period
    statuses = AgreementStatus.objects.filter(period=period).only(
        "agreement_id", "period_id", "colour", "phase", "progress", "needs_attention"
    )
    agreements = (
        Agreement.objects.filter(pillar_id=factsheet.pillar_id)
        .with_latest_status(period)
        .only("number", "title", "pillar_id", "is_illustrative")
        .prefetch_related(Prefetch("statuses", queryset=statuses, to_attr="in_period"))
    )
    before = Agreement.objects.lights(previous_period) if previous_period else {}
    lines = []
    for agreement in agreements:
        current = agreement.in_period[0] if agreement.in_period else None
        light, previous = agreement.light, before.get(agreement.pk, Light())
        lines.append(
            FactsheetLine.of(
                agreement, status=current, light=light, previous=previous, assessed=current is not None
            )
        )
    return tuple(lines)


def build_factsheet(factsheet: Factsheet, *, monitor: MonitorFigures | None = None) -> FactsheetData:
    """Plain data for one factsheet. Without ``monitor`` the current region figures are loaded; pass them
    to reuse one load for several factsheets."""
    pillar, period = factsheet.pillar, factsheet.period
    previous_period = period.previous()
    lines = _agreement_lines(factsheet, previous_period)
    figures = monitor if monitor is not None else current_region_figures()
    return FactsheetData(
        pillar_number=pillar.number,
        pillar_name=pillar.name,
        period_code=period.code,
        period_label=period.label,
        previous_period_label=previous_period.label if previous_period else "",
        deadline=period.deadline,
        state=factsheet.state if factsheet.is_started else "",
        state_label=factsheet.state_label,
        summary=factsheet.summary,
        partners=factsheet.partners,
        output=factsheet.output,
        outcome=factsheet.outcome,
        next_actions=factsheet.next_actions,
        agreements=lines,
        colour_counts=count_colours(lines),
        indicators=pillar_figures(pillar.number, figures),
        peildatum=figures.peildatum if figures else None,
        updated_by=str(factsheet.updated_by) if factsheet.updated_by_id else "",
        updated_at=factsheet.updated_at if factsheet.is_started else None,
    )


def render_factsheet_pdf(sheet: FactsheetData) -> bytes:
    """One factsheet as a tagged PDF: builder data → print template → the locked-down renderer."""
    context = {"sheet": sheet, "deal": Deal.objects.current()}  # the deal's name: reference data
    return render_pdf(render_to_string("reports/factsheet_pdf.html", context), title=sheet.title)


@dataclass(frozen=True)
class TextDifference:
    label: str
    changed: bool
    html: str


def differences_with_previous(factsheet: Factsheet) -> tuple[str, tuple[TextDifference, ...]] | None:
    """The previous half year's label and a word-level difference per text, or None without a previous one."""
    previous_period = factsheet.period.previous()
    previous = (
        Factsheet.objects.filter(pillar_id=factsheet.pillar_id, period=previous_period).first()
        if previous_period
        else None
    )
    if previous is None:
        return None
    diffs = tuple(
        TextDifference(
            TEXT_LABELS[name],
            getattr(previous, name) != getattr(factsheet, name),
            text_diff(getattr(previous, name), getattr(factsheet, name)),
        )
        for name in Factsheet.TEXT_FIELDS
    )
    return previous_period.label, diffs
