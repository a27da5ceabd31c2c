"""The flexibele schil: anyone with a role asks for capacity and follows their own requests; the core team
sees all of them and decides (grant with a budget line, reject with a reason, start, finish)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from accounts.access import core_team_required, role_required
from accounts.forms_flow import attempt

from .. import services
from ..forms import CapacityRequestForm, DecisionForm
from ..models import CapacityRequest

NEXT_STEP = {
    "toekennen": "De kosten staan nu als verplichting op de gekozen budgetregel. Zet de aanvraag op ‘lopend’ "
    "zodra de inzet begint.",
    "afwijzen": "De aanvrager ziet het besluit en de reden bij de aanvraag.",
    "starten": "Rond de aanvraag af wanneer de inzet klaar is.",
    "afronden": "De aanvraag is afgesloten.",
}


@role_required()
def request_list(request):
    requests = CapacityRequest.objects.for_user(request.user).select_related(
        "organisation", "location", "requested_by"
    )
    if request.user.is_kernteam and request.GET.get("status") != "alle":
        requests = requests.open()
    context = {"requests": requests, "may_manage": request.user.is_kernteam}
    return render(request, "programme/capacityrequest_list.html", context)


@require_http_methods(["GET", "POST"])
@role_required()
def request_create(request):
    form = CapacityRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        created = attempt(form, services.submit_request, by=request.user, **form.cleaned_data)
        if created:
            messages.success(
                request,
                "Uw aanvraag is ingediend. Het Ambtelijk Kernteam beoordeelt haar; u ziet het besluit hier.",
            )
            return redirect(created)
    return render(request, "programme/capacityrequest_form.html", {"form": form})


def request_detail(request, pk):
    capacity_request = get_object_or_404(
        CapacityRequest.objects.for_user(request.user).select_related(
            "organisation", "location", "requested_by", "decided_by", "commitment__budget_line"
        ),
        pk=pk,
    )
    form = DecisionForm(initial={"expected_version": capacity_request.version})
    return _detail(request, capacity_request, form)


def _detail(request, capacity_request, form, status=200):
    context = {
        "capacity_request": capacity_request,
        "form": form,
        "may_manage": request.user.is_kernteam,
        "actions": [
            a for a, (sources, _) in services.TRANSITIONS.items() if capacity_request.state in sources
        ],
    }
    return render(request, "programme/capacityrequest_detail.html", context, status=status)


@require_POST
@core_team_required
def request_decide(request, pk, action):
    capacity_request = get_object_or_404(CapacityRequest.objects.select_related("organisation"), pk=pk)
    form = DecisionForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        done = attempt(
            form,
            services.decide_request,
            by=request.user,
            request=capacity_request,
            action=action,
            expected_version=data["expected_version"],
            reason=data["reason"],
            budget_line=data["budget_line"],
        )
        if done:
            messages.success(request, f"De aanvraag is {services.action_label(action)}. {NEXT_STEP[action]}")
            return redirect(done)
    capacity_request.refresh_from_db()
    return _detail(request, capacity_request, form, status=400)
