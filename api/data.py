"""The statuses and indicators of one half year: from its published snapshot when the report is published
(the same whitelist as the public site, ``public.published``), else live, for callers with a key only."""

from django.db.models import Prefetch

from agreements.models import Agreement, AgreementStatus, Period, Phase, TrafficLight
from monitor.dashboard import build_dashboard
from public.published import PublishedReport
from reports.progress.indicator_snapshot import indicator_areas

NOT_ASSESSED = "Nog niet beoordeeld"


def published_statuses(report: PublishedReport) -> list[dict]:
    return [
        {
            "agreement": line["number"],
            "title": line["title"],
            "pillar": line["pillar_number"],
            "colour": line["colour"] or None,
            "colour_label": line["colour_label"],
            "phase": line["phase_label"] or None,
            "needs_attention": bool(line["needs_attention"]),
            "progress": line["progress"] or "",
            "is_illustrative": bool(line.get("is_illustrative")),
            "source": "gepubliceerd",
        }
        for line in report.data["agreements"]
    ]


def live_statuses(period: Period) -> list[dict]:
    """Every agreement with its status in ``period`` as it stands now (2 queries)."""
    statuses = AgreementStatus.objects.filter(period=period).only(
        "agreement_id", "colour", "phase", "needs_attention", "progress"
    )
    agreements = (
        Agreement.objects.select_related("pillar")
        .only("number", "title", "is_illustrative", "pillar__number")
        .prefetch_related(Prefetch("statuses", queryset=statuses, to_attr="in_period"))
        .order_by("number")
    )
    rows = []
    for agreement in agreements:
        status = agreement.in_period[0] if agreement.in_period else None
        rows.append(
            {
                "agreement": agreement.number,
                "title": agreement.title,
                "pillar": agreement.pillar.number,
                "colour": status.colour if status else None,
                "colour_label": TrafficLight(status.colour).label if status else NOT_ASSESSED,
                "phase": Phase(status.phase).label if status else None,
                "needs_attention": bool(status and status.needs_attention),
                "progress": status.progress if status else "",
                "is_illustrative": agreement.is_illustrative,
                "source": "actueel",
            }
        )
    return rows


def live_indicators() -> list[dict]:
    """The current monitor figures per area, as publication would freeze them now (a fixed number of queries)."""
    region = build_dashboard()
    return indicator_areas(region) if region.has_data else []
