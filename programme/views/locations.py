"""The location programme: rounds of five locations, each location's elaboration beside the monitor's
figures (flagged where they diverge), and the large-scale developments' milestones."""

from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from accounts.access import core_team_required, user_passes
from accounts.forms_flow import attempt
from agreements.models import Period
from monitor.models import Location

from .. import services
from ..access import reads_location_programme
from ..divergence import verdicts
from ..forms import ElaborationForm, MilestoneForm
from ..models import Development, DiscussionRound, LocationElaboration, Milestone


def latest_elaborations() -> list[LocationElaboration]:
    """Per location its most recent elaboration (ordered by half year), in one query."""
    rows = LocationElaboration.objects.select_related("location__municipality", "period").order_by(
        "location__municipality__name", "location__name", "-period__year", "-period__half"
    )
    latest = {}
    for row in rows:
        latest.setdefault(row.location_id, row)
    return list(latest.values())


@user_passes(reads_location_programme)
def programme(request):
    context = {
        "rounds": DiscussionRound.objects.prefetch_related(
            Prefetch("locations", queryset=Location.objects.select_related("municipality")), "parties"
        ),
        "verdicts": verdicts(latest_elaborations()),
        "period": Period.objects.current(),
        "may_manage": request.user.is_kernteam,
    }
    return render(request, "programme/location_programme.html", context)


@user_passes(reads_location_programme)
def elaboration_history(request, location_pk):
    location = get_object_or_404(Location.objects.select_related("municipality"), pk=location_pk)
    elaborations = list(
        location.elaborations.select_related("period")
        .prefetch_related("parties")
        .order_by("period__year", "period__half")
    )
    context = {
        "location": location,
        "verdicts": verdicts(elaborations),
        "may_manage": request.user.is_kernteam,
    }
    return render(request, "programme/location_elaborations.html", context)


@require_http_methods(["GET", "POST"])
@core_team_required
def elaboration_edit(request, location_pk, period_code):
    location = get_object_or_404(Location.objects.select_related("municipality"), pk=location_pk)
    period = get_object_or_404(Period, code=period_code)
    current = LocationElaboration.objects.filter(location=location, period=period).first()
    previous = current or location.elaborations.order_by("-period__year", "-period__half").first()
    initial = {"expected_version": current.version if current else None}
    form = ElaborationForm(request.POST or None, instance=previous, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = {name: value for name, value in form.cleaned_data.items() if name != "expected_version"}
        saved = attempt(
            form,
            services.save_elaboration,
            by=request.user,
            location=location,
            period=period,
            expected_version=form.cleaned_data["expected_version"],
            **data,
        )
        if saved:
            messages.success(
                request, f"De uitwerking van {location.name} voor het {period.label} is opgeslagen."
            )
            return redirect(reverse("programme:elaborations", args=[location.pk]))
    context = {"form": form, "location": location, "period": period, "current": current}
    return render(request, "programme/elaboration_form.html", context)


@user_passes(reads_location_programme)
def developments(request):
    context = {
        "developments": Development.objects.select_related(
            "municipality", "pillar", "agreement"
        ).prefetch_related("milestones", "locations"),
        "may_manage": request.user.is_kernteam,
    }
    return render(request, "programme/development_list.html", context)


@require_http_methods(["GET", "POST"])
@core_team_required
def milestone_update(request, pk):
    milestone = get_object_or_404(Milestone.objects.select_related("development"), pk=pk)
    form = MilestoneForm(
        request.POST or None, instance=milestone, initial={"expected_version": milestone.version}
    )
    if request.method == "POST" and form.is_valid():
        data = {name: value for name, value in form.cleaned_data.items() if name != "expected_version"}
        fresh = Milestone.objects.get(
            pk=pk
        )  # the form changed ``milestone`` in memory; the service saves a fresh copy
        saved = attempt(
            form,
            services.update_milestone,
            by=request.user,
            milestone=fresh,
            expected_version=form.cleaned_data["expected_version"],
            **data,
        )
        if saved:
            messages.success(request, f"De mijlpaal ‘{saved}’ is bijgewerkt.")
            return redirect(reverse("programme:developments") + f"#ontwikkeling-{saved.development_id}")
    return render(request, "programme/milestone_form.html", {"form": form, "milestone": milestone})
