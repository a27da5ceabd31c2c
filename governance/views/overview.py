"""The governance start page and the bodies with their members and meetings."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from agreements.models import Period

from ..cycle import plan_cycle
from ..models import Body, BodyMember, Escalation, FollowUp
from .access import meetings_with_items


def index(request):
    """Where the cycle stands, upcoming meetings, open escalations and overdue follow-up the user may see."""
    user, period = request.user, Period.objects.current()
    context = {
        "period": period,
        "cycle": plan_cycle(period, today=timezone.localdate()),
        "bodies": Body.objects.for_user(user),
        "upcoming": meetings_with_items(user).upcoming()[:8],
        "recent": meetings_with_items(user).filter(starts_at__lt=timezone.now()).order_by("-starts_at")[:8],
        "escalations": escalations_for_overview(user),
        "overdue": FollowUp.objects.for_user(user)
        .overdue()
        .select_related("owner", "decision__agenda_item__meeting__body"),
        "my_follow_ups": FollowUp.objects.owned_by(user)
        .open()
        .select_related("owner", "decision__agenda_item__meeting__body"),
    }
    return render(request, "governance/index.html", context)


def escalations_for_overview(user):
    return (
        Escalation.objects.for_user(user)
        .open()
        .select_related("agreement", "tempotafel", "pillar", "period")
        .order_by("needed_by", "opened_at")
    )


def body_detail(request, kind):
    members = BodyMember.objects.select_related("user", "organisation")
    body = get_object_or_404(
        Body.objects.for_user(request.user).prefetch_related(Prefetch("members", queryset=members)), kind=kind
    )
    meetings = meetings_with_items(request.user).filter(body=body).order_by("-starts_at")
    return render(request, "governance/body_detail.html", {"body": body, "meetings": meetings})
