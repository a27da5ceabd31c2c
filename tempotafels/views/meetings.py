from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods

from accounts.audit import audited_download
from accounts.forms_flow import attempt

from .. import ical, services
from ..forms import MeetingForm, MeetingUpdateForm
from ..models import Action, Meeting, Tempotafel
from .access import editing, in_scope


def meeting_agenda(request):
    """Upcoming meetings of every tafel the user may see, with a calendar download per tafel."""
    meetings = Meeting.objects.for_user(request.user).upcoming().select_related("tempotafel")
    tafels = Tempotafel.objects.for_user(request.user).active().only("id", "name")
    return render(request, "tempotafels/meeting_agenda.html", {"meetings": meetings, "tafels": tafels})


def meeting_detail(request, pk):
    meeting = in_scope(Meeting, request, pk)
    meeting = (
        Meeting.objects.filter(pk=meeting.pk)
        .select_related("tempotafel", "created_by")
        .prefetch_related(
            "participants",
            "organisations",
            Prefetch("actions", queryset=Action.objects.select_related("owner")),
        )
        .get()
    )
    context = {
        "meeting": meeting,
        "tafel": meeting.tempotafel,
        "may_edit": meeting.tempotafel.is_editable_by(request.user),
    }
    return render(request, "tempotafels/meeting_detail.html", context)


@require_http_methods(["GET", "POST"])
@editing(Tempotafel)
def meeting_create(request, tafel):
    form = MeetingForm(request.POST or None, tafel=tafel, user=request.user)
    if request.method == "POST" and form.is_valid():
        meeting = attempt(form, services.record_meeting, tafel=tafel, by=request.user, **form.cleaned_data)
        if meeting:
            messages.success(
                request, "De bijeenkomst is vastgelegd. Voeg hieronder de afgesproken acties toe."
            )
            return redirect(meeting)
    return render(request, "tempotafels/meeting_form.html", {"form": form, "tafel": tafel})


@require_http_methods(["GET", "POST"])
@editing(Meeting)
def meeting_update(request, meeting):
    form = MeetingUpdateForm(
        request.POST or None, instance=meeting, tafel=meeting.tempotafel, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        data = {**form.cleaned_data}
        version = data.pop("expected_version")
        if attempt(
            form, services.update_meeting, meeting=meeting, by=request.user, expected_version=version, **data
        ):
            messages.success(request, "De bijeenkomst is opgeslagen.")
            return redirect(meeting)
    context = {"form": form, "tafel": meeting.tempotafel, "meeting": meeting}
    return render(request, "tempotafels/meeting_form.html", context)


@audited_download("agenda van een tempotafel (deelnemers)")
def meeting_calendar(request, pk):
    """All meetings of one tafel as an iCalendar file, to import into any agenda."""
    tafel = in_scope(Tempotafel, request, pk)
    content = ical.tafel_calendar(
        tafel,
        tafel.meetings.select_related("tempotafel").order_by("starts_at"),
        url_for=lambda meeting: request.build_absolute_uri(meeting.get_absolute_url()),
        host=request.get_host().split(":")[0],
        stamp=timezone.now(),
    )
    return ical.calendar_response(content, filename=f"tempotafel-{slugify(tafel.name)}")
