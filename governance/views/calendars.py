"""Calendar feeds for calendar clients that cannot log in: each user has a secret address (a token in the URL)
that stands for them, and the feed holds exactly what their pages show. A page shows the addresses and renews
the token; the old address then stops working. Without a valid token there is no feed (404)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from tempotafels.ical import calendar_response

from .. import ical
from ..models import Body, CalendarToken
from .access import meetings_with_items


@never_cache
def calendar_links(request):
    """The user's secret feed addresses, for their bodies and for all their meetings."""
    token = CalendarToken.objects.filter(user=request.user).first()
    feeds = []
    if token:
        mine = reverse("governance:my_calendar", args=[token.token])
        feeds = [("Al mijn vergaderingen", request.build_absolute_uri(mine))]
        for body in Body.objects.for_user(request.user):
            url = reverse("governance:body_calendar", args=[token.token, body.kind])
            feeds.append((body.name, request.build_absolute_uri(url)))
    return render(request, "governance/calendar_links.html", {"token": token, "feeds": feeds})


@require_POST
def calendar_renew(request):
    """Create the secret address, or replace it: the old address stops working at once."""
    renewed = CalendarToken.objects.filter(user=request.user).exists()
    CalendarToken.objects.renew(request.user)
    if renewed:
        messages.success(request, "Het agenda-adres is vernieuwd. Het oude adres werkt niet meer.")
    else:
        messages.success(request, "Uw agenda-adres is aangemaakt.")
    return redirect("governance:calendar_links")


def _owner(token: str):
    found = CalendarToken.objects.active().select_related("user").filter(token=token).first()
    if found is None:
        raise Http404("Onbekend of vervallen agenda-adres.")
    return found.user


def _calendar_response(request, meetings, *, name: str, filename: str) -> HttpResponse:
    body = ical.meeting_calendar(
        meetings.order_by("starts_at"),
        name=name,
        url_for=lambda meeting: request.build_absolute_uri(meeting.get_absolute_url()),
        host=request.get_host().split(":")[0],
        stamp=timezone.now(),
    )
    response = calendar_response(body, filename=filename)
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@login_not_required
@require_GET
def body_calendar(request, token, kind):
    """The meetings of one body that the token's user may see."""
    user = _owner(token)
    body = get_object_or_404(Body.objects.for_user(user), kind=kind)
    meetings = meetings_with_items(user).filter(body=body)
    return _calendar_response(request, meetings, name=body.name, filename=f"vergaderingen-{body.kind}")


@login_not_required
@require_GET
def my_calendar(request, token):
    """Every meeting of the bodies the token's user sits in, or is invited to."""
    user = _owner(token)
    meetings = meetings_with_items(user)
    if (
        user.is_kernteam
    ):  # the core team reads every meeting; its own calendar holds its bodies and invitations
        meetings = meetings.filter(Q(body__members__user=user) | Q(invitees=user)).distinct()
    return _calendar_response(request, meetings, name="Mijn vergaderingen", filename="mijn-vergaderingen")
