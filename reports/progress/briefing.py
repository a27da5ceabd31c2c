"""The board briefing: the first four pages of the half-yearly report, as plain data.

Page 1 the cover (deal, board, period, publication date, version, the sources by name and peildatum, the
decisions the board is asked to take); page 2 every agreement at a glance, per pillar, with the counts per
colour; page 3 the deal's targets (current value, target, trend over the monitor's earlier imports, "onbekend"
with its reason); page 4 the management summary with the agreements that need the board's attention. Everything
here is read from the report's own data, the region's dashboard and the reference data (``agreements.Deal``,
``monitor.Target``); nothing names the region. The lights are the report's lines: each agreement's one light in
the period (``agreements.lights``), a light carried over from an earlier half year marked so, the same count as
every page, export and factsheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Exists, OuterRef
from django.utils import timezone

from agreements.formatting import format_number
from agreements.models import Deal, Pillar, TrafficLight
from governance.models import AgendaItem, Escalation
from monitor.dashboard import Dashboard
from monitor.dashboard.targets import build_targets
from monitor.models import Target, YearlyCompletion

from .report import ColourCount, ReportLine, count_colours

ATTENTION_ROWS = 5  # rows of the attention table that fit on page 4; the rest are counted and in the annex
DECISIONS_SHOWN = 4  # decisions asked that fit on the cover; the rest are counted
TITLE_LIMIT = 90  # characters of an agreement's title in the attention table
CONFIDENTIAL_ASKED = "Er ligt een vertrouwelijke vraag aan het bestuur voor."
TEXT_LIMIT = 120  # characters of "why", "what is asked" and a decision's request in the briefing
SYMBOLS = {TrafficLight.GROEN: "✓", TrafficLight.GEEL: "!", TrafficLight.ROOD: "✕", "": "?"}


@dataclass(frozen=True)
class Source:
    name: str
    peildatum: date | None


@dataclass(frozen=True)
class GridCell:
    """One agreement in the grid: its number, the light as a symbol (readable in black and white), the change."""

    number: int
    key: str  # groen / geel / rood / none (the CSS class)
    symbol: str
    arrow: str
    carried_over: bool = False  # the light is an earlier half year's, not re-assessed (``agreements.lights``)


@dataclass(frozen=True)
class PillarGrid:
    number: int
    name: str
    cells: tuple[GridCell, ...]
    counts: tuple[ColourCount, ...]


@dataclass(frozen=True)
class TargetLine:
    name: str
    value: str  # the current value with its unit, or "onbekend"
    target: str
    trend: tuple[str, ...]  # the value at each earlier monitor import, oldest first
    explanation: str  # how the value is computed, or why it is unknown
    met: str  # "gehaald", "nog niet gehaald", "onbekend"


@dataclass(frozen=True)
class AttentionRow:
    number: int
    title: str
    colour: str
    colour_label: str
    why: str
    asked: str


@dataclass(frozen=True)
class DecisionAsked:
    subject: str
    request: str
    needed_by: date | None


@dataclass
class Briefing:
    deal: str
    board: str
    version: str  # "concept" or "definitief"
    published_on: date
    sources: tuple[Source, ...]
    pillars: tuple[PillarGrid, ...]
    totals: tuple[ColourCount, ...]
    carried_over: int  # lights of the totals taken over from an earlier half year
    targets: tuple[TargetLine, ...]
    attention: tuple[AttentionRow, ...]
    attention_more: int  # agreements needing attention beyond the table (listed in the annex)
    decisions: tuple[DecisionAsked, ...]  # on agenda items shared with NIER and guests (the report is public)
    decisions_more: int
    decisions_confidential: int = 0  # open escalations not (yet) on a shared agenda item: only counted

    @property
    def symbols(self) -> dict:
        return {key or "none": symbol for key, symbol in SYMBOLS.items()}


def build_briefing(*, period, report, lines, region: Dashboard | None, final: bool = False) -> Briefing:
    """The briefing of ``report`` (a ``ProgressReport``, saved or not) from the report's agreement lines;
    ``final``: the version being published now."""
    deal = Deal.objects.current()
    published = report.published_at or (timezone.now() if final else None)
    every = _open_escalations(period)
    escalations = [e for e in every if e.is_public]
    by_agreement = {e.agreement.number: e for e in every if e.agreement_id}
    attention = [line for line in lines if line.colour == TrafficLight.ROOD or line.needs_attention]
    attention.sort(key=lambda line: (line.colour != TrafficLight.ROOD, line.number))
    return Briefing(
        deal=deal.name if deal else "",
        board=f"{deal.board} {deal.name}" if deal else "",
        version="definitief" if published else "concept",
        published_on=timezone.localdate(published) if published else timezone.localdate(),
        sources=tuple(_sources(period, region)),
        pillars=tuple(_pillars(lines)),
        totals=count_colours(lines),
        carried_over=sum(1 for line in lines if line.light_note),
        targets=tuple(_targets(region)),
        attention=tuple(
            _attention_row(line, by_agreement.get(line.number)) for line in attention[:ATTENTION_ROWS]
        ),
        attention_more=max(0, len(attention) - ATTENTION_ROWS),
        decisions=tuple(
            DecisionAsked(_shorten(escalation.subject), _shorten(escalation.request), escalation.needed_by)
            for escalation in escalations[:DECISIONS_SHOWN]
        ),
        decisions_more=max(0, len(escalations) - DECISIONS_SHOWN),
        decisions_confidential=len(every) - len(escalations),
    )


def _pillars(lines) -> list[PillarGrid]:
    grids = []
    for pillar in Pillar.objects.order_by("number"):
        own = [line for line in lines if line.pillar_number == pillar.number]
        cells = tuple(
            GridCell(
                line.number,
                line.colour or "none",
                SYMBOLS[line.colour],
                line.change.arrow,
                bool(line.light_note),
            )
            for line in own
        )
        grids.append(PillarGrid(pillar.number, pillar.name, cells, count_colours(own)))
    return grids


def _sources(period, region: Dashboard | None) -> list[Source]:
    sources = [Source(f"Stoplichten en factsheets van de pijlers, {period.label}", period.end)]
    imports = (region.sources or [region.monitor_import]) if region is not None else []
    for monitor in [m for m in imports if m is not None]:
        kind = monitor.get_layout_display().lower()
        sources.append(Source(f"Woningbouwmonitor, {kind}", monitor.peildatum))
    if region is not None and region.has_data and region.realised_source:
        last = YearlyCompletion.objects.order_by("-year").values_list("year", flat=True).first()
        sources.append(Source(region.realised_source, date(last, 12, 31) if last else None))
    return sources


def _open_escalations(period) -> list:
    """The escalations to the board still open in ``period``: about an agreement, a Tempotafel or a pillar;
    ``is_public`` when a meeting shares it (its texts may then be published)."""
    shared = AgendaItem.objects.filter(escalation=OuterRef("pk"), is_shared=True)
    return list(
        Escalation.objects.open()
        .filter(period=period)
        .annotate(is_public=Exists(shared))
        .select_related("agreement", "tempotafel", "pillar", "period")
        .order_by("needed_by", "pk")
    )


def _shorten(text: str, limit: int = TEXT_LIMIT) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters ("…"): the briefing stays on its page."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _attention_row(line: ReportLine, escalation) -> AttentionRow:
    """Why and what is asked; an escalation's own texts only when a meeting shares it (the report is public)."""
    public = escalation is not None and escalation.is_public
    why = escalation.stuck if public else (line.colour_change_reason or line.progress)
    asked = escalation.request if public else (CONFIDENTIAL_ASKED if escalation else "")
    return AttentionRow(
        number=line.number,
        title=_shorten(line.title, TITLE_LIMIT),
        colour=line.colour,
        colour_label=line.colour_label,
        why=_shorten(why) or "Nog niet toegelicht.",
        asked=_shorten(asked) or "Nog geen vraag aan het bestuur geformuleerd.",
    )


