"""What governance adds to the pages of lower apps (see ``agreements.sections``): the agreement's escalations,
decisions and follow-up; the period overview's open escalations and overdue follow-up."""

from django.db.models import Prefetch

from agreements.models import Period

from .models import AgendaItem, Decision, Escalation, FollowUp
from .services import escalatable_agreements


def agreement_section(request, *, agreement) -> tuple[str, dict] | None:
    """The escalations of this agreement the user may see, each with its agenda items, decisions and follow-up."""
    user = request.user
    follow_ups = FollowUp.objects.for_user(user).select_related(
        "owner", "decision__agenda_item__meeting__body"
    )
    decisions = Decision.objects.for_user(user).prefetch_related(Prefetch("follow_ups", queryset=follow_ups))
    items = (
        AgendaItem.objects.for_user(user)
        .select_related("meeting__body")
        .prefetch_related(Prefetch("decisions", queryset=decisions))
    )
    escalations = list(
        Escalation.objects.for_user(user)
        .filter(agreement=agreement)
        .select_related("period", "agreement")
        .prefetch_related(Prefetch("agenda_items", queryset=items))
    )
    current = Period.objects.current()
    may_escalate = user.is_kernteam and escalatable_agreements(current).filter(pk=agreement.pk).exists()
    if not escalations and not may_escalate:
        return None
    context = {"agreement": agreement, "escalations": escalations, "may_escalate": may_escalate}
    return "governance/_agreement_section.html", context


def period_section(request, *, period) -> tuple[str, dict] | None:
    user = request.user
    escalations = (
        Escalation.objects.for_user(user)
        .open()
        .select_related("agreement", "tempotafel", "pillar", "period")
        .order_by("needed_by", "opened_at")
    )
    overdue = (
        FollowUp.objects.for_user(user)
        .overdue()
        .select_related("owner", "decision__agenda_item__meeting__body")
    )
    return "governance/_period_section.html", {"escalations": escalations, "overdue": overdue}
