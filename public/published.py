"""What of a published report everyone may see: the one place that decides it, for the site, the open data
and the API.

A published ``ProgressReport`` stores a snapshot of the data as the board saw it. ``public_report`` copies
from it only the fields listed here (a whitelist): no one's name (who edited a factsheet), no drafts the core
team wrote from (they name the owners of actions), no escalations, no review comments. Anything added to the
snapshot later stays private until it is added here. Never live data: a public page reads these snapshots only.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet
from django.http import Http404

from reports.models import ProgressReport

from .access import etag_of

PERIOD_FIELDS = ("period_code", "period_label", "previous_period_label", "title")
AGREEMENT_FIELDS = (
    "number",
    "title",
    "pillar_number",
    "colour",
    "colour_label",
    "phase_label",
    "progress",
    "needs_attention",
    "previous_colour",
    "previous_colour_label",
    "is_illustrative",
)
FACTSHEET_FIELDS = (
    "pillar_number",
    "pillar_name",
    "state_label",
    "summary",
    "partners",
    "output",
    "outcome",
    "next_actions",
    "peildatum",
)
FACTSHEET_LINE_FIELDS = (
    "number",
    "title",
    "colour",
    "colour_label",
    "phase_label",
    "progress",
    "is_illustrative",
)
CHART_FIELDS = ("id", "title", "headers", "rows", "summary")


def _pick(data: dict, names) -> dict:
    return {name: data.get(name) for name in names}


def _factsheet(sheet: dict) -> dict:
    public = _pick(sheet, FACTSHEET_FIELDS)
    public["agreements"] = [_pick(line, FACTSHEET_LINE_FIELDS) for line in sheet.get("agreements", [])]
    public["indicators"] = [_pick(f, ("label", "value")) for f in sheet.get("indicators", [])]
    return public


def _dashboard(dashboard: dict) -> dict:
    areas = [
        {
            "name": area["name"],
            "key_figures": [list(pair) for pair in area.get("key_figures", [])],
            "charts": [_pick(chart, CHART_FIELDS) for chart in area.get("charts", [])],
        }
        for area in dashboard.get("areas", [])
    ]
    return {"source": dashboard.get("source", ""), "areas": areas}


def public_snapshot(snapshot: dict) -> dict:
    """The public part of a report's snapshot (see the module's docstring)."""
    dashboard = snapshot.get("dashboard") or {}
    return {
        **_pick(snapshot, PERIOD_FIELDS),
        "summary": [_pick(part, ("key", "title", "text")) for part in snapshot.get("summary", [])],
        "agreements": [
            {**_pick(line, AGREEMENT_FIELDS), "change": _pick(line.get("change") or {}, ("arrow", "label"))}
            for line in snapshot.get("agreements", [])
        ],
        "factsheets": [_factsheet(sheet) for sheet in snapshot.get("factsheets", [])],
        "dashboard": _dashboard(dashboard),
        "indicators": dashboard.get("indicators", []),  # in reports published since the public site exists
        "demo_data": was_demo(snapshot),
    }


def was_demo(snapshot: dict) -> bool:
    """Was the report published from demo data? Said by the snapshot since December 2026; before that, a report
    with an invented (illustrative) agreement in it was published from demo data."""
    if "demo_data" in snapshot:
        return bool(snapshot["demo_data"])
    return any(line.get("is_illustrative") for line in snapshot.get("agreements", []))


@dataclass(frozen=True)
class PublishedReport:
    """One published half year as the public sees it."""

    code: str
    label: str
    year: int
    half: int
    published_at: datetime
    snapshot_sha256: str
    public_pdf_sha256: str  # empty: published before the public version existed; no public PDF then
    data: dict

    @property
    def has_public_pdf(self) -> bool:
        return bool(self.public_pdf_sha256)

    @property
    def is_demo(self) -> bool:
        return self.data["demo_data"]


def published_reports() -> QuerySet:
    """Published reports, newest first, without their PDFs (one query when evaluated)."""
    return (
        ProgressReport.objects.published()
        .without_files()
        .select_related("period")
        .order_by("-period__year", "-period__half")
    )


def as_published(report: ProgressReport) -> PublishedReport:
    return PublishedReport(
        code=report.period.code,
        label=report.period.label,
        year=report.period.year,
        half=report.period.half,
        published_at=report.published_at,
        snapshot_sha256=report.snapshot_sha256,
        public_pdf_sha256=report.public_pdf_sha256,
        data=public_snapshot(report.snapshot or {}),
    )


def all_published() -> list[PublishedReport]:
    return [as_published(report) for report in published_reports()]


def published_report(code: str) -> PublishedReport | None:
    report = published_reports().filter(period__code=code).first()
    return as_published(report) if report else None


def public_pdf(code: str) -> bytes | None:
    """The stored public PDF of the half year ``code``, or None (not published, or published without one)."""
    pdf = (
        ProgressReport.objects.published()
        .filter(period__code=code)
        .exclude(public_pdf_sha256="")
        .values_list("public_pdf", flat=True)
        .first()
    )
    return bytes(pdf) if pdf is not None else None


def published_etag(code: str | None = None) -> str | None:
    """The ETag of pages built from the published snapshots (of ``code`` only, when given): their hashes,
    read without the snapshots themselves (one query). None when there is nothing published (no caching)."""
    rows = ProgressReport.objects.published().order_by("period__year", "period__half")
    if code is not None:
        rows = rows.filter(period__code=code)
    parts = [
        f"{c}:{s}:{p}" for c, s, p in rows.values_list("period__code", "snapshot_sha256", "public_pdf_sha256")
    ]
    return etag_of(*parts) if parts else None


def report_or_404(code: str) -> PublishedReport:
    report = published_report(code)
    if report is None:
        raise Http404("Voor deze periode is geen rapportage gepubliceerd.")
    return report


def etag_all(request, *args, **kwargs) -> str | None:
    """ETag of a page built from every published snapshot."""
    return published_etag()


def etag_one(request, code, *args, **kwargs) -> str | None:
    """ETag of a page or download built from the snapshot of the half year ``code``."""
    return published_etag(code)