def _targets(region: Dashboard | None) -> list[TargetLine]:
    """Every target of the deal: the computed ones with their value and trend, the others "onbekend"."""
    has_data = region is not None and region.has_data
    computed = {row.code: row for row in region.targets} if has_data else {}
    trends = _trends(region) if has_data else {}
    lines = []
    for target in Target.objects.order_by("pk"):
        row = computed.get(target.code)
        if row is None:
            lines.append(_unknown_target(target, region))
            continue
        known = row.value is not None
        lines.append(
            TargetLine(
                name=target.name,
                value=f"{format_number(row.value)} {row.unit}" if known else "onbekend",
                target=row.target_label,
                trend=trends.get(row.code, ()),
                explanation=(row.note if known else row.unknown) or ("" if known else "De bron ontbreekt."),
                met="onbekend" if row.met is None else ("gehaald" if row.met else "nog niet gehaald"),
            )
        )
    return lines


def _unknown_target(target: Target, region: Dashboard | None) -> TargetLine:
    reason = (
        "Er is nog geen bevestigde monitorimport."
        if region is None or not region.has_data
        else "De monitor levert dit cijfer (nog) niet; het wordt niet geschat."
    )
    label = format_number(float(target.value))
    if target.value_max is not None:
        label = f"{label}–{format_number(float(target.value_max))}"
    horizon = f" ({target.horizon_year})" if target.horizon_year else ""
    return TargetLine(target.name, "onbekend", f"{label} {target.unit}{horizon}", (), reason, "onbekend")


def _trends(region: Dashboard) -> dict[str, tuple[str, ...]]:
    """Per target code, its value at each monitor import before the current one (one computation: the
    dashboard's ``build_targets``)."""
    targets = {t.code: t for t in Target.objects.all()}
    earlier = [point for point in region.timeline if not point.is_current]
    trends: dict[str, list[str]] = {}
    for point in earlier:
        for row in build_targets(level=region.level, figures=point.figures, realised=None, targets=targets):
            if row.value is not None:
                trends.setdefault(row.code, []).append(f"{format_number(row.value)} ({point.label})")
    return {code: tuple(values) for code, values in trends.items()}
