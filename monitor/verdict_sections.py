"""What the monitor adds to the agreements' pages (through ``agreements.sections``): its verdict beside a light."""

from __future__ import annotations

from agreements.models import Agreement

from .verdicts import verdicts_for


def status_form_section(request, *, agreement, period) -> tuple[str, dict] | None:
    """On the status form: the monitor's verdict on the agreement's target, beside the light being set."""
    verdict = verdicts_for([agreement.pk]).get(agreement.pk)
    if verdict is None:
        return None
    return "monitor/_verdict.html", {"verdict": verdict, "agreement": agreement}


def agreement_section(request, *, agreement) -> tuple[str, dict] | None:
    return status_form_section(request, agreement=agreement, period=None)


def period_section(request, *, period) -> tuple[str, dict] | None:
    """On the period overview: every agreement whose light in ``period`` disagrees with the monitor."""
    agreements = list(
        Agreement.objects.with_latest_status(period)
        .filter(monitor_target__isnull=False)
        .select_related("pillar")
        .order_by("number")
    )
    verdicts = verdicts_for([a.pk for a in agreements])
    disagreements = [
        (agreement, verdicts[agreement.pk])
        for agreement in agreements
        if agreement.pk in verdicts and verdicts[agreement.pk].disagrees_with(agreement.light.colour)
    ]
    context = {"disagreements": disagreements, "linked": len(agreements), "period": period}
    return "monitor/_verdict_disagreements.html", context
