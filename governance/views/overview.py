"""The governance start page, the bodies with their members and meetings, and the calendar feeds."""

from django.db.models import Prefetch, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from agreements.models import Period

from .. import ical
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


def _calendar_response(request, meetings, *, name: str, filename: str) -> HttpResponse:
    body = ical.meeting_calendar(
        meetings.order_by("starts_at"),
        name=name,
        url_for=lambda meeting: request.build_absolute_uri(meeting.get_absolute_url()),
        host=request.get_host().split(":")[0],
        stamp=timezone.now(),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response


def body_calendar(request, kind):
    """The meetings of one body that this user may see."""
    body = get_object_or_404(Body.objects.for_user(request.user), kind=kind)
    meetings = meetings_with_items(request.user).filter(body=body)
    return _calendar_response(request, meetings, name=body.name, filename=f"vergaderingen-{body.kind}")


def my_calendar(request):
    """Every meeting of the bodies this user sits in, or is invited to."""
    user = request.user
    meetings = meetings_with_items(user)
    if (
        user.is_kernteam
    ):  # the core team reads every meeting; its own calendar holds its bodies and invitations
        meetings = meetings.filter(Q(body__members__user=user) | Q(invitees=user)).distinct()
    return _calendar_response(
        request, meetings, name="Mijn vergaderingen Woondeal", filename="mijn-vergaderingen"
    )
